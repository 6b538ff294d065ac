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
  /** Weighted mean of the cell's answered questions, rounded to two decimals; undefined when none is answered. */
  score?: number;
  answered: number;
  notApplicable: number;
  unanswered: number;
}

export interface AxisScore {
  id: string;
  /** Mean of the (unrounded) scores of this item's cells that have one, rounded to two decimals. */
  score?: number;
}

/** How much of a row or column item's applicable scored weight was answered. */
export interface AxisCoverage {
  axis: 'rows' | 'columns';
  id: string;
  /** Weight of its applicable scored questions answered with a value. */
  answered: number;
  /** Weight of its applicable scored questions. */
  applicable: number;
  /** answered ÷ applicable, rounded to two decimals; 0 when nothing applies. */
  share: number;
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
  /** Whether its thresholds are met (ignoring gates): scores and coverage. */
  thresholdsMet: boolean;
  /** Whether every row and column item meets its `minCoverage` (true when it has none). */
  coverageMet: boolean;
  /** Gates (failed or unresolved) that block it. */
  blockedBy: string[];
  /** Why it is or is not reached, one short sentence each. */
  reasons: string[];
  /** The reasons that keep it from being suggested (unmet thresholds, blocking gates). */
  shortfalls: string[];
  /** Of those, the ones about scores and coverage, without the gates. */
  scoreShortfalls: string[];
}

/** One way to reach the next more favourable outcome. */
export interface PathToOutcome {
  outcome: string;
  /** Gates to clear: the gate id and the answers that would clear it. */
  gates: { gate: string; answers: { question: string; value: number | string }[] }[];
  /** Raising these answers (lowest-cost first) would meet the thresholds. */
  raises: { question: string; from: number; to: number }[];
  /** Row and column items answered too thinly for it: answer their N/A or missing questions. */
  coverage: AxisCoverage[];
  /** True when no change of answers within the scale can meet the score thresholds. */
  unreachable: boolean;
}

export interface ScoreReport {
  cells: CellScore[];
  rows: AxisScore[];
  columns: AxisScore[];
  /** Mean of the cells' unrounded scores, rounded to two decimals. */
  overall?: number;
  /** Lowest (rounded) cell score among cells that have one. */
  lowestCell?: number;
  scored: ScoredQuestion[];
  /** Applicable questions with no answer at all (not the same as not applicable). */
  unanswered: string[];
  /** Applicable questions answered not applicable. */
  notApplicable: string[];
  /** Questions the framework's `when` leaves out for this proposal: not asked, not scored. */
  doesNotApply: string[];
  coverage: AxisCoverage[];
  gates: GateResult[];
  warnings: WarningResult[];
  outcomes: OutcomeCheck[];
  /** The first outcome whose thresholds are met and that no gate blocks. */
  suggested: string;
  /** How the review could reach the outcome just above the suggested one, if any. */
  next?: PathToOutcome;
}
