// The memo's contract: what buildMemoView is given, and the view the templates render.
// Templates print fields as they are (no HTML escaping), so every field that can carry user or
// framework text is already escaped for Markdown; the few that are not say why they are safe.
import type { Framework } from '../framework/types.js';
import type { Review, ReviewStatus } from '../review/types.js';
import type { ScoreReport } from '../scoring/types.js';
import type { DecisionOverlap } from '../decisions/overlaps.js';
import type { Language } from '../i18n/language.js';
import type {
  MemoGrid,
  MemoCoverage,
  MemoChart,
  MemoFindingsRow,
  MemoNotApplicable,
  MemoDidNotApply,
} from './memo-view-scores.js';

export type {
  MemoGrid,
  MemoGridRow,
  MemoCoverage,
  MemoChart,
  MemoFindingsRow,
  MemoAnsweredQuestion,
  MemoNote,
  MemoNotApplicable,
  MemoDidNotApply,
} from './memo-view-scores.js';
import type { MemoTeamReview } from './view-team.js';

export type { MemoTeamReview, MemoSpread } from './view-team.js';

/** Labels of other frameworks' items, for the alignment section. */
export interface ReferenceLabels {
  [frameworkId: string]: { title: string; items: Record<string, string> };
}

/** What the memo is built from. */
export interface MemoInput {
  review: Review;
  framework: Framework;
  report: ScoreReport;
  references: ReferenceLabels;
  /** The review's date; the caller supplies today when the review has none. */
  date: string;
  /** Decisions in force in the same category (see findOverlaps); none when not given. */
  overlaps?: readonly DecisionOverlap[];
  /** The language the memo is written in (the framework given is already in it); English when not given. */
  language?: Language;
}

/** The view the memo templates render: logic-free, every piece of user text Markdown-escaped. */
export interface MemoView {
  /** YAML front matter without its `---` fences, serialised by the yaml package (quoted there, not Markdown-escaped). */
  frontMatter: string;
  /** The review's title, escaped (the built-in templates print `heading`). */
  title: string;
  /** `Decision <number>: <title>` when the review id has a number, else the title; escaped. */
  heading: string;
  /** The memo's date (`YYYY-MM-DD`), as the caller gave it in MemoInput. */
  date: string;
  /** The memo's language (`en`, `es`). */
  language: Language;
  /** Dates written out in the memo's language (`December 2, 2026`, `2 de diciembre de 2026`): the memo's, and the review-by date (`''` when not set). */
  dates: { date: string; reviewBy: string };
  /** The status in the memo's language (`proposed`, `propuesta`). */
  statusLabel: string;
  /** The review's status, `proposed` when it has none. */
  status: ReviewStatus;
  /** The id of the decision that superseded this one, escaped; empty when there is none. */
  supersededBy: string;
  /** The status changes `vatl status` recorded, oldest first; empty when there are none. */
  statusHistory: MemoStatusChange[];
  /** The framework the review was answered against. */
  framework: MemoFramework;
  /** The outcome the team decided, or undefined when no decision is recorded yet. */
  outcome: MemoOutcome | undefined;
  /** The outcome the scores and gates suggest, and whether the decision follows it. */
  suggested: MemoSuggestion;
  /** Why the suggested outcome was reached, escaped, one bullet each. */
  reasons: string[];
  /** Why each more favourable outcome was not reached (shortfalls, gates), escaped, one bullet each. */
  blockedAbove: string[];
  /** The decision's rationale as escaped paragraphs; empty when there is none. */
  rationale: string[];
  /** What would move the suggestion one outcome up, or undefined when nothing would. */
  next: MemoNext | undefined;
  /** Unanswered question ids, each in backticks, joined with `, `; empty when all are answered. */
  unanswered: string;
  /** Adopted or adapted decisions in the proposal's category, by id; empty when none. */
  overlaps: MemoOverlap[];
  /** The proposal: its intake answers and summary. */
  proposal: MemoProposal;
  /** Who took part in the decision. */
  team: MemoTeam;
  /** The merged reviews of a team review (`vatl merge`), or undefined for one reviewer's. */
  teamReview: MemoTeamReview | undefined;
  /** The score table. */
  grid: MemoGrid;
  /** Answered share per axis item, or undefined when no outcome sets `minCoverage`. */
  coverage: MemoCoverage | undefined;
  /** The Mermaid bar chart of cell scores, or undefined when no cell has a score. */
  chart: MemoChart | undefined;
  /** One section per row item (area), with the answers to its applicable questions. */
  findings: MemoFindingsRow[];
  /** Questions answered not applicable, with the reviewer's reason. */
  notApplicable: MemoNotApplicable[];
  /** Questions the proposal's intake ruled out, grouped by the intake answers that did it. */
  didNotApply: MemoDidNotApply[];
  /** Every gate of the framework, in framework order, with its result. */
  gates: MemoGate[];
  /** The gates that did not pass (failed or unresolved), same shape as `gates`. */
  failedGates: MemoGate[];
  /** The warnings the review raised. */
  warnings: MemoWarning[];
  /** The decision's conditions. */
  conditions: MemoCondition[];
  /** Items of other frameworks the answered questions reference, by framework title. */
  alignment: MemoAlignment[];
  /** The decision's review-by date (`YYYY-MM-DD`, schema-checked), or `''` when not set. */
  reviewBy: string;
  /** The framework's suggested review interval in months, or 0 when it suggests none. */
  reviewInterval: number;
  /** The decision's sign-off lines. */
  signoff: MemoSignoff[];
}

/** The framework, as the memo names it. */
export interface MemoFramework {
  /** The framework's title, escaped. */
  title: string;
  /** `<id>@<version>` (schema-checked id and semver, safe as is). */
  ref: string;
  /** `<publisher>, <title> (<version>)` of the source it paraphrases, escaped; `''` for a district's own rubric. */
  source: string;
  /** Who wrote and keeps the rubric (the framework's `owner`), escaped, or `''` when not given. */
  owner: string;
}

/** One status change; `by` and `note` are escaped, empty when absent. */
export interface MemoStatusChange {
  status: ReviewStatus;
  /** The status in the memo's language. */
  statusLabel: string;
  date: string;
  /** The date written out in the memo's language. */
  dateText: string;
  by: string;
  note: string;
}

/** The decided outcome. */
export interface MemoOutcome {
  /** The outcome's label, escaped. */
  label: string;
  /** The first sentence of the outcome's description, escaped. */
  description: string;
}

/** The suggested outcome. */
export interface MemoSuggestion {
  /** The suggested outcome's label, escaped. */
  label: string;
  /** True when no decision is recorded or the decision is the suggested outcome. */
  sameAsDecision: boolean;
}

/** What would change the suggestion. */
export interface MemoNext {
  /** The label of the next more favourable outcome, escaped. */
  label: string;
  /** The steps that would reach it, escaped sentences, one bullet each. */
  steps: string[];
}

/** A decision in force in the same category as this proposal. */
export interface MemoOverlap {
  /** The decision's id (schema-checked `a-z0-9-`, safe as is). */
  id: string;
  /** Its title, escaped. */
  title: string;
  /** Its outcome's label in this review's framework (the id when it has none), escaped. */
  outcome: string;
}

/** The proposal section. */
export interface MemoProposal {
  /** One table row per intake answer given (and `Name` first when the framework asks none). */
  rows: MemoIntakeRow[];
  /** The proposal's summary as escaped paragraphs; empty when there is none. */
  summary: string[];
}

/** One intake answer. */
export interface MemoIntakeRow {
  /** The intake question's `label`, else its prompt shortened (`Student data`), escaped. */
  label: string;
  /** The answer: choice labels, `Yes`/`No`, or the text given; escaped. */
  value: string;
}

/** The decision team. */
export interface MemoTeam {
  /** The team structure's label (`Co-designed`), a fixed word from TEAM_STRUCTURES. */
  structure: string;
  /** What the structure means, completing "<label>: …"; a fixed sentence from TEAM_STRUCTURES. */
  structureDescription: string;
  /** The team's members. */
  members: MemoPerson[];
  /** The stakeholder groups consulted. */
  consulted: MemoConsulted[];
}

/** A team member. */
export interface MemoPerson {
  /** The member's name, escaped. */
  name: string;
  /** The member's role, escaped. */
  role: string;
}

/** A stakeholder group consulted. */
export interface MemoConsulted {
  /** The group, escaped. */
  group: string;
  /** How it was consulted, escaped, or `''` when not said. */
  how: string;
}

export interface MemoGate {
  /** The gate's title, escaped. */
  title: string;
  /** `Floor` or `Red line`. */
  kind: string;
  /** `Passed`, `Does not apply`, `**Failed**` or `**Unresolved** (needs …)`: Markdown, ready to print. */
  state: string;
  /** The labels of the outcomes it blocks when failed or unresolved, escaped: `Adopt and Adapt`. */
  blocks: string;
  /** Why the gate matters, escaped. */
  why: string;
  /** True unless the gate passed. */
  failed: boolean;
  /** How to clear the gate, escaped, or `''` when the framework says none. */
  remedy: string;
}

/** A warning the review raised. */
export interface MemoWarning {
  /** The warning's title, escaped. */
  title: string;
  /** Why it matters, escaped. */
  why: string;
}

/** A condition of the decision. */
export interface MemoCondition {
  /** What must be done, escaped. */
  text: string;
  /** Who owns it, escaped. */
  owner: string;
  /** When it is due (`YYYY-MM-DD`, schema-checked). */
  due: string;
  /** The due date written out in the memo's language. */
  dueText: string;
}

/** Another framework's items that the answered questions reference. */
export interface MemoAlignment {
  /** The other framework's title (or its id when not installed), escaped. */
  title: string;
  /** Its referenced items, in natural id order. */
  items: MemoAlignmentItem[];
}

/** One referenced item of another framework. */
export interface MemoAlignmentItem {
  /** The item's id (schema-checked `a-z0-9-`, safe as is). */
  id: string;
  /** The item's label, escaped, or `''` when the framework is not installed. */
  label: string;
  /** The answered question ids that reference it, each in backticks, joined with `, `. */
  questions: string;
}

/** A sign-off line. */
export interface MemoSignoff {
  /** The signer's name, escaped. */
  name: string;
  /** The signer's role, escaped. */
  role: string;
  /** The sign-off date (`YYYY-MM-DD`, schema-checked), or `''` when not signed yet. */
  date: string;
  /** The sign-off date written out in the memo's language, or `''`. */
  dateText: string;
}
