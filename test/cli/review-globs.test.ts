import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { readExample } from '../helpers/reviews.js';

// Globs are expanded by tinyglobby, which reads the real disk: these run in a folder on disk.
let dir: string | undefined;
afterEach(async () => {
  await removeWorkspace(dir);
  dir = undefined;
});

/** A workspace with two decided reviews in decisions/, and no memos yet. */
async function twoReviews(): Promise<string> {
  dir = await makeWorkspace();
  await mkdir(join(dir, 'decisions'));
  for (const [id, example] of [
    ['0001-lms-replacement', 'lms-replacement'],
    ['0002-ai-tutoring-chatbot', 'ai-tutoring-chatbot'],
  ] as const) {
    const text = readExample(example, 'review.yaml').replace(/^id: .*$/m, `id: ${id}`);
    await writeFile(join(dir, 'decisions', `${id}.review.yaml`), text);
  }
  await writeFile(join(dir, 'decisions', 'notes.md'), '# Not a review\n');
  return dir;
}

describe('review paths given as a quoted glob, expanded as vatl validate expands them', () => {
  it("vatl render 'decisions/*.review.yaml' renders every review it matches", async () => {
    const cwd = await twoReviews();
    const { code, stdout, stderr } = await runVatl(cwd, ['render', 'decisions/*.review.yaml']);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'Wrote decisions/0001-lms-replacement.md\nWrote decisions/0002-ai-tutoring-chatbot.md\n',
    );
    expect(code).toBe(0);
    expect(await readFile(join(cwd, 'decisions', '0001-lms-replacement.md'), 'utf8')).toContain(
      'lms-replacement',
    );
  });

  it("vatl render 'decisions/*' keeps only the review files", async () => {
    const cwd = await twoReviews();
    const { code, stdout } = await runVatl(cwd, ['render', '--stdout', 'decisions/*']);
    expect(stdout.match(/^---$/gm)?.length).toBe(4);
    expect(code).toBe(0);
  });

  it('a pattern that matches no review is an error naming it, exit 2', async () => {
    const cwd = await twoReviews();
    const { code, stdout, stderr } = await runVatl(cwd, ['render', 'drafts/*.review.yaml']);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'drafts/*.review.yaml  error    file/no-match  The pattern matches no review files (.review.yaml).',
    );
    expect(code).toBe(2);
  });

  it("vatl upgrade --dry-run 'decisions/*.review.yaml' checks every review it matches", async () => {
    const cwd = await twoReviews();
    const { code, stdout } = await runVatl(cwd, [
      'upgrade',
      '--dry-run',
      'decisions/*.review.yaml',
    ]);
    expect(stdout).toMatch(/^decisions\/0001-lms-replacement\.review\.yaml /m);
    expect(stdout).toMatch(/^decisions\/0002-ai-tutoring-chatbot\.review\.yaml /m);
    expect(code).toBe(0);
  });

  it("vatl merge 'reviews/*.review.yaml' merges the reviews it matches", async () => {
    dir = await makeWorkspace();
    await mkdir(join(dir, 'reviews'));
    const examples = ['dana-okafor', 'jordan-whitfield', 'luis-ferreira'];
    for (const name of examples) {
      const text = await readFile(
        join(REPO, 'examples', 'team-review', `${name}.review.yaml`),
        'utf8',
      );
      await writeFile(join(dir, 'reviews', `${name}.review.yaml`), text);
    }
    const { code, stdout, stderr } = await runVatl(dir, [
      'merge',
      '--stdout',
      'reviews/*.review.yaml',
    ]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Dana Okafor/);
    expect(stdout).toMatch(/Luis Ferreira/);
    expect(code).toBe(0);
  });
});
