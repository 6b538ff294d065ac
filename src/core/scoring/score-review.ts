import { isScored } from '../framework/rules.js';
import type { Condition, Framework, Question } from '../framework/types.js';
import type { Answer, Review } from '../review/types.js';
import type {
  AxisScore,
  CellScore,
  GateResult,
  OutcomeCheck,
  PathToOutcome,
  ScoredQuestion,
  ScoreReport,
  WarningResult,
} from './types.js';

/** The inputs scoring needs: intake answers and question answers. */
export type ScoringInput = Pick<Review, 'proposal' | 'answers'>;

/**
 * Scores a review against its framework. Pure and deterministic.
 *
 * - A cell's score is the weighted mean of its answered, scored questions.
 * - A row's, a column's and the overall score are the plain mean of the cells under them
 *   that have a score, so every cell of the grid counts alike whatever its question count.
 * - Not-applicable answers leave the denominator; unanswered questions are listed, never zero.
 * - Gates are read with three-valued logic: a gate whose condition cannot be decided because
 *   an answer it needs is missing is `unresolved`, and blocks like a failed gate.
 */
export function scoreReview(framework: Framework, input: ScoringInput): ScoreReport {
  const scored: ScoredQuestion[] = [];
  const unanswered: string[] = [];
  const notApplicable: string[] = [];
  for (const q of framework.questions) {
    const answer = input.answers[q.id];
    if (!answer || (answer.value === undefined && answer.notApplicable === undefined)) {
      unanswered.push(q.id);
      continue;
    }
    if (answer.notApplicable !== undefined) {
      notApplicable.push(q.id);
      continue;
    }
    if (!isScored(q)) continue;
    const score = scoreOf(framework, q, answer);
    if (score !== undefined) scored.push({ id: q.id, cell: q.cell, weight: q.weight ?? 1, score });
  }

  const cells = cellScores(framework, scored, unanswered, notApplicable);
  const { rows, columns, overall, lowestCell } = aggregate(framework, cells);
  const scores = scoreLookup(cells, rows, columns, overall);
  const ctx: EvalContext = { framework, input, scores };

  const gates: GateResult[] = (framework.gates ?? []).map((gate) => {
    const value = evaluate(gate.when, ctx);
    return {
      id: gate.id,
      state: value === true ? 'failed' : value === false ? 'passed' : 'unresolved',
      blocks: gate.blocks ?? [framework.outcomes[0]?.id ?? ''],
      needs: value === undefined ? undecidedQuestions(gate.when, ctx) : [],
    };
  });
  const warnings: WarningResult[] = (framework.warnings ?? [])
    .filter((w) => evaluate(w.when, ctx) === true)
    .map((w) => ({ id: w.id }));

  const outcomes = checkOutcomes(framework, overall, lowestCell, gates);
  const suggestedIndex = outcomes.findIndex((o) => o.thresholdsMet && o.blockedBy.length === 0);
  const suggested =
    outcomes[suggestedIndex]?.id ?? framework.outcomes[framework.outcomes.length - 1]?.id ?? '';
  const report: ScoreReport = {
    cells,
    rows,
    columns,
    ...(overall !== undefined ? { overall } : {}),
    ...(lowestCell !== undefined ? { lowestCell } : {}),
    scored,
    unanswered,
    notApplicable,
    gates,
    warnings,
    outcomes,
    suggested,
  };
  if (suggestedIndex > 0) {
    const target = framework.outcomes[suggestedIndex - 1];
    if (target) report.next = pathTo(framework, input, report, target.id);
  }
  return report;
}

/** An answer's value on the scale, or undefined when it does not score (text, unknown choice). */
export function scoreOf(framework: Framework, q: Question, answer: Answer): number | undefined {
  const values = framework.scale.map((s) => s.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  switch (q.kind) {
    case 'scale':
      return typeof answer.value === 'number' && values.includes(answer.value)
        ? answer.value
        : undefined;
    case 'yes-no':
      if (answer.value === 'yes') return q.scores?.yes ?? max;
      if (answer.value === 'no') return q.scores?.no ?? min;
      return undefined;
    case 'choice':
      return q.choices?.find((c) => c.value === answer.value)?.score;
    default:
      return undefined;
  }
}

function cellIds(framework: Framework): { cell: string; row: string; column?: string }[] {
  const columns = framework.axes.columns?.items;
  return framework.axes.rows.items.flatMap((r) =>
    columns
      ? columns.map((c) => ({ cell: `${r.id}/${c.id}`, row: r.id, column: c.id }))
      : [{ cell: r.id, row: r.id }],
  );
}

function cellScores(
  framework: Framework,
  scored: ScoredQuestion[],
  unanswered: string[],
  notApplicable: string[],
): CellScore[] {
  const cellOf = new Map(framework.questions.map((q) => [q.id, q.cell]));
  return cellIds(framework).map(({ cell, row, column }) => {
    const own = scored.filter((s) => s.cell === cell);
    const weight = own.reduce((sum, s) => sum + s.weight, 0);
    const score =
      weight > 0 ? own.reduce((sum, s) => sum + s.score * s.weight, 0) / weight : undefined;
    return {
      cell,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(score !== undefined ? { score } : {}),
      answered: own.length,
      notApplicable: notApplicable.filter((id) => cellOf.get(id) === cell).length,
      unanswered: unanswered.filter((id) => cellOf.get(id) === cell).length,
    };
  });
}

function mean(values: number[]): number | undefined {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

function aggregate(framework: Framework, cells: CellScore[]) {
  const withScore = (list: CellScore[]) =>
    list.flatMap((c) => (c.score !== undefined ? [c.score] : []));
  const axisScore = (id: string, pick: (c: CellScore) => string | undefined): AxisScore => {
    const score = mean(withScore(cells.filter((c) => pick(c) === id)));
    return { id, ...(score !== undefined ? { score } : {}) };
  };
  const rows = framework.axes.rows.items.map((r) => axisScore(r.id, (c) => c.row));
  const columns = (framework.axes.columns?.items ?? []).map((col) =>
    axisScore(col.id, (c) => c.column),
  );
  const all = withScore(cells);
  return {
    rows,
    columns,
    overall: mean(all),
    lowestCell: all.length > 0 ? Math.min(...all) : undefined,
  };
}

function scoreLookup(
  cells: CellScore[],
  rows: AxisScore[],
  columns: AxisScore[],
  overall: number | undefined,
): Map<string, number | undefined> {
  const map = new Map<string, number | undefined>([['overall', overall]]);
  for (const c of cells) map.set(c.cell, c.score);
  for (const a of [...rows, ...columns]) map.set(a.id, a.score);
  return map;
}

interface EvalContext {
  framework: Framework;
  input: ScoringInput;
  scores: Map<string, number | undefined>;
}

/** Kleene logic: true, false, or undefined when an answer it needs is missing. */
function evaluate(c: Condition, ctx: EvalContext): boolean | undefined {
  if ('all' in c) {
    const values = c.all.map((x) => evaluate(x, ctx));
    if (values.includes(false)) return false;
    return values.every((v) => v === true) ? true : undefined;
  }
  if ('any' in c) {
    const values = c.any.map((x) => evaluate(x, ctx));
    if (values.includes(true)) return true;
    return values.every((v) => v === false) ? false : undefined;
  }
  if ('not' in c) {
    const value = evaluate(c.not, ctx);
    return value === undefined ? undefined : !value;
  }
  if ('intake' in c) {
    const value = ctx.input.proposal[c.intake];
    if (value === undefined || value === '') return undefined;
    return compare(value, c);
  }
  if ('question' in c) {
    const answer = ctx.input.answers[c.question];
    const answered =
      answer !== undefined && (answer.value !== undefined || answer.notApplicable !== undefined);
    if (c.unanswered !== undefined) return c.unanswered === !answered;
    if (!answer || !answered) return undefined;
    // A question that does not apply cannot trip a red line; frameworks forbid N/A where it must.
    if (answer.value === undefined) return false;
    const q = ctx.framework.questions.find((x) => x.id === c.question);
    const numeric = q && q.kind !== 'text' ? scoreOf(ctx.framework, q, answer) : undefined;
    return compare(answer.value, c, numeric);
  }
  const score = ctx.scores.get(c.score);
  if (score === undefined) return undefined;
  return (
    (c.atLeast === undefined || score >= c.atLeast) && (c.atMost === undefined || score <= c.atMost)
  );
}

function compare(
  value: string | number | string[],
  c: { equals?: unknown; in?: unknown[]; includes?: string; atLeast?: number; atMost?: number },
  numeric?: number,
): boolean {
  const list = Array.isArray(value) ? value : [value];
  if (c.equals !== undefined && !list.some((v) => v === c.equals)) return false;
  if (c.in !== undefined && !list.some((v) => c.in?.includes(v))) return false;
  if (c.includes !== undefined && !list.includes(c.includes)) return false;
  const n = numeric ?? (typeof value === 'number' ? value : undefined);
  if (c.atLeast !== undefined && (n === undefined || n < c.atLeast)) return false;
  if (c.atMost !== undefined && (n === undefined || n > c.atMost)) return false;
  return true;
}

/** The questions (and intake answers) a condition could not be decided without. */
function undecidedQuestions(c: Condition, ctx: EvalContext): string[] {
  if ('all' in c)
    return [
      ...new Set(
        c.all
          .filter((x) => evaluate(x, ctx) === undefined)
          .flatMap((x) => undecidedQuestions(x, ctx)),
      ),
    ];
  if ('any' in c)
    return [
      ...new Set(
        c.any
          .filter((x) => evaluate(x, ctx) === undefined)
          .flatMap((x) => undecidedQuestions(x, ctx)),
      ),
    ];
  if ('not' in c) return undecidedQuestions(c.not, ctx);
  if (evaluate(c, ctx) !== undefined) return [];
  if ('intake' in c) return [c.intake];
  if ('question' in c) return [c.question];
  return [];
}

function checkOutcomes(
  framework: Framework,
  overall: number | undefined,
  lowestCell: number | undefined,
  gates: GateResult[],
): OutcomeCheck[] {
  return framework.outcomes.map((o, i) => {
    const last = i === framework.outcomes.length - 1;
    const reasons: string[] = [];
    const shortfalls: string[] = [];
    let met = true;
    if (o.minOverall !== undefined) {
      if (overall === undefined) {
        met = false;
        shortfalls.push(
          `No answers are scored yet; ${o.label} needs an overall score of at least ${fmt(o.minOverall)}.`,
        );
      } else if (overall < o.minOverall) {
        met = false;
        shortfalls.push(
          `The overall score ${fmt(overall)} is below the ${fmt(o.minOverall)} that ${o.label} needs.`,
        );
      } else {
        reasons.push(
          `The overall score ${fmt(overall)} meets the ${fmt(o.minOverall)} that ${o.label} needs.`,
        );
      }
    }
    if (o.minCell !== undefined && lowestCell !== undefined) {
      if (lowestCell < o.minCell) {
        met = false;
        shortfalls.push(
          `The lowest cell scores ${fmt(lowestCell)}, below the ${fmt(o.minCell)} every cell needs for ${o.label}.`,
        );
      } else {
        reasons.push(`Every scored cell is at least ${fmt(o.minCell)}, as ${o.label} needs.`);
      }
    }
    if (last && reasons.length === 0 && shortfalls.length === 0)
      reasons.push(`${o.label} is the outcome when no other is reached.`);
    const blockedBy = gates
      .filter((g) => g.state !== 'passed' && g.blocks.includes(o.id))
      .map((g) => g.id);
    for (const g of blockedBy) {
      const gate = gates.find((x) => x.id === g);
      shortfalls.push(
        gate?.state === 'failed'
          ? `Gate ${g} failed, which blocks ${o.label}.`
          : `Gate ${g} cannot be checked until ${gate?.needs.join(', ')} ${gate && gate.needs.length > 1 ? 'are' : 'is'} answered, so it blocks ${o.label}.`,
      );
    }
    return {
      id: o.id,
      thresholdsMet: met,
      blockedBy,
      reasons: [...reasons, ...shortfalls],
      shortfalls,
    };
  });
}

/** A score as the memo and messages show it: two decimals, trailing zeros kept. */
export function fmt(score: number): string {
  return (Math.round(score * 100) / 100).toFixed(2);
}

/**
 * What would reach `target`: the answers that clear its blocking gates, and the fewest
 * answer raises (largest gain first) that lift the scores over its thresholds.
 */
function pathTo(
  framework: Framework,
  input: ScoringInput,
  report: ScoreReport,
  target: string,
): PathToOutcome {
  const outcome = framework.outcomes.find((o) => o.id === target);
  const check = report.outcomes.find((o) => o.id === target);
  const gates = (check?.blockedBy ?? []).map((gateId) => ({
    gate: gateId,
    answers: clearingAnswers(framework, input, gateId),
  }));
  const raises: PathToOutcome['raises'] = [];
  let unreachable = false;
  if (outcome && check && !check.thresholdsMet) {
    const max = Math.max(...framework.scale.map((s) => s.value));
    const answers = { ...input.answers };
    let current = report;
    // Greedy: raise the answer that lifts the failing measure most, one at a time.
    for (let step = 0; step < framework.questions.length; step++) {
      if (thresholdsMet(outcome, current)) break;
      const candidates = current.scored.filter(
        (s) => s.score < max && !raises.some((r) => r.question === s.id),
      );
      let best: { id: string; from: number; gain: number; report: ScoreReport } | undefined;
      for (const s of candidates) {
        const q = framework.questions.find((x) => x.id === s.id);
        const raised = q ? raisedAnswer(framework, q) : undefined;
        if (!raised) continue;
        const trial = scoreWithout(
          { ...input, answers: { ...answers, [s.id]: raised } },
          framework,
        );
        const gain = shortfall(outcome, current) - shortfall(outcome, trial);
        if (gain > 1e-9 && (!best || gain > best.gain + 1e-9))
          best = { id: s.id, from: s.score, gain, report: trial };
      }
      if (!best) break;
      const q = framework.questions.find((x) => x.id === best.id);
      const raised = q ? raisedAnswer(framework, q) : undefined;
      if (!raised) break;
      answers[best.id] = raised;
      raises.push({
        question: best.id,
        from: best.from,
        to: scoreOf(framework, q as Question, raised) ?? max,
      });
      current = best.report;
    }
    unreachable = !thresholdsMet(outcome, current);
  }
  return { outcome: target, gates, raises, unreachable };
}

/** Scores without looking for a path (avoids recursion while searching). */
function scoreWithout(input: ScoringInput, framework: Framework): ScoreReport {
  const { next: _next, ...rest } = scoreReview(
    { ...framework, outcomes: framework.outcomes.slice(-1) },
    input,
  );
  return rest;
}

function raisedAnswer(framework: Framework, q: Question): Answer | undefined {
  const max = Math.max(...framework.scale.map((s) => s.value));
  if (q.kind === 'scale') return { value: max };
  if (q.kind === 'yes-no')
    return (q.scores?.yes ?? max) >= (q.scores?.no ?? 0) ? { value: 'yes' } : { value: 'no' };
  if (q.kind === 'choice') {
    const best = [...(q.choices ?? [])].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
    return best ? { value: best.value } : undefined;
  }
  return undefined;
}

function thresholdsMet(
  outcome: { minOverall?: number; minCell?: number },
  report: ScoreReport,
): boolean {
  return shortfall(outcome, report) <= 1e-9;
}

function shortfall(
  outcome: { minOverall?: number; minCell?: number },
  report: ScoreReport,
): number {
  let gap = 0;
  if (outcome.minOverall !== undefined)
    gap += Math.max(0, outcome.minOverall - (report.overall ?? 0));
  if (outcome.minCell !== undefined) {
    for (const c of report.cells)
      if (c.score !== undefined) gap += Math.max(0, outcome.minCell - c.score);
  }
  return gap;
}

/** Answers to a gate's questions that would make it pass, where a single answer can. */
function clearingAnswers(
  framework: Framework,
  input: ScoringInput,
  gateId: string,
): { question: string; value: number | string }[] {
  const gate = framework.gates?.find((g) => g.id === gateId);
  if (!gate) return [];
  const questionIds = [...new Set(questionsIn(gate.when))];
  const out: { question: string; value: number | string }[] = [];
  for (const id of questionIds) {
    const q = framework.questions.find((x) => x.id === id);
    if (!q) continue;
    const options: (number | string)[] =
      q.kind === 'yes-no'
        ? ['yes', 'no']
        : q.kind === 'choice'
          ? (q.choices ?? []).map((c) => c.value)
          : q.kind === 'scale'
            ? framework.scale.map((s) => s.value).reverse()
            : [];
    for (const value of options) {
      const trial = { ...input, answers: { ...input.answers, [id]: { value } } };
      const result = evaluate(gate.when, { framework, input: trial, scores: new Map() });
      if (result === false) {
        out.push({ question: id, value });
        break;
      }
    }
  }
  return out;
}

function questionsIn(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(questionsIn);
  if ('any' in c) return c.any.flatMap(questionsIn);
  if ('not' in c) return questionsIn(c.not);
  return 'question' in c ? [c.question] : [];
}
