import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework/types.js';
import type { Answer, Review } from '../../src/core/review/types.js';
import {
  formatAgreement,
  lowerMedian,
  mergeReviews,
  spreads,
  teamAgreement,
  toDiscuss,
} from '../../src/core/team/merge.js';
import { validFramework } from '../helpers/framework.js';
import { isRedLine } from '../../src/core/scoring/red-line.js';

/** The mini framework with a third scale question, and a red-line gate on the yes/no question alone. */
function framework(): Framework {
  const fw = validFramework();
  fw.questions.push({
    id: 'q-third',
    cell: 'people/more',
    prompt: 'Third?',
    help: 'Look again.',
    kind: 'scale',
    levels: { '1': 'Not.', '2': 'Partly.', '3': 'Fully.' },
  });
  fw.gates = [
    ...(fw.gates ?? []),
    {
      id: 'g-signed',
      title: 'Not signed',
      why: 'Because.',
      when: { question: 'q-yes-no', equals: 'no' },
    },
  ];
  return fw;
}

function review(
  reviewer: string,
  answers: Record<string, Answer>,
  consulted: string[] = [],
): { reviewer: string; review: Review } {
  return {
    reviewer,
    review: {
      title: 'A proposal',
      framework: 'mini@1.0.0',
      reviewer,
      proposal: { name: 'Tool', 'student-data': 'yes' },
      team: {
        structure: 'co-designed',
        members: [{ name: reviewer, role: 'Reviewer' }],
        ...(consulted.length > 0 ? { consulted: consulted.map((group) => ({ group })) } : {}),
      },
      answers,
      decision: { outcome: 'adopt' },
    },
  };
}

const v = (value: number | string): Answer => ({ value });
const na = (reason: string): Answer => ({ notApplicable: reason });

describe('mergeReviews', () => {
  it('takes the median of scale answers, the lower middle value on an even count', () => {
    expect(lowerMedian([3, 1, 2])).toBe(2);
    expect(lowerMedian([3, 2])).toBe(2);
    expect(lowerMedian([1, 3, 3, 2])).toBe(2);
    const merged = mergeReviews(
      [
        review('Ana', { 'q-scale': v(3), 'q-better': v(1) }),
        review('Ben', { 'q-scale': v(2), 'q-better': v(3) }),
        review('Cy', { 'q-scale': v(3), 'q-better': v(3) }),
        review('Di', { 'q-scale': v(1), 'q-better': v(2) }),
      ],
      framework(),
    );
    // q-scale: 1 2 3 3 → 2 (not 2.5, not 3); q-better: 1 2 3 3 → 2.
    expect(merged.answers['q-scale']?.value).toBe(2);
    expect(merged.answers['q-better']?.value).toBe(2);
  });

  it('keeps a red-line answer if any one reviewer gives it, against the majority', () => {
    const fw = framework();
    expect(isRedLine(fw, fw.questions[1] as Framework['questions'][number], 'no')).toBe(true);
    expect(isRedLine(fw, fw.questions[1] as Framework['questions'][number], 'yes')).toBe(false);
    const merged = mergeReviews(
      [
        review('Ana', { 'q-yes-no': v('yes') }),
        review('Ben', { 'q-yes-no': v('yes') }),
        review('Cy', { 'q-yes-no': v('no') }),
      ],
      fw,
    );
    expect(merged.answers['q-yes-no']?.value).toBe('no');
  });

  it('takes the most common choice, a tie going to the first reviewer', () => {
    const fw = framework();
    const two = mergeReviews(
      [
        review('Ana', { 'q-choice': v('all') }),
        review('Ben', { 'q-choice': v('none') }),
        review('Cy', { 'q-choice': v('none') }),
      ],
      fw,
    );
    expect(two.answers['q-choice']?.value).toBe('none');
    const tie = mergeReviews(
      [review('Ana', { 'q-choice': v('all') }), review('Ben', { 'q-choice': v('none') })],
      fw,
    );
    expect(tie.answers['q-choice']?.value).toBe('all');
  });

  it('answers N/A only when more than half the reviewers say N/A', () => {
    const fw = framework();
    const half = mergeReviews(
      [
        review('Ana', { 'q-better': na('No staff affected.') }),
        review('Ben', { 'q-better': v(2) }),
      ],
      fw,
    );
    expect(half.answers['q-better']).toEqual({ value: 2 });
    const most = mergeReviews(
      [
        review('Ana', { 'q-better': na('No staff affected.') }),
        review('Ben', { 'q-better': v(2) }),
        review('Cy', { 'q-better': na('Not used by staff.') }),
      ],
      fw,
    );
    expect(most.answers['q-better']).toEqual({
      notApplicable: '2 of 3 reviewers: Ana: No staff affected. · Cy: Not used by staff.',
    });
    expect(most.merge?.answers['q-better']).toEqual(['n/a', 2, 'n/a']);
  });

  it("keeps the first review's proposal and team, the union of consulted groups, and no decision", () => {
    const merged = mergeReviews(
      [
        review('Ana', { 'q-scale': v(2) }, ['Teachers', 'Families']),
        review('Ben', { 'q-scale': v(2) }, ['families', 'Students']),
      ],
      framework(),
    );
    expect(merged.decision).toBeUndefined();
    expect(merged.reviewer).toBeUndefined();
    expect(merged.status).toBe('proposed');
    expect(merged.reviewers).toEqual(['Ana', 'Ben']);
    expect(merged.team.members).toEqual([{ name: 'Ana', role: 'Reviewer' }]);
    expect(merged.team.consulted?.map((c) => c.group)).toEqual([
      'Teachers',
      'Families',
      'Students',
    ]);
  });

  it('records the spread per scale question and lists those two or more points apart', () => {
    const fw = framework();
    const merged = mergeReviews(
      [
        review('Ana', { 'q-scale': v(1), 'q-better': v(2), 'q-third': v(3) }),
        review('Ben', { 'q-scale': v(3), 'q-better': v(3), 'q-third': v(3) }),
        review('Cy', { 'q-scale': v(2), 'q-better': na('Not used.'), 'q-third': v(3) }),
      ],
      fw,
    );
    expect(spreads(merged, fw).map((s) => [s.number, s.min, s.max])).toEqual([
      [1, 1, 3],
      [4, 2, 3],
      [6, 3, 3],
    ]);
    expect(toDiscuss(merged, fw).map((s) => ({ number: s.number, prompt: s.prompt }))).toEqual([
      { number: 1, prompt: 'How well?' },
    ]);
  });
});

describe('teamAgreement', () => {
  it('is 0.778 for a hand-worked case: units (1,1), (2,2), (2,3)', () => {
    // Coincidences: o11 = 2, o22 = 2, o23 = o32 = 1; n1 = 2, n2 = 3, n3 = 1, n = 6.
    // Ordinal δ²: (1,2) = (5 − 2.5)² = 6.25, (2,3) = (4 − 2)² = 4, (1,3) = (6 − 1.5)² = 20.25.
    // Do = 2 × 4 = 8; De = 2 × (2·3·6.25 + 3·1·4 + 2·1·20.25) = 180; α = 1 − 5 × 8 / 180 = 0.778.
    const fw = framework();
    const merged = mergeReviews(
      [
        review('Ana', { 'q-scale': v(1), 'q-better': v(2), 'q-third': v(2) }),
        review('Ben', { 'q-scale': v(1), 'q-better': v(2), 'q-third': v(3) }),
      ],
      fw,
    );
    expect(formatAgreement(teamAgreement(merged, fw))).toBe('0.778');
  });

  it('leaves N/A out as missing, and is not measurable without variation', () => {
    const fw = framework();
    const merged = mergeReviews(
      [
        review('Ana', { 'q-scale': v(2), 'q-better': na('Not used.') }),
        review('Ben', { 'q-scale': v(2), 'q-better': v(3) }),
      ],
      fw,
    );
    expect(teamAgreement(merged, fw)).toBeUndefined();
    expect(formatAgreement(teamAgreement(merged, fw))).toBe('not measurable');
  });
});
