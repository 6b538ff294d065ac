import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';
import { REPO, STACK_TRACE, runVatl } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';

/** An in-memory workspace with the lms-replacement review (id 0001-lms-replacement), no memo yet. */
function withReview(): MemoryWorkspace {
  return memoryWorkspace({ [REVIEW]: readExample('lms-replacement', 'review.yaml') });
}

describe('vatl render', () => {
  it('writes a missing memo, the same memo the example commits', async () => {
    const ws = withReview();
    const { code, stdout, stderr } = await ws.run(['render', REVIEW]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`Wrote ${MEMO}\n`);
    expect(code).toBe(0);
    expect(ws.read(MEMO)).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it('says the memo is up to date when it already matches', async () => {
    const ws = withReview();
    await ws.run(['render', REVIEW]);
    const { code, stdout } = await ws.run(['render', REVIEW]);
    expect(stdout).toBe(`${MEMO} is up to date.\n`);
    expect(code).toBe(0);
  });

  it('refuses to replace a memo that differs, with exit 1, and leaves it as it was', async () => {
    const ws = withReview();
    await ws.run(['render', REVIEW]);
    const edited = ws
      .read(MEMO)
      .replace(
        'Replacing ClassHub is unavoidable',
        'Replacing ClassHub is, the board agreed, unavoidable',
      );
    ws.write(MEMO, edited);
    const { code, stdout, stderr } = await ws.run(['render', REVIEW]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `vatl: ${MEMO} differs from what ${REVIEW} renders; it was left as it is.`,
    );
    expect(stderr).toContain('--force');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(ws.read(MEMO)).toBe(edited);
  });

  it('replaces a differing memo with --force', async () => {
    const ws = withReview();
    ws.write(MEMO, '# A memo edited by hand\n');
    const { code, stdout } = await ws.run(['render', '--force', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Wrote ${MEMO}\n`);
    expect(ws.read(MEMO)).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it('--stdout prints the memo and writes nothing', async () => {
    const ws = withReview();
    const { code, stdout } = await ws.run(['render', '--stdout', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(readExample('lms-replacement', 'memo.md'));
    expect(ws.exists(MEMO)).toBe(false);
  });

  it('picks up a template change, and replaces the old memo only with --force', async () => {
    const ws = withReview();
    await ws.run(['render', REVIEW]);
    ws.write('district/partials/signoff.md.hbs', '## Sign-off\n\nThe board.\n');
    const refused = await ws.run(['render', '--template', 'district', REVIEW]);
    expect(refused.code).toBe(1);
    const forced = await ws.run(['render', '--template', 'district', '--force', REVIEW]);
    expect(forced.code).toBe(0);
    expect(ws.read(MEMO)).toMatch(/## Sign-off\n\nThe board\.\n$/);
  });

  it('renders nothing from a review with errors, and says where they are', async () => {
    const ws = withReview();
    const data = exampleReview('lms-replacement', { keepId: true });
    delete data.answers['ir-exit-plan'];
    const text = reviewYaml(data);
    ws.write(REVIEW, text);
    const line = text.split('\n').indexOf('answers:') + 1;
    const { code, stderr } = await ws.run(['render', REVIEW]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${REVIEW}:${line}:1  error    review/unanswered  1 question is unanswered: ir-exit-plan.`,
    );
    expect(ws.exists(MEMO)).toBe(false);
  });

  it('exits 2 for a review file that does not exist', async () => {
    const ws = memoryWorkspace();
    const { code, stderr } = await ws.run(['render', 'decisions/0009-none.review.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('file/not-found');
  });

  // The committed examples, read from the repository on disk.
  it.each(EXAMPLES)('finds examples/%s/memo.md up to date', async (name) => {
    const { code, stdout } = await runVatl(REPO, ['render', `examples/${name}/review.yaml`]);
    expect(stdout).toBe(`examples/${name}/memo.md is up to date.\n`);
    expect(code).toBe(0);
  });
});
