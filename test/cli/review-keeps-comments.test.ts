import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';

let cwd: string | undefined;
afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

it('review --answers writes the review over the answers file, keeping its comments and layout', async () => {
  cwd = await makeWorkspace();
  const example = await readFile(join(REPO, 'examples', 'lms-replacement', 'review.yaml'), 'utf8');
  const answers =
    '# Reviewed with the vendor on 2026-03-10; open questions in the notes.\n' +
    example
      .replace(/^id: .*\n/m, '')
      .replace(/^answers:\n/m, 'answers:\n  # Governance & Ethics first\n');
  await writeFile(join(cwd, 'answers.yaml'), answers);
  const { code } = await runVatl(cwd, ['review', '--answers', 'answers.yaml']);
  expect(code).toBe(0);
  const files = await readdir(join(cwd, 'decisions'));
  const reviewFile = files.find((f) => f.endsWith('.review.yaml')) ?? '';
  const written = await readFile(join(cwd, 'decisions', reviewFile), 'utf8');
  const id = reviewFile.replace('.review.yaml', '');
  const [first, ...rest] = answers.split('\n');
  // The example has its status and date already: only the id is added, first, below the comments.
  expect(written).toBe(
    [
      first,
      `# yaml-language-server: $schema=../../frameworks/schema/review.schema.json`,
      `id: ${id}`,
      ...rest.slice(1),
    ].join('\n'),
  );
  expect((await runVatl(cwd, ['validate', 'decisions'])).code).toBe(0);
});
