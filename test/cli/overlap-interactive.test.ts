// The interactive review gives its memo the same overlap note as `--answers` and render.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { readExample } from '../helpers/reviews.js';
import { WHOLE_REVIEW, runInteractive, scriptedPrompter } from '../helpers/scripted-prompter.js';

let cwd: string;

beforeEach(async () => {
  cwd = await makeWorkspace();
});

afterEach(async () => {
  await removeWorkspace(cwd);
});

describe('vatl review at a terminal: the overlap note', () => {
  it('names the adapted decision of the same category, as render and validate do', async () => {
    // The tutoring chatbot example: a supplemental instructional tool, adapted (piloted).
    await mkdir(join(cwd, 'decisions'));
    await writeFile(
      join(cwd, 'decisions', '0002-ai-tutoring-chatbot.review.yaml'),
      readExample('ai-tutoring-chatbot', 'review.yaml'),
    );
    const { code, stderr } = await runInteractive(cwd, ['review'], scriptedPrompter(WHOLE_REVIEW));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const memo = await readFile(join(cwd, 'decisions', '0003-lumen-tutor.md'), 'utf8');
    expect(memo).toContain('**Already in use.**');
    expect(memo).toContain(
      '- 0002-ai-tutoring-chatbot: Pilot Stepwise Tutor, an AI tutoring chatbot for high school math and science (Adapt)',
    );
    const rendered = await runVatl(cwd, [
      'render',
      '--stdout',
      'decisions/0003-lumen-tutor.review.yaml',
    ]);
    expect(rendered.stdout).toBe(memo);
  });
});
