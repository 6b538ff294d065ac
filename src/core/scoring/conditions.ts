import { scoreOf } from '../framework/question-kinds.js';
import type { Condition, Framework, IntakeQuestion, Question } from '../framework/types.js';
import type { Answer, ProposalValue } from '../review/types.js';

/** Intake answers keyed by intake id, as a review or a draft holds them. */
export type IntakeAnswers = Readonly<Record<string, ProposalValue | undefined>>;

/** The inputs conditions and scoring read: intake answers and question answers. */
export interface ScoringInput {
  proposal: IntakeAnswers;
  answers: Readonly<Record<string, Answer>>;
}

/** What a condition is evaluated against. `scores` is empty where scores are not known yet. */
export interface EvalContext {
  framework: Framework;
  input: ScoringInput;
  scores: ReadonlyMap<string, number | undefined>;
  /** Ids of the questions that apply to this proposal. */
  applies: ReadonlySet<string>;
}

const NO_SCORES: ReadonlyMap<string, number | undefined> = new Map();

/** Whether an answer carries a value or a not-applicable reason. */
export function isAnswered(answer: Answer | undefined): answer is Answer {
  return answer !== undefined && (answer.value !== undefined || answer.notApplicable !== undefined);
}

/**
 * Whether a question or intake question applies to this proposal. It applies unless its `when`
 * is known to be false: when an intake answer the condition needs is missing, it applies, so
 * leaving the intake out can never switch a question off.
 */
export function applies(
  q: Pick<Question | IntakeQuestion, 'when'>,
  framework: Framework,
  input: { proposal: IntakeAnswers },
): boolean {
  if (!q.when) return true;
  return (
    evaluate(q.when, {
      framework,
      input: { proposal: input.proposal, answers: {} },
      scores: NO_SCORES,
      applies: new Set(),
    }) !== false
  );
}

/** The ids of the framework's questions that apply to this proposal. */
export function applicableQuestions(
  framework: Framework,
  input: { proposal: IntakeAnswers },
): Set<string> {
  return new Set(framework.questions.filter((q) => applies(q, framework, input)).map((q) => q.id));
}

/**
 * Evaluates a condition with Kleene's three-valued logic: true, false, or undefined when an
 * answer it reads is missing.
 *
 * - An `intake:` leaf reads the raw intake answer; a missing one is unknown.
 * - A `question:` leaf on a question that does not apply is false: the situation it asks about
 *   does not exist. An unanswered question is unknown, and so is one answered not applicable,
 *   so a reviewer's N/A can never pass a gate.
 * - A `score:` leaf is unknown while that score is.
 */
export function evaluate(c: Condition, ctx: EvalContext): boolean | undefined {
  if ('all' in c) {
    let unknown = false;
    for (const x of c.all) {
      const v = evaluate(x, ctx);
      if (v === false) return false;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in c) {
    let unknown = false;
    for (const x of c.any) {
      const v = evaluate(x, ctx);
      if (v === true) return true;
      if (v === undefined) unknown = true;
    }
    return unknown ? undefined : false;
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
    if (!ctx.applies.has(c.question)) return false;
    const answer = ctx.input.answers[c.question];
    if (c.unanswered !== undefined) return c.unanswered === !isAnswered(answer);
    if (!isAnswered(answer) || answer.value === undefined) return undefined;
    const q = ctx.framework.questions.find((x) => x.id === c.question);
    const numeric = q ? scoreOf(ctx.framework, q, answer) : undefined;
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

/** The questions and intake answers a condition could not be decided without. */
export function undecided(c: Condition, ctx: EvalContext): string[] {
  if (evaluate(c, ctx) !== undefined) return [];
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    return [...new Set(parts.flatMap((x) => undecided(x, ctx)))];
  }
  if ('not' in c) return undecided(c.not, ctx);
  if ('intake' in c) return [c.intake];
  if ('question' in c) return [c.question];
  return [];
}

/** Every leaf of a condition, depth first. */
export function leaves(
  c: Condition,
): Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

/** The question ids a condition reads. */
export function questionsIn(c: Condition): string[] {
  return leaves(c).flatMap((l) => ('question' in l ? [l.question] : []));
}

/** The intake ids a condition reads. */
export function intakeIn(c: Condition): string[] {
  return leaves(c).flatMap((l) => ('intake' in l ? [l.intake] : []));
}

/**
 * The intake ids whose answers make an applicability condition false: for `all`, the parts that
 * are false; for `any`, every part; inside `not`, the parts that are true. The memo names only
 * these when it says why a question did not apply.
 */
export function rulingOut(c: Condition, framework: Framework, proposal: IntakeAnswers): string[] {
  const ctx: EvalContext = {
    framework,
    input: { proposal, answers: {} },
    scores: new Map(),
    applies: new Set(),
  };
  const walk = (x: Condition, want: boolean): string[] => {
    if (evaluate(x, ctx) !== want) return [];
    if ('all' in x)
      return want ? x.all.flatMap((y) => walk(y, true)) : x.all.flatMap((y) => walk(y, false));
    if ('any' in x)
      return want ? x.any.flatMap((y) => walk(y, true)) : x.any.flatMap((y) => walk(y, false));
    if ('not' in x) return walk(x.not, !want);
    return 'intake' in x ? [x.intake] : [];
  };
  return walk(c, false);
}
