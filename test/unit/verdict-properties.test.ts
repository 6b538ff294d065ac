import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScored, kindOf } from '../../src/core/framework/question-kinds.js';
import type { Framework, Question } from '../../src/core/framework/types.js';
import { buildMemoView } from '../../src/core/memo/view-model.js';
import type { Answer, Review } from '../../src/core/review/types.js';
import { fmt, round2 } from '../../src/core/scoring/scale.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import type { ScoreReport } from '../../src/core/scoring/types.js';
import { builtInFrameworks, splitMemo } from '../helpers/reviews.js';

/**
 * Properties of the verdict, checked on every built-in framework with random proposals and
 * random answers: the rules a district relies on must hold for any review, not only the
 * examples.
 */
const FRAMEWORKS = builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : []));
const RUNS = 300;
const REASON = 'The vendor would not say, and we could not check it ourselves.';

function proposalOf(fw: Framework): fc.Arbitrary<Review['proposal']> {
  const parts = (fw.intake ?? []).map((q): fc.Arbitrary<[string, Review['proposal'][string]]> => {
    const values = (q.choices ?? []).map((c) => c.value);
    switch (q.kind) {
      case 'yes-no':
        return fc.constantFrom('yes', 'no').map((v) => [q.id, v]);
      case 'choice':
        return fc.constantFrom(...values).map((v) => [q.id, v]);
      case 'multi-choice':
        return fc.subarray(values).map((v) => [q.id, v]);
      case 'number':
        return fc.integer({ min: 0, max: 100000 }).map((v) => [q.id, v]);
      default:
        return fc.constant([q.id, 'Some text']);
    }
  });
  return fc.tuple(...parts).map((entries) => ({ name: 'Tool', ...Object.fromEntries(entries) }));
}

function answerOf(fw: Framework, q: Question): fc.Arbitrary<Answer | undefined> {
  const options = kindOf(q)
    .options(q, fw)
    .map((o) => o.value);
  const choices: fc.Arbitrary<Answer | undefined>[] = [];
  if (options.length > 0) choices.push(fc.constantFrom(...options).map((value) => ({ value })));
  else choices.push(fc.constant({ value: 'Text.' }));
  if (q.notApplicable !== false) choices.push(fc.constant({ notApplicable: REASON }));
  return fc.oneof(
    { weight: 8, arbitrary: fc.oneof(...choices) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function reviewOf(fw: Framework): fc.Arbitrary<Review> {
  return fc
    .tuple(proposalOf(fw), fc.tuple(...fw.questions.map((q) => answerOf(fw, q))))
    .map(([proposal, answers]) => ({
      title: 'A review',
      framework: `${fw.id}@${fw.version}`,
      proposal,
      team: { structure: 'co-designed' as const, members: [{ name: 'A', role: 'Director' }] },
      answers: Object.fromEntries(
        fw.questions.flatMap((q, i) => {
          const a = answers[i];
          return a ? [[q.id, a]] : [];
        }),
      ),
    }));
}

/** Lower is more favourable. */
const rank = (fw: Framework, report: ScoreReport) =>
  fw.outcomes.findIndex((o) => o.id === report.suggested);

const scaleMax = (fw: Framework) => Math.max(...fw.scale.map((s) => s.value));

describe.each(FRAMEWORKS.map((fw) => [fw.id, fw] as const))('the verdict in %s', (_id, fw) => {
  it('never gets worse when a scale answer is raised', () => {
    fc.assert(
      fc.property(reviewOf(fw), fc.nat(), (review, pick) => {
        const report = scoreReview(fw, review);
        const raisable = fw.questions.filter((q) => {
          const v = review.answers[q.id]?.value;
          return (
            q.kind === 'scale' &&
            typeof v === 'number' &&
            v < scaleMax(fw) &&
            !report.doesNotApply.includes(q.id)
          );
        });
        if (raisable.length === 0) return;
        const q = raisable[pick % raisable.length] as Question;
        const from = review.answers[q.id]?.value as number;
        const to = fw.scale.find((s) => s.value > from)?.value as number;
        const raised = scoreReview(fw, {
          ...review,
          answers: { ...review.answers, [q.id]: { value: to } },
        });
        expect(rank(fw, raised)).toBeLessThanOrEqual(rank(fw, report));
      }),
      { numRuns: RUNS },
    );
  });

  it('never suggests better for a not-applicable answer than for the top answer', () => {
    fc.assert(
      fc.property(reviewOf(fw), fc.nat(), (review, pick) => {
        const report = scoreReview(fw, review);
        const open = fw.questions.filter(
          (q) => isScored(q) && q.notApplicable !== false && !report.doesNotApply.includes(q.id),
        );
        if (open.length === 0) return;
        const q = open[pick % open.length] as Question;
        const best = kindOf(q).best(q, fw);
        if (best === undefined) return;
        const withNa = scoreReview(fw, {
          ...review,
          answers: { ...review.answers, [q.id]: { notApplicable: REASON } },
        });
        const atTop = scoreReview(fw, {
          ...review,
          answers: { ...review.answers, [q.id]: { value: best } },
        });
        expect(rank(fw, withNa)).toBeGreaterThanOrEqual(rank(fw, atTop));
      }),
      { numRuns: RUNS },
    );
  });

  it('never suggests an outcome that a failed or unresolved gate blocks', () => {
    fc.assert(
      fc.property(reviewOf(fw), (review) => {
        const report = scoreReview(fw, review);
        for (const g of report.gates.filter((x) => x.state !== 'passed'))
          expect(g.blocks).not.toContain(report.suggested);
      }),
      { numRuns: RUNS },
    );
  });

  it('shows the same overall it compares: in the reasons, the front matter and the thresholds', () => {
    fc.assert(
      fc.property(reviewOf(fw), (review) => {
        const report = scoreReview(fw, review);
        const overall = report.overall;
        if (overall === undefined) return;
        expect(overall).toBe(round2(overall));
        const view = buildMemoView({
          review,
          framework: fw,
          report,
          references: {},
          date: '2026-12-02',
        });
        const { frontMatter } = splitMemo(`---\n${view.frontMatter}\n---\n`);
        expect((frontMatter.scores as Record<string, number>).overall).toBe(overall);
        fw.outcomes.forEach((o, i) => {
          const check = report.outcomes[i];
          if (o.minOverall === undefined || !check?.coverageMet) return;
          const text = check.reasons.find((r) => r.startsWith('The overall score'));
          expect(text).toContain(`The overall score ${fmt(overall)}`);
          expect(text?.includes('meets')).toBe(overall >= o.minOverall);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
