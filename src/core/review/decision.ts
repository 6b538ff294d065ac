import type { Framework } from '../framework/types.js';
import { INPUT_TEXT } from './input-text.js';
import type { ScoreReport } from '../scoring/types.js';
import { isCalendarDate } from '../dates.js';
import type { Decision } from './types.js';

/** How long after a decision it is reviewed again when the framework does not say. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** An outcome as the decision offers it: whether the review suggests it, and what blocks it. */
export interface OutcomeOption {
  id: string;
  label: string;
  description: string;
  suggested: boolean;
  /** The gates (failed or unresolved) that rule it out; empty when it can be chosen. */
  blockedBy: string[];
}

/** An outcome's label, or its id when the framework has no such outcome. */
export function outcomeLabel(framework: Framework, id: string): string {
  return framework.outcomes.find((o) => o.id === id)?.label ?? id;
}

/** Every outcome of the framework, most favourable first, as the scores leave it. */
export function outcomeOptions(framework: Framework, report: ScoreReport): OutcomeOption[] {
  return framework.outcomes.map((o) => ({
    id: o.id,
    label: o.label,
    description: o.description,
    suggested: o.id === report.suggested,
    blockedBy: report.outcomes.find((x) => x.id === o.id)?.blockedBy ?? [],
  }));
}

/** A decision other than the suggested outcome must say why. */
export function needsRationale(outcome: string, suggested: string): boolean {
  return outcome !== suggested;
}

/**
 * Whether an outcome usually comes with conditions: every one but the last, the fallback
 * (Abandon), which sets nothing to do.
 */
export function expectsConditions(framework: Framework, outcome: string): boolean {
  return outcome !== framework.outcomes[framework.outcomes.length - 1]?.id;
}

/** Why a typed due or review-by date will not do, or undefined: a real date, today or later. */
export function dueDateProblem(typed: string, today: string): string | undefined {
  const date = typed.trim();
  return isCalendarDate(date) && date >= today
    ? undefined
    : INPUT_TEXT['input.date']({ today }).message;
}

/** Months until a decision under this framework is reviewed again. */
export function reviewIntervalMonths(framework: Framework): number {
  return framework.review?.intervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
}

/** What the decision prompts collect, as typed. */
export interface DecisionAnswers {
  outcome: string;
  rationale: string;
  conditions: readonly { text: string; owner: string; due: string }[];
  reviewBy: string;
  /** Who signs the decision off; none when skipped. */
  signoff?: readonly { name: string; role: string }[];
}

/**
 * The decision step's answers so far, saved as each one is given: a stop (Ctrl-C) loses
 * none, and asking again offers each as the default.
 */
export interface DecisionProgress {
  outcome?: string;
  rationale?: string;
  /** Conditions given so far; `owner` and `due` are unset while they are being asked. */
  conditions: { text: string; owner?: string; due?: string }[];
  reviewBy?: string;
  /** Who signs off, as given so far; `role` unset while it is being asked. */
  signoff: { name: string; role?: string }[];
}

/** The decision step's starting point: answers saved so far, else the decision recorded, else nothing. */
export function decisionProgressFrom(
  progress: DecisionProgress | undefined,
  decision: Decision | undefined,
): DecisionProgress {
  if (progress) return progress;
  if (!decision) return { conditions: [], signoff: [] };
  return {
    outcome: decision.outcome,
    ...(decision.rationale ? { rationale: decision.rationale } : {}),
    conditions: (decision.conditions ?? []).map((c) => ({ ...c })),
    ...(decision.reviewBy ? { reviewBy: decision.reviewBy } : {}),
    signoff: (decision.signoff ?? []).map((p) => ({ name: p.name, role: p.role })),
  };
}

/**
 * The decision from what was typed: surrounding spaces dropped, an empty rationale and an
 * empty list of conditions left out, conditions with no text skipped.
 */
export function buildDecision(answers: DecisionAnswers): Decision {
  const decision: Decision = { outcome: answers.outcome };
  const rationale = answers.rationale.trim();
  if (rationale) decision.rationale = rationale;
  const conditions = answers.conditions
    .map((c) => ({ text: c.text.trim(), owner: c.owner.trim(), due: c.due.trim() }))
    .filter((c) => c.text !== '');
  if (conditions.length > 0) decision.conditions = conditions;
  decision.reviewBy = answers.reviewBy.trim();
  const signoff = (answers.signoff ?? [])
    .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
    .filter((p) => p.name !== '' && p.role !== '');
  if (signoff.length > 0) decision.signoff = signoff;
  return decision;
}
