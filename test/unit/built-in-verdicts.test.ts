import { describe, expect, it } from 'vitest';
import { isScored, kindOf } from '../../src/core/framework/question-kinds.js';
import type { Framework } from '../../src/core/framework/types.js';
import { checkReview } from '../../src/core/review/parse-review.js';
import type { Answer, Review } from '../../src/core/review/types.js';
import { applicableQuestions, evaluate, questionsIn } from '../../src/core/scoring/conditions.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { builtInFrameworks } from '../helpers/reviews.js';

/**
 * The ways a careful reviewer gamed the verdict before framework format 2, tried on every
 * built-in framework: each must now come out as the rules say.
 */
const FRAMEWORKS = builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : []));

/** A student-facing AI tool that handles student data: every red line applies. */
function everythingApplies(fw: Framework): Review['proposal'] {
  const proposal: Review['proposal'] = { name: 'Tool' };
  for (const q of fw.intake ?? []) {
    if (q.kind === 'yes-no') proposal[q.id] = 'yes';
    else if (q.kind === 'multi-choice') proposal[q.id] = (q.choices ?? []).map((c) => c.value);
    else if (q.kind === 'choice') proposal[q.id] = q.choices?.[0]?.value ?? '';
    else if (q.kind === 'number') proposal[q.id] = 1000;
    else proposal[q.id] = 'Text';
  }
  return proposal;
}

const EVIDENCE = 'The signed agreement and the vendor documents the team read.';

/**
 * A strong, honest review: every scored question at the top, and every red-line check given
 * the answer that passes its gates.
 */
function strongReview(fw: Framework, proposal: Review['proposal']): Review {
  const applies = applicableQuestions(fw, { proposal });
  const answers: Record<string, Answer> = {};
  for (const q of fw.questions) {
    if (!applies.has(q.id)) continue;
    const kind = kindOf(q);
    const best = isScored(q) ? kind.best(q, fw) : undefined;
    answers[q.id] = { value: best ?? kind.options(q, fw)[0]?.value ?? 'Text', evidence: EVIDENCE };
  }
  // The unscored checks of each gate take the first combination of answers that passes it.
  for (const gate of fw.gates ?? []) {
    const checks = [...new Set(questionsIn(gate.when))].flatMap((id) => {
      const q = fw.questions.find((x) => x.id === id);
      return q && !isScored(q) && applies.has(id) ? [q] : [];
    });
    const combos = checks.reduce<(string | number)[][]>(
      (acc, q) =>
        acc.flatMap((c) =>
          kindOf(q)
            .options(q, fw)
            .map((o) => [...c, o.value]),
        ),
      [[]],
    );
    for (const combo of combos) {
      checks.forEach((q, i) => (answers[q.id] = { value: combo[i] as string, evidence: EVIDENCE }));
      if (!gateFails(fw, gate.when, proposal, answers, applies)) break;
    }
  }
  return {
    title: 'A review',
    framework: `${fw.id}@${fw.version}`,
    proposal,
    team: {
      structure: 'co-designed',
      members: [{ name: 'A', role: 'Director' }],
      consulted: [{ group: 'Students' }, { group: 'Teachers' }, { group: 'Families' }],
    },
    answers,
  };
}

function gateFails(
  fw: Framework,
  when: NonNullable<Framework['gates']>[number]['when'],
  proposal: Review['proposal'],
  answers: Record<string, Answer>,
  applies: Set<string>,
): boolean {
  return (
    evaluate(when, { framework: fw, input: { proposal, answers }, scores: new Map(), applies }) ===
    true
  );
}

const codes = (fw: Framework, review: Review) =>
  checkReview(review, fw).diagnostics.map((d) => d.code);
const scaleQuestions = (fw: Framework, review: Review) =>
  fw.questions.filter((q) => q.kind === 'scale' && review.answers[q.id] !== undefined);

describe.each(FRAMEWORKS.map((fw) => [fw.id, fw] as const))('%s', (_id, fw) => {
  const strong = strongReview(fw, everythingApplies(fw));

  it('suggests the most favourable outcome for a strong, honest review', () => {
    expect(codes(fw, strong)).toEqual([]);
    expect(scoreReview(fw, strong).suggested).toBe(fw.outcomes[0]?.id);
  });

  it('refuses a token not-applicable reason, and a blank one, at the answer', () => {
    for (const reason of ['n/a', ' ']) {
      const open = scaleQuestions(fw, strong).filter((q) => q.notApplicable !== false);
      const answers = { ...strong.answers };
      for (const q of open) answers[q.id] = { notApplicable: reason };
      if (open.length > 0)
        expect(codes(fw, { ...strong, answers })).toContain('review/not-applicable-reason');
    }
  });

  it('gives no favourable verdict when every question it can is marked not applicable', () => {
    const answers = { ...strong.answers };
    for (const q of scaleQuestions(fw, strong))
      if (q.notApplicable !== false)
        answers[q.id] = { notApplicable: 'The vendor declined to answer.' };
    const report = scoreReview(fw, { ...strong, answers });
    expect(report.suggested).not.toBe(fw.outcomes[0]?.id);
    expect(report.outcomes[0]?.coverageMet).toBe(false);
  });

  it('holds every gate: crossing it, answering its questions N/A, or leaving them out never reaches what it blocks', () => {
    const applies = applicableQuestions(fw, strong);
    for (const gate of fw.gates ?? []) {
      const ids = [...new Set(questionsIn(gate.when))].filter((id) => applies.has(id));
      for (const id of ids) {
        const q = fw.questions.find((x) => x.id === id);
        if (!q) continue;
        const { [id]: _omit, ...without } = strong.answers;
        const na = {
          ...strong.answers,
          [id]: { notApplicable: 'We were told it does not apply here.' },
        };
        const crossing = kindOf(q)
          .options(q, fw)
          .map((o) => ({ ...strong.answers, [id]: { value: o.value, evidence: EVIDENCE } }))
          .filter((answers) => gateFails(fw, gate.when, strong.proposal, answers, applies));
        for (const answers of [without, na, ...crossing]) {
          const report = scoreReview(fw, { ...strong, answers });
          expect(gate.blocks ?? [fw.outcomes[0]?.id], `${gate.id} via ${id}`).not.toContain(
            report.suggested,
          );
        }
        expect(codes(fw, { ...strong, answers: na })).toContain(
          'review/not-applicable-not-allowed',
        );
      }
    }
  });

  it('leaves every red line with something to check once it applies: none is switched off by N/A', () => {
    for (const gate of fw.gates ?? [])
      for (const id of questionsIn(gate.when))
        expect(fw.questions.find((q) => q.id === id)?.notApplicable, `${gate.id} reads ${id}`).toBe(
          false,
        );
  });

  it('has a privacy red line that blocks Adopt and Adapt, and an accessibility red line', () => {
    const privacy = fw.gates?.find((g) => g.id === 'no-privacy-agreement');
    expect(privacy?.blocks).toEqual(['adopt', 'adapt']);
    expect(fw.gates?.find((g) => g.id === 'no-accessibility-evidence')?.blocks).toEqual(['adopt']);
  });
});

describe('vatl, case by case', () => {
  const fw = FRAMEWORKS.find((f) => f.id === 'vatl') as Framework;
  const strong = strongReview(fw, everythingApplies(fw));
  const suggest = (changes: Record<string, Answer>, base: Review = strong) =>
    scoreReview(fw, { ...base, answers: { ...base.answers, ...changes } }).suggested;

  it.each(['ir-security-practice', 'ir-data-minimisation', 'ge-policy-fit'])(
    'does not suggest Adopt when %s is at its lowest level, the rest strong',
    (id) => {
      expect(suggest({ [id]: { value: 1, evidence: EVIDENCE } })).toBe('adapt');
    },
  );

  it('suggests Abandon, not a pilot, when all four red lines are crossed', () => {
    const report = scoreReview(fw, {
      ...strong,
      answers: {
        ...strong.answers,
        'ir-privacy-agreement': { value: 'none', evidence: EVIDENCE },
        'ir-model-training': { value: 'yes', evidence: EVIDENCE },
        'ir-accessibility': { value: 'no', evidence: EVIDENCE },
        'ge-human-review': { value: 'no', evidence: EVIDENCE },
      },
    });
    expect(report.suggested).toBe('abandon');
    expect(report.outcomes.find((o) => o.id === 'adapt')?.blockedBy).toEqual([
      'no-privacy-agreement',
      'trains-on-student-data',
    ]);
  });

  it('blocks Adopt and Adapt when click-through terms override the signed agreement', () => {
    expect(suggest({ 'ir-clickthrough-terms': { value: 'yes', evidence: EVIDENCE } })).toBe(
      'abandon',
    );
  });

  it('accepts an agreement the contract requires before any data flows', () => {
    expect(suggest({ 'ir-privacy-agreement': { value: 'before-data', evidence: EVIDENCE } })).toBe(
      'adopt',
    );
  });

  it('scores no red-line answer: crossing one moves neither a cell nor the overall', () => {
    const crossed = scoreReview(fw, {
      ...strong,
      answers: { ...strong.answers, 'ir-accessibility': { value: 'no', evidence: EVIDENCE } },
    });
    const base = scoreReview(fw, strong);
    expect(crossed.cells).toEqual(base.cells);
    expect(crossed.overall).toBe(base.overall);
  });

  const staffOnly: Review['proposal'] = {
    name: 'Budget planner',
    vendor: 'Ledger Co.',
    category: 'operations',
    users: ['staff', 'leaders'],
    'student-facing': 'no',
    'student-data': 'no',
    'monitors-people': 'no',
    'uses-ai': 'no',
  };

  it('suggests Adopt at 3.00 for an honest staff-only tool with no AI and no student data, answered 3 throughout', () => {
    const applies = applicableQuestions(fw, { proposal: staffOnly });
    const answers = Object.fromEntries(
      fw.questions
        .filter((q) => applies.has(q.id))
        .map((q) => [q.id, { value: 3, evidence: EVIDENCE }]),
    );
    const review: Review = { ...strong, proposal: staffOnly, answers };
    const { report, diagnostics } = checkReview(review, fw);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.suggested).toBe('adopt');
    expect(report.overall).toBe(3);
    // No AI question and no student-data red line is asked of it.
    expect(report.doesNotApply).toEqual(
      expect.arrayContaining([
        'ge-human-review',
        'ir-privacy-agreement',
        'ir-model-training',
        'ir-accessibility',
        'pc-ai-literacy',
      ]),
    );
  });

  it('is an error when students use it but it is marked not student-facing', () => {
    const review: Review = { ...strong, proposal: { ...strong.proposal, 'student-facing': 'no' } };
    expect(codes(fw, review)).toContain('review/intake-contradiction');
  });

  it('is an error when AI features are listed but uses-ai is no', () => {
    const review: Review = { ...strong, proposal: { ...strong.proposal, 'uses-ai': 'no' } };
    expect(codes(fw, review)).toContain('review/intake-contradiction');
  });

  it('is an error when a student-facing tool claims no student data', () => {
    const review: Review = { ...strong, proposal: { ...strong.proposal, 'student-data': 'no' } };
    expect(codes(fw, review)).toContain('review/intake-contradiction');
  });
});
