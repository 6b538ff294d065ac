import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES, exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';
import { REPO, STACK_TRACE, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';

let cwd: string | undefined;

afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

/** A workspace with the lms-replacement review (id 0001-lms-replacement) and no memo yet. */
async function withReview(): Promise<string> {
  cwd = await makeWorkspace();
  await mkdir(join(cwd, 'decisions'));
  await writeFile(join(cwd, REVIEW), readExample('lms-replacement', 'review.yaml'));
  return cwd;
}

describe('vatl render', () => {
  it('writes a missing memo, the same memo the example commits', async () => {
    const dir = await withReview();
    const { code, stdout, stderr } = await runVatl(dir, ['render', REVIEW]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`Wrote ${MEMO}\n`);
    expect(code).toBe(0);
    expect(await readFile(join(dir, MEMO), 'utf8')).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it('says the memo is up to date when it already matches', async () => {
    const dir = await withReview();
    await runVatl(dir, ['render', REVIEW]);
    const { code, stdout } = await runVatl(dir, ['render', REVIEW]);
    expect(stdout).toBe(`${MEMO} is up to date.\n`);
    expect(code).toBe(0);
  });

  it('refuses to replace a memo that differs, with exit 1, and leaves it as it was', async () => {
    const dir = await withReview();
    await runVatl(dir, ['render', REVIEW]);
    const edited = (await readFile(join(dir, MEMO), 'utf8')).replace(
      'Replacing ClassHub is unavoidable',
      'Replacing ClassHub is, the board agreed, unavoidable',
    );
    await writeFile(join(dir, MEMO), edited);
    const { code, stdout, stderr } = await runVatl(dir, ['render', REVIEW]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `vatl: ${MEMO} differs from what ${REVIEW} renders; it was left as it is.`,
    );
    expect(stderr).toContain('--force');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(await readFile(join(dir, MEMO), 'utf8')).toBe(edited);
  });

  it('replaces a differing memo with --force', async () => {
    const dir = await withReview();
    await writeFile(join(dir, MEMO), '# A memo edited by hand\n');
    const { code, stdout } = await runVatl(dir, ['render', '--force', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${MEMO}\n`);
    expect(await readFile(join(dir, MEMO), 'utf8')).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it('--stdout prints the memo and writes nothing', async () => {
    const dir = await withReview();
    const { code, stdout } = await runVatl(dir, ['render', '--stdout', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(readExample('lms-replacement', 'memo.md'));
    expect(existsSync(join(dir, MEMO))).toBe(false);
  });

  it('picks up a template change, and replaces the old memo only with --force', async () => {
    const dir = await withReview();
    await runVatl(dir, ['render', REVIEW]);
    await mkdir(join(dir, 'district', 'partials'), { recursive: true });
    await writeFile(
      join(dir, 'district', 'partials', 'signoff.md.hbs'),
      '## Sign-off\n\nThe board.\n',
    );
    const refused = await runVatl(dir, ['render', '--template', 'district', REVIEW]);
    expect(refused.code).toBe(1);
    const forced = await runVatl(dir, ['render', '--template', 'district', '--force', REVIEW]);
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, MEMO), 'utf8')).toMatch(/## Sign-off\n\nThe board\.\n$/);
  });

  it('renders nothing from a review with errors, and says where they are', async () => {
    const dir = await withReview();
    const data = exampleReview('lms-replacement', { keepId: true });
    delete data.answers['ir-exit-plan'];
    const text = reviewYaml(data);
    await writeFile(join(dir, REVIEW), text);
    const line = text.split('\n').indexOf('answers:') + 1;
    const { code, stderr } = await runVatl(dir, ['render', REVIEW]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${REVIEW}:${line}:1  error    review/unanswered  1 question is unanswered: ir-exit-plan.`,
    );
    expect(existsSync(join(dir, MEMO))).toBe(false);
  });

  it('exits 2 for a review file that does not exist', async () => {
    cwd = await makeWorkspace();
    const { code, stderr } = await runVatl(cwd, ['render', 'decisions/0009-none.review.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('file/not-found');
  });

  it.each(EXAMPLES)('finds examples/%s/memo.md up to date', async (name) => {
    const { code, stdout } = await runVatl(REPO, ['render', `examples/${name}/review.yaml`]);
    expect(stdout).toBe(`examples/${name}/memo.md is up to date.\n`);
    expect(code).toBe(0);
  });
});
