import { kindOf } from '../framework/question-kinds.js';
import type { Framework, Gate, Outcome } from '../framework/types.js';
import type { Answer } from '../review/types.js';
import { cellMean, cellSums } from './aggregate.js';
import { evaluate, questionsIn } from './conditions.js';
import type { EvalContext } from './conditions.js';
import { coverageShortfall } from './outcomes.js';
import { round2 } from './scale.js';
import type { PathToOutcome, ScoreReport } from './types.js';

const EPSILON = 1e-9;

/**
 * What would reach `target`: the answers that clear its blocking gates, the row and column
 * items answered too thinly, and the fewest answer raises (largest gain first) that lift the
 * scores over its thresholds.
 *
 * The raise search is greedy and incremental: a raise changes one cell's sums, so each
 * candidate is weighed in constant time and a step costs one pass over the answers. That keeps
 * a 1,000-question framework well under a second (the naive re-score per candidate is cubic).
 */
export function pathTo(
  framework: Framework,
  report: ScoreReport,
  ctx: EvalContext,
  target: Outcome,
): PathToOutcome {
  const check = report.outcomes.find((o) => o.id === target.id);
  const gates = (check?.blockedBy ?? []).map((gateId) => ({
    gate: gateId,
    answers: clearingAnswers(
      framework.gates?.find((g) => g.id === gateId),
      ctx,
    ),
  }));
  const { raises, unreachable } = raiseSearch(framework, report, target);
  return {
    outcome: target.id,
    gates,
    coverage: coverageShortfall(target, report.coverage),
    raises,
    unreachable,
  };
}

function raiseSearch(
  framework: Framework,
  report: ScoreReport,
  target: Outcome,
): Pick<PathToOutcome, 'raises' | 'unreachable'> {
  const sums = cellSums(framework, report.scored);
  const means = new Map([...sums].map(([cell, s]) => [cell, cellMean(s)]));
  const scoredCells = [...means.values()].filter((v) => v !== undefined).length;
  if (scoredCells === 0) return { raises: [], unreachable: target.minOverall !== undefined };
  let overall = [...means.values()].reduce<number>((a, v) => a + (v ?? 0), 0) / scoredCells;

  const overallGap = (raw: number) =>
    target.minOverall === undefined ? 0 : Math.max(0, target.minOverall - round2(raw));
  const cellGap = (raw: number | undefined) =>
    target.minCell === undefined || raw === undefined
      ? 0
      : Math.max(0, target.minCell - round2(raw));
  let gap = overallGap(overall);
  for (const v of means.values()) gap += cellGap(v);

  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const candidates = report.scored.flatMap((s) => {
    const q = questions.get(s.id);
    const best = q ? kindOf(q).best(q, framework) : undefined;
    const top = q && best !== undefined ? kindOf(q).score(q, framework, best) : undefined;
    return top !== undefined && top > s.score ? [{ ...s, top, used: false }] : [];
  });

  const raises: PathToOutcome['raises'] = [];
  while (gap > EPSILON) {
    let pick: (typeof candidates)[number] | undefined;
    let pickGain = EPSILON;
    let pickState: { mean: number; overall: number; gap: number } | undefined;
    for (const c of candidates) {
      if (c.used) continue;
      const cell = sums.get(c.cell);
      const before = means.get(c.cell);
      if (!cell || before === undefined) continue;
      const after = (cell.weighted + c.weight * (c.top - c.score)) / cell.weight;
      const nextOverall = overall + (after - before) / scoredCells;
      const nextGap =
        gap - overallGap(overall) + overallGap(nextOverall) - cellGap(before) + cellGap(after);
      const gain = gap - nextGap;
      if (gain > pickGain + EPSILON) {
        pick = c;
        pickGain = gain;
        pickState = { mean: after, overall: nextOverall, gap: nextGap };
      }
    }
    if (!pick || !pickState) break;
    pick.used = true;
    const cell = sums.get(pick.cell);
    if (cell) cell.weighted += pick.weight * (pick.top - pick.score);
    means.set(pick.cell, pickState.mean);
    overall = pickState.overall;
    gap = pickState.gap;
    raises.push({ question: pick.id, from: pick.score, to: pick.top });
  }
  return { raises, unreachable: gap > EPSILON };
}

/** Past this many answer combinations a gate is cleared one answer at a time. */
const MAX_COMBINATIONS = 4096;

/**
 * The fewest answer changes to a gate's questions that make it pass. Every combination of the
 * gate's applicable questions' answers is tried, in the framework's order of answers (lowest
 * scale value first, so a floor is cleared at the smallest answer that clears it).
 */
function clearingAnswers(
  gate: Gate | undefined,
  ctx: EvalContext,
): { question: string; value: number | string }[] {
  if (!gate) return [];
  const ids = [...new Set(questionsIn(gate.when))].filter((id) => ctx.applies.has(id));
  const options = ids.map((id) => {
    const q = ctx.framework.questions.find((x) => x.id === id);
    return q
      ? kindOf(q)
          .options(q, ctx.framework)
          .map((o) => o.value)
      : [];
  });
  const trial = (values: (number | string | undefined)[]) => {
    const answers: Record<string, Answer> = { ...ctx.input.answers };
    ids.forEach((id, i) => {
      const v = values[i];
      if (v !== undefined) answers[id] = { value: v };
    });
    return evaluate(gate.when, { ...ctx, input: { ...ctx.input, answers }, scores: new Map() });
  };
  const changes = (values: (number | string | undefined)[]) =>
    ids.flatMap((id, i) => {
      const v = values[i];
      return v !== undefined && ctx.input.answers[id]?.value !== v
        ? [{ question: id, value: v }]
        : [];
    });
  const total = options.reduce((n, o) => n * Math.max(1, o.length + 1), 1);
  if (total > MAX_COMBINATIONS) {
    // Too many to try together: the single answers that clear it alone.
    return ids.flatMap((id, i) => {
      const v = (options[i] ?? []).find((value) => {
        const values: (number | string | undefined)[] = ids.map(() => undefined);
        values[i] = value;
        return trial(values) === false;
      });
      return v !== undefined ? [{ question: id, value: v }] : [];
    });
  }
  // Each question keeps its answer (undefined) or takes one of its options.
  let best: { question: string; value: number | string }[] | undefined;
  const walk = (i: number, values: (number | string | undefined)[]) => {
    if (i === ids.length) {
      if (trial(values) !== false) return;
      const c = changes(values);
      if (!best || c.length < best.length) best = c;
      return;
    }
    for (const v of [undefined, ...(options[i] ?? [])]) walk(i + 1, [...values, v]);
  };
  walk(0, []);
  return best ?? [];
}
