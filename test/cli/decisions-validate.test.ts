import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';

let cwd: string | undefined;

afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

/** A workspace whose decisions folder holds the lms-replacement review and its memo. */
async function decisions(): Promise<string> {
  cwd = await makeWorkspace();
  await mkdir(join(cwd, 'decisions'));
  await writeFile(join(cwd, REVIEW), readExample('lms-replacement', 'review.yaml'));
  await writeFile(join(cwd, MEMO), readExample('lms-replacement', 'memo.md'));
  return cwd;
}

describe('vatl validate: reviews and memos', () => {
  it('passes a clean decisions folder with exit 0', async () => {
    const dir = await decisions();
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toBe('✔ 2 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('checks ./frameworks and ./decisions when given no paths', async () => {
    const dir = await decisions();
    const { code, stdout } = await runVatl(dir, ['validate']);
    // The four frameworks, their four Spanish strings files, the review and its memo.
    expect(stdout).toBe('✔ 10 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('passes what `vatl review --answers` writes', async () => {
    cwd = await makeWorkspace();
    await writeFile(
      join(cwd, 'answers.yaml'),
      reviewYaml(exampleReview('early-warning-analytics')),
    );
    expect((await runVatl(cwd, ['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const { code, stdout } = await runVatl(cwd, ['validate', 'decisions']);
    // The review, its memo and its family summary.
    expect(stdout).toBe('✔ 3 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('passes the committed examples', async () => {
    const { code, stdout } = await runVatl(REPO, ['validate', 'examples']);
    expect(stdout).toBe('✔ 23 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('reports a hand-edited memo as out of date at the first line that differs', async () => {
    const dir = await decisions();
    const lines = readExample('lms-replacement', 'memo.md').split('\n');
    const at = lines.findIndex((l) => l.startsWith('**Decision: Adopt**'));
    const late = lines.findIndex((l) => l === '## Sign-off');
    expect(at).toBeGreaterThan(0);
    lines[at] = '**Decision: Adopt** — approved by the board on 2026-03-20.';
    lines[late + 2] = `${lines[late + 2] ?? ''} (edited)`;
    await writeFile(join(dir, MEMO), lines.join('\n'));
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toContain(
      `${MEMO}:${at + 1}:1  error    memo/out-of-date  The memo differs from what 0001-lms-replacement.review.yaml renders (first at line ${at + 1}).`,
    );
    expect(stdout).toContain(`vatl render --force ${REVIEW}`);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 2 files checked.');
    expect(code).toBe(1);
  });

  it('reports a memo whose trailing newline was removed', async () => {
    const dir = await decisions();
    await writeFile(join(dir, MEMO), readExample('lms-replacement', 'memo.md').trimEnd());
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toContain('memo/out-of-date');
    expect(code).toBe(1);
  });

  it('reports a review answered against another major framework version, at `framework:`', async () => {
    const dir = await decisions();
    const text = readExample('lms-replacement', 'review.yaml').replace(
      'framework: vatl@2.0.0',
      'framework: vatl@3.0.0',
    );
    await writeFile(join(dir, REVIEW), text);
    const line = text.split('\n').findIndex((l) => l.startsWith('framework:')) + 1;
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toContain(
      `${REVIEW}:${line}:12  error    review/framework-version  The review was answered against vatl@3.0.0; the installed framework is vatl@2.0.0 (the same questions).`,
    );
    expect(code).toBe(1);
  });

  it('warns (exit 0) on a minor framework version change', async () => {
    const dir = await decisions();
    const text = readExample('lms-replacement', 'review.yaml').replace(
      'framework: vatl@2.0.0',
      'framework: vatl@2.1.0',
    );
    await writeFile(join(dir, REVIEW), text);
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toMatch(/ {2}warning {2}review\/framework-version {2}/);
    expect(stdout).toContain('(0 errors, 1 warning)');
    expect(code).toBe(0);
  });

  it('reports a memo with no review beside it when it is named', async () => {
    const dir = await decisions();
    await writeFile(join(dir, 'decisions', 'notes.md'), '# Notes from the board meeting\n');
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions/notes.md']);
    expect(stdout).toContain(
      'decisions/notes.md  error    memo/no-review  This memo has no review file beside it to render it from.',
    );
    expect(code).toBe(1);
  });

  it('reports a memo that lost its review in a folder scan', async () => {
    const dir = await decisions();
    await rename(join(dir, REVIEW), join(dir, 'review-backup.yaml.bak'));
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toContain(`${MEMO}  error    memo/no-review`);
    expect(code).toBe(1);
  });

  it('passes over a README.md in the decisions folder', async () => {
    const dir = await decisions();
    await writeFile(
      join(dir, 'decisions', 'README.md'),
      '# Technology decisions\n\nEach decision is a review file and its memo.\n',
    );
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toBe('✔ 2 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('reports a review whose id does not match its file name', async () => {
    const dir = await decisions();
    await rename(join(dir, REVIEW), join(dir, 'decisions', '0002-lms.review.yaml'));
    await rename(join(dir, MEMO), join(dir, 'decisions', '0002-lms.md'));
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions']);
    expect(stdout).toContain('decisions/0002-lms.review.yaml:2:5  error    review/id-mismatch');
    expect(code).toBe(1);
  });

  it('reports review problems at file:line:col in a machine format too', async () => {
    const dir = await decisions();
    const text = (await readFile(join(dir, REVIEW), 'utf8')).replace(
      "reviewBy: '2027-03-18'",
      "reviewBy: '2027-02-30'",
    );
    await writeFile(join(dir, REVIEW), text);
    const line = text.split('\n').findIndex((l) => l.includes("reviewBy: '2027-02-30'")) + 1;
    const { code, stdout } = await runVatl(dir, ['validate', 'decisions', '--format', 'github']);
    expect(stdout).toContain(
      `::error file=${REVIEW},line=${line},col=13,title=review/invalid-date::2027-02-30 is not a date on the calendar.`,
    );
    expect(code).toBe(1);
  });
});
