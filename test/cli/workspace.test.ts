import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadWorkspace } from '../../src/io/workspace.js';
import { REPO } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

it('the workspace every command opens carries the decisions in force, so every memo gets the same overlap note', async () => {
  const ws = memoryWorkspace();
  ws.write(
    'decisions/0001-lms-replacement.review.yaml',
    readFileSync(join(REPO, 'examples', 'lms-replacement', 'review.yaml'), 'utf8'),
  );
  const { workspace, diagnostics } = await loadWorkspace(ws.fs, ws.cwd, { today: '2025-03-01' });
  expect(diagnostics).toEqual([]);
  expect(workspace?.setting.decisions?.map((r) => r.id)).toEqual(['0001-lms-replacement']);
});
