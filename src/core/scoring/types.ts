/** What scoring a review against its framework gives. All of it is plain data. */

export interface ScoredQuestion {
  id: string;
  cell: string;
  weight: number;
  /** The answer's value on the framework's scale. */
  score: number;
}

export interface CellScore {
  /** `row/column`, or `row` in a one-axis framework. */
  cell: string;
  row: string;
  column?: string;
  /** Weighted mean of the cell's answered questions; undefined when none is answered. */
  score?: number;
  answered: number;
  notApplicable: number;
  unanswered: number;
}

export interface AxisScore {
  id: string;
  /** Mean of the scores of this item's cells that have one. */
  score?: number;
}

export type GateState = 'passed' | 'failed' | 'unresolved';

export interface GateResult {
  id: string;
  state: GateState;
  /** Outcome ids this gate blocks when failed or unresolved. */
  blocks: string[];
  /** For an unresolved gate: the questions whose answers it needs. */
  needs: string[];
}

export interface WarningResult {
  id: string;
}

export interface OutcomeCheck {
  id: string;
  /** Whether its thresholds are met (ignoring gates). */
  thresholdsMet: boolean;
  /** Gates (failed or unresolved) that block it. */
  blockedBy: string[];
  /** Why it is or is not reached, one short sentence each. */
  reasons: string[];
  /** The reasons that keep it from being suggested (unmet thresholds, blocking gates). */
  shortfalls: string[];
}

/** One way to reach the next more favourable outcome. */
export interface PathToOutcome {
  outcome: string;
  /** Gates to clear: the gate id and the answers that would clear it. */
  gates: { gate: string; answers: { question: string; value: number | string }[] }[];
  /** Raising these answers (lowest-cost first) would meet the thresholds. */
  raises: { question: string; from: number; to: number }[];
  /** True when no change of answers within the scale can meet the thresholds. */
  unreachable: boolean;
}

export interface ScoreReport {
  cells: CellScore[];
  rows: AxisScore[];
  columns: AxisScore[];
  overall?: number;
  /** Lowest cell score among cells that have one. */
  lowestCell?: number;
  scored: ScoredQuestion[];
  /** Questions with no answer at all (not the same as not applicable). */
  unanswered: string[];
  notApplicable: string[];
  gates: GateResult[];
  warnings: WarningResult[];
  outcomes: OutcomeCheck[];
  /** The first outcome whose thresholds are met and that no gate blocks. */
  suggested: string;
  /** How the review could reach the outcome just above the suggested one, if any. */
  next?: PathToOutcome;
}
