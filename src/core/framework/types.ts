/**
 * The shape of a framework file once it has passed the JSON Schema.
 * `frameworks/schema/framework.schema.json` is the contract; these types mirror it.
 */

export interface FrameworkSource {
  title: string;
  publisher: string;
  version: string;
  url?: string;
  note?: string;
}

export interface ScaleLevel {
  value: number;
  label: string;
  description: string;
}

export interface AxisItem {
  id: string;
  label: string;
  /** A short label for narrow tables; defaults to `label`. */
  short?: string;
  description: string;
}

export interface Axis {
  id: string;
  label: string;
  items: AxisItem[];
}

export interface Concept {
  id: string;
  group: string;
  label: string;
  description: string;
}

export interface Choice {
  value: string;
  label: string;
  description?: string;
  score?: number;
}

export type IntakeKind = 'text' | 'number' | 'yes-no' | 'choice' | 'multi-choice';

export interface IntakeQuestion {
  id: string;
  prompt: string;
  help?: string;
  kind: IntakeKind;
  required?: boolean;
  choices?: Choice[];
  /** When it applies, over earlier intake answers; one that does not apply is not asked. */
  when?: Condition;
}

export type QuestionKind = 'scale' | 'yes-no' | 'choice' | 'text';

export interface Question {
  id: string;
  /** `row` or `row/column`. */
  cell: string;
  prompt: string;
  help: string;
  kind: QuestionKind;
  weight?: number;
  levels?: Record<string, string>;
  choices?: Choice[];
  scores?: { yes: number; no: number };
  scored?: boolean;
  evidence?: 'required' | 'optional';
  evidencePrompt?: string;
  notApplicable?: boolean;
  /** When it applies, over intake answers; one that does not apply is not asked or scored. */
  when?: Condition;
  /** framework id → ids of its axis items, questions or concepts. */
  refs?: Record<string, string[]>;
}

export type ConditionValue = string | number | boolean;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { intake: string; equals?: ConditionValue; in?: ConditionValue[]; includes?: string }
  | {
      question: string;
      equals?: ConditionValue;
      in?: ConditionValue[];
      atMost?: number;
      atLeast?: number;
      unanswered?: boolean;
    }
  | { score: string; atMost?: number; atLeast?: number };

export type GateKind = 'red-line' | 'floor';

export interface Gate {
  id: string;
  /** `red-line` (default): a condition that must not hold; `floor`: a minimum on a scored answer. */
  kind?: GateKind;
  title: string;
  why: string;
  remedy?: string;
  when: Condition;
  blocks?: string[];
}

export interface Warning {
  id: string;
  title: string;
  why: string;
  when: Condition;
}

export interface Outcome {
  id: string;
  label: string;
  description: string;
  minOverall?: number;
  minCell?: number;
  /** Share of applicable scored weight every row and column item must have answered (0–1]. */
  minCoverage?: number;
}

/** A contradiction in the proposal's intake answers. */
export interface IntakeCheck {
  id: string;
  severity: 'error' | 'warning';
  title: string;
  why: string;
  when: Condition;
}

export interface Framework {
  id: string;
  version: string;
  title: string;
  summary?: string;
  source: FrameworkSource;
  scale: ScaleLevel[];
  axes: { rows: Axis; columns?: Axis };
  concepts?: Concept[];
  intake?: IntakeQuestion[];
  intakeChecks?: IntakeCheck[];
  questions: Question[];
  gates?: Gate[];
  warnings?: Warning[];
  outcomes: Outcome[];
  review?: { intervalMonths?: number };
}
