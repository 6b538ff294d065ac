// The overlap note: a new proposal in the category of a decision in force names it, and
// review, render and validate agree on the memo.
import { describe, expect, it } from 'vitest';
import { exampleReview, markdownProblems, readExample, reviewYaml } from '../helpers/reviews.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

const ADOPTED = 'decisions/0001-lms-replacement.review.yaml';
const NOTE = '**Already in use.**';
const NAMED =
  '- 0001-lms-replacement: Replace ClassHub 7 with Harbor LMS as the district learning management system (Adopt)';

/** A second LMS proposal, as an answers file: the lms example under another title. */
function secondLms(extra: Record<string, unknown> = {}): string {
  return reviewYaml({
    ...exampleReview('lms-replacement'),
    title: 'Move to Lighthouse LMS',
    ...extra,
  });
}

describe('the overlap note', () => {
  it('names the adopted decision of the same category in a new review’s memo', async () => {
    const ws = memoryWorkspace({
      [ADOPTED]: readExample('lms-replacement', 'review.yaml'),
      'answers.yaml': secondLms(),
    });
    const { code, stdout, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote decisions/0002-move-to-lighthouse-lms.md');
    const memo = ws.read('decisions/0002-move-to-lighthouse-lms.md');
    expect(memo).toContain(NOTE);
    expect(memo).toContain(NAMED);
    expect(await markdownProblems(memo)).toEqual([]);

    // validate renders with the same overlaps, so the memo is current; render agrees.
    // (The adopted review gets its memo first: validate reports a decision without one.)
    expect((await ws.run(['render', ADOPTED])).code).toBe(0);
    const validated = await ws.run(['validate', 'decisions']);
    expect(validated.stdout).toContain('no problems');
    expect(validated.code).toBe(0);
    const rendered = await ws.run(['render', 'decisions/0002-move-to-lighthouse-lms.review.yaml']);
    expect(rendered.stdout).toBe('decisions/0002-move-to-lighthouse-lms.md is up to date.\n');
  });

  it('is absent when no decision in force shares the category, as in the examples', async () => {
    const ws = memoryWorkspace({
      [ADOPTED]: readExample('lms-replacement', 'review.yaml'),
      'answers.yaml': secondLms({
        proposal: { ...exampleReview('lms-replacement').proposal, category: 'assessment' },
      }),
    });
    const { code } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(ws.read('decisions/0002-move-to-lighthouse-lms.md')).not.toContain(NOTE);
    // The adopted decision's own memo does not name itself.
    await ws.run(['render', ADOPTED]);
    expect(ws.read('decisions/0001-lms-replacement.md')).toBe(
      readExample('lms-replacement', 'memo.md'),
    );
  });

  it('makes validate report a memo out of date when a decision in its category is adopted later', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': secondLms() });
    expect((await ws.run(['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const memo = 'decisions/0001-move-to-lighthouse-lms.md';
    expect(ws.read(memo)).not.toContain(NOTE);
    ws.write(
      'decisions/0002-lms-replacement.review.yaml',
      readExample('lms-replacement', 'review.yaml').replace(
        'id: 0001-lms-replacement',
        'id: 0002-lms-replacement',
      ),
    );

    const validated = await ws.run(['validate', 'decisions']);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain('memo/out-of-date');
    expect(validated.stdout).toContain(memo);
    const rendered = await ws.run([
      'render',
      '--force',
      'decisions/0001-move-to-lighthouse-lms.review.yaml',
    ]);
    expect(rendered.code).toBe(0);
    expect(ws.read(memo)).toContain(
      '- 0002-lms-replacement: Replace ClassHub 7 with Harbor LMS as the district learning management system (Adopt)',
    );
  });
});
