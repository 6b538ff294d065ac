/**
 * The words `vatl frameworks list` and `vatl frameworks show` put around a framework's own
 * strings (headings, tags, conditions), in English; frameworks-text.es.ts has the Spanish. The
 * framework's strings come from the framework, in the language asked for (its strings file).
 */
import { plural } from '../formats/stylish.js';
import type { Language } from '../../core/i18n/language.js';
import { FRAMEWORKS_TEXT_ES } from './frameworks-text.es.js';

/** A value in a condition, with what the framework says of it: a yes-no answer, or a choice's label. */
export interface ConditionValue {
  raw: string;
  yesNo?: boolean;
  label?: string;
}

export interface FrameworksText {
  listHeadings: {
    id: string;
    version: string;
    questions: string;
    languages: string;
    title: string;
  };
  isDefault: string;
  /** `vatl frameworks show` with an id no installed framework has. */
  noFramework: (idOrPath: string) => string;
  source: (publisher: string, title: string, version: string) => string;
  ownRubric: (owner?: string) => string;
  scale: string;
  grid: (rows: string, columns: string) => string;
  oneAxis: (rows: string) => string;
  questionsColumn: string;
  total: string;
  intake: (n: number) => string;
  required: string;
  onlyWhen: (condition: string) => string;
  intakeChecks: (n: number) => string;
  when: (condition: string) => string;
  questions: (n: number) => string;
  tags: {
    kind: Record<string, string>;
    weight: (w: number) => string;
    evidenceRequired: string;
    notScored: string;
    noNotApplicable: string;
  };
  gates: (n: number) => string;
  gateKind: Record<string, string>;
  blocks: (kind: string, outcomes: string) => string;
  warnings: (n: number) => string;
  outcomes: string;
  overallAtLeast: (n: number) => string;
  everyCellAtLeast: (n: number) => string;
  coverage: (percent: string) => string;
  otherwise: string;
  reReview: (months: number) => string;
  condition: {
    /** A value a condition compares with: as the file writes it, or as the reader says it. */
    value: (value: ConditionValue) => string;
    is: (value: string) => string;
    isOneOf: (values: string) => string;
    includes: (value: string) => string;
    score: (subject: string) => string;
    unanswered: string;
    answered: string;
    and: string;
    or: string;
    not: (inner: string) => string;
  };
}

const FRAMEWORKS_TEXT_EN: FrameworksText = {
  listHeadings: {
    id: 'ID',
    version: 'VERSION',
    questions: 'QUESTIONS',
    languages: 'LANGUAGES',
    title: 'TITLE',
  },
  isDefault: '(default)',
  noFramework: (idOrPath) => `there is no framework \`${idOrPath}\`.`,
  source: (publisher, title, version) => `Source: ${publisher} — ${title} (${version})`,
  ownRubric: (owner) => `A rubric of its own${owner ? `, by ${owner}` : ''}`,
  scale: 'Scale',
  grid: (rows, columns) => `Grid: ${rows} × ${columns} (scored questions per cell)`,
  oneAxis: (rows) => `${rows}s (scored questions in each)`,
  questionsColumn: 'Questions',
  total: 'Total',
  intake: (n) => `Intake (${plural(n, 'question')} about the proposal)`,
  required: ', required',
  onlyWhen: (c) => `only when ${c}`,
  intakeChecks: (n) => `Intake checks (${n}) — answers that contradict each other`,
  when: (c) => `when ${c}`,
  questions: (n) => `Questions (${n})`,
  tags: {
    kind: {},
    weight: (w) => `weight ${w}`,
    evidenceRequired: 'evidence required',
    notScored: 'not scored',
    noNotApplicable: 'no N/A',
  },
  gates: (n) => `Gates (${n}) — red lines and floors that block an outcome whatever the score`,
  gateKind: {},
  blocks: (kind, outcomes) => `(${kind}; blocks ${outcomes})`,
  warnings: (n) => `Warnings (${n})`,
  outcomes: 'Outcomes (the first whose thresholds are met, unless a gate blocks it)',
  overallAtLeast: (n) => `overall ≥ ${n}`,
  everyCellAtLeast: (n) => `every cell ≥ ${n}`,
  coverage: (p) => `${p} of each item answered`,
  otherwise: 'otherwise',
  reReview: (months) => `Re-review every ${plural(months, 'month')} after a decision.`,
  condition: {
    value: (v) => v.raw,
    is: (v) => `is ${v}`,
    isOneOf: (v) => `is one of ${v}`,
    includes: (v) => `includes ${v}`,
    score: (s) => `${s} score`,
    unanswered: 'is unanswered',
    answered: 'is answered',
    and: 'and',
    or: 'or',
    not: (inner) => `not (${inner})`,
  },
};

export const FRAMEWORKS_TEXT: Readonly<Record<Language, FrameworksText>> = {
  en: FRAMEWORKS_TEXT_EN,
  es: FRAMEWORKS_TEXT_ES,
};
