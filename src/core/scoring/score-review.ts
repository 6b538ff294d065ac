import { isScored, scoreOf } from '../framework/question-kinds.js';
import type { Framework } from '../framework/types.js';
import { aggregate, cellSums, coverage } from './aggregate.js';
import type { CoverageEntry } from './aggregate.js';
import { applicableQuestions, evaluate, isAnswered, undecided } from './conditions.js';
import type { EvalContext, ScoringInput } from './conditions.js';
import { checkOutcomes } from './outcomes.js';
import { pathTo } from './path.js';
import type { GateResult, ScoredQuestion, ScoreReport, WarningResult } from './types.js';

export type { ScoringInput } from './conditions.js';
export { fmt } from './scale.js';
export { scoreOf } from '../framework/question-kinds.js';

/**
 * Scores a review against its framework. Pure and deterministic.
 *
 * - Only questions that apply to the proposal (their `when`) are counted at all.
 * - A cell's score is the weighted mean of its answered, scored questions; a row's, a column's
 *   and the overall score are the plain mean of the cells under them that have a score. Each
 *   figure is rounded once to two decimals, and the rounded figure is the one compared.
 * - Not-applicable answers leave the denominator; unanswered questions are listed, never zero.
 * - Coverage: the share of each row and column item's applicable scored weight answered.
 * - Gates are read with three-valued logic: a gate that cannot be decided because an answer it
 *   reads is missing or not applicable is `unresolved`, and blocks like a failed one.
 */
export function scoreReview(
  framework: Framework,
  input: ScoringInput,
  /** `path: false` skips the search for what would reach a better outcome (`report.next`). */
  options: { path?: boolean } = {},
): ScoreReport {
  const appliesTo = applicableQuestions(framework, input);
  const scored: ScoredQuestion[] = [];
  const unanswered: string[] = [];
  const notApplicable: string[] = [];
  const doesNotApply: string[] = [];
  const entries: CoverageEntry[] = [];
  const bump = (map: Map<string, number>, cell: string) => map.set(cell, (map.get(cell) ?? 0) + 1);
  const counts = {
    answered: new Map<string, number>(),
    notApplicable: new Map<string, number>(),
    unanswered: new Map<string, number>(),
  };
  for (const q of framework.questions) {
    if (!appliesTo.has(q.id)) {
      doesNotApply.push(q.id);
      continue;
    }
    const answer = input.answers[q.id];
    const score = isScored(q) ? scoreOf(framework, q, answer) : undefined;
    if (isScored(q))
      entries.push({ cell: q.cell, weight: q.weight ?? 1, answered: score !== undefined });
    if (!isAnswered(answer)) {
      unanswered.push(q.id);
      bump(counts.unanswered, q.cell);
    } else if (answer.notApplicable !== undefined) {
      notApplicable.push(q.id);
      bump(counts.notApplicable, q.cell);
    } else if (score !== undefined) {
      scored.push({ id: q.id, cell: q.cell, weight: q.weight ?? 1, score });
      bump(counts.answered, q.cell);
    }
  }

  const totals = aggregate(framework, cellSums(framework, scored), counts);
  const cover = coverage(framework, entries);
  const scores = new Map<string, number | undefined>([['overall', totals.overall]]);
  for (const c of totals.cells) scores.set(c.cell, c.score);
  for (const a of [...totals.rows, ...totals.columns]) scores.set(a.id, a.score);
  const ctx: EvalContext = { framework, input, scores, applies: appliesTo };

  const gates: GateResult[] = (framework.gates ?? []).map((gate) => {
    const value = evaluate(gate.when, ctx);
    return {
      id: gate.id,
      state: value === true ? 'failed' : value === false ? 'passed' : 'unresolved',
      blocks: gate.blocks ?? [framework.outcomes[0]?.id ?? ''],
      needs: value === undefined ? undecided(gate.when, ctx) : [],
    };
  });
  const warnings: WarningResult[] = (framework.warnings ?? [])
    .filter((w) => evaluate(w.when, ctx) === true)
    .map((w) => ({ id: w.id }));

  const outcomes = checkOutcomes(framework, { ...totals, coverage: cover }, gates);
  const suggestedIndex = outcomes.findIndex((o) => o.thresholdsMet && o.blockedBy.length === 0);
  const suggested =
    outcomes[suggestedIndex]?.id ?? framework.outcomes[framework.outcomes.length - 1]?.id ?? '';
  const report: ScoreReport = {
    ...totals,
    scored,
    unanswered,
    notApplicable,
    doesNotApply,
    coverage: cover,
    gates,
    warnings,
    outcomes,
    suggested,
  };
  const index = suggestedIndex < 0 ? framework.outcomes.length - 1 : suggestedIndex;
  const target = index > 0 ? framework.outcomes[index - 1] : undefined;
  if (target && options.path !== false) report.next = pathTo(framework, report, ctx, target);
  return report;
}
