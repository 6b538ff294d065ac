// The messages and hints of the framework rules (rules/*, question-kinds.ts, the cross-reference
// check and the registry), in English; framework-text.es.ts says them in Spanish. Parameters are
// plain data (ids, values, the framework's own labels), never sentences.
import type { Said } from '../i18n/said.js';

import { expectedText } from './expected-text.js';
import type { Expected } from './expected-text.js';

export type { Expected } from './expected-text.js';

/** The kinds of id a framework keeps unique, each in its own namespace. */
export type IdKind =
  | 'axis item'
  | 'concept'
  | 'intake question'
  | 'question'
  | 'gate'
  | 'warning'
  | 'outcome'
  | 'intake check';

/** Whose condition an applicability rule is about: a question's or intake question's `when`, or an intake check. */
export type ConditionOwner = { owner: 'question' | 'intake' | 'intake-check'; ownerId: string };

export function ownerText({ owner, ownerId }: ConditionOwner): string {
  return owner === 'question'
    ? `The \`when\` of question \`${ownerId}\``
    : owner === 'intake'
      ? `The \`when\` of intake question \`${ownerId}\``
      : `Intake check \`${ownerId}\``;
}

/** A kind-specific field of a question. */
export type FieldName = 'choices' | 'scores' | 'levels';

const FIELD_WORDS: Record<FieldName, string> = {
  choices: 'has choices',
  scores: 'has yes/no scores',
  levels: 'describes scale levels',
};

type Id = { id: string };
type Range = { min: number; max: number };
type Known = { known: readonly string[] };
/** A near miss of a name, when there is one, and the names there are. */
type Suggest = { suggestion?: string; installed: readonly string[] };

export const didYouMeanText = (suggestion: string | undefined): string =>
  suggestion ? `Did you mean \`${suggestion}\`? ` : '';

export const FRAMEWORK_TEXT = {
  // ids.ts
  'framework.duplicate-id': (p: Id & { kind: IdKind; first: string }) => ({
    message: `The ${p.kind} id \`${p.id}\` is used twice (first at ${p.first}).`,
    hint: 'Ids must be unique so reviews and scores can name them.',
  }),
  'framework.duplicate-choice': (p: Id & { value: string }) => ({
    message: `The choice \`${p.value}\` appears twice in \`${p.id}\`.`,
  }),
  'framework.unknown-ref': (p: Id & { ref: string; framework: string }) => ({
    message: `Question \`${p.id}\` refers to \`${p.ref}\`, which ${p.framework} does not define.`,
  }),
  // grid.ts
  'framework.scale-order': (p: { value: number; previous: number }) => ({
    message: `Scale value ${p.value} must be greater than the one before it (${p.previous}).`,
    hint: 'List the scale from the lowest level to the highest, each value once.',
  }),
  'framework.malformed-cell': (p: Id & { cell: string }) => ({
    message: `Question \`${p.id}\` has a malformed cell \`${p.cell}\`.`,
  }),
  'framework.unknown-row': (p: Id & Known & { label: string; row: string }) => ({
    message: `Question \`${p.id}\` names ${p.label.toLowerCase()} \`${p.row}\`, which is not in axes.rows.`,
    hint: `Known: ${p.known.join(', ')}.`,
  }),
  'framework.cell-needs-column': (p: Id & Known & { row: string; axis: string }) => ({
    message: `Question \`${p.id}\` must name a cell as \`${p.row}/<${p.axis}>\`.`,
    hint: `Known: ${p.known.join(', ')}.`,
  }),
  'framework.unknown-column': (p: Id & Known & { label: string; column: string }) => ({
    message: `Question \`${p.id}\` names ${p.label.toLowerCase()} \`${p.column}\`, which is not in axes.columns.`,
    hint: `Known: ${p.known.join(', ')}.`,
  }),
  'framework.no-columns': (p: Id) => ({
    message: `Question \`${p.id}\` names a column, but this framework has no axes.columns.`,
  }),
  'framework.uncovered-cell': (p: { cell: string }) => ({
    message: `The cell \`${p.cell}\` has no scored question.`,
    hint: 'Add at least one scale, yes-no or choice question with this cell.',
  }),
  'framework.conditional-cell': (p: { cell: string }) => ({
    message: `Every scored question in the cell \`${p.cell}\` has a \`when\`, so some proposals get no score there.`,
    hint: 'Give the cell at least one scored question that applies to every proposal.',
  }),
  // outcomes.ts
  'framework.fallback-threshold': (p: Id & { key: string }) => ({
    message: `The last outcome \`${p.id}\` is the fallback and must not have \`${p.key}\`.`,
    hint: 'Move it to an earlier outcome or remove it.',
  }),
  'framework.no-threshold': (p: Id) => ({
    message: `Outcome \`${p.id}\` has no threshold, so the outcomes after it can never be suggested.`,
    hint: 'Give it `minOverall` (and optionally `minCell`), or make it the last outcome.',
  }),
  'framework.threshold-range': (p: Id & Range & { key: string; value: number }) => ({
    message: `\`${p.key}\` ${p.value} of \`${p.id}\` is outside the scale ${p.min}–${p.max}.`,
  }),
  'framework.threshold-order': (p: Id & { value: number; previous: number }) => ({
    message: `Outcome \`${p.id}\` needs ${p.value} overall, more than the outcome before it (${p.previous}); outcomes go from most to least favourable.`,
  }),
  'framework.gate-allows-not-applicable': (p: Id & { gate: string }) => ({
    message: `Gate \`${p.gate}\` reads \`${p.id}\`, which allows a not-applicable answer; an N/A would leave the gate unresolved.`,
    hint: 'Add `notApplicable: false` to the question, and a `when:` if it only applies to some proposals.',
  }),
  // conditions.ts
  'framework.condition-value': (p: Id & Expected & { value: string }) => ({
    message: `\`${p.value}\` can never be an answer to \`${p.id}\`: it expects ${expectedText(p)}.`,
  }),
  'framework.unknown-intake': (p: Id) => ({
    message: `The condition names intake question \`${p.id}\`, which this framework does not have.`,
  }),
  'framework.unknown-question': (p: Id) => ({
    message: `The condition names question \`${p.id}\`, which this framework does not have.`,
  }),
  'framework.unknown-score': (p: { score: string }) => ({
    message: `The condition names score \`${p.score}\`; scores are \`overall\`, an axis item id, or a \`row/column\` cell.`,
  }),
  'framework.blocks-unknown-outcome': (p: {
    gate: string;
    outcome: string;
    outcomes: readonly string[];
  }) => ({
    message: `Gate \`${p.gate}\` blocks outcome \`${p.outcome}\`, which this framework does not have.`,
    hint: `Outcomes: ${p.outcomes.join(', ')}.`,
  }),
  'framework.blocks-fallback': (p: { gate: string; outcome: string }) => ({
    message: `Gate \`${p.gate}\` blocks \`${p.outcome}\`, the fallback outcome, which must always remain possible.`,
  }),
  'framework.applicability-reads': (
    p: ConditionOwner & { reads: 'question' | 'score'; readsId: string },
  ) => ({
    message: `${ownerText(p)} may only read intake answers; it reads ${p.reads} \`${p.readsId}\`.`,
    hint: 'What applies must follow from the proposal, before any question is answered.',
  }),
  'framework.applicability-order': (p: ConditionOwner & { intake: string }) => ({
    message: `${ownerText(p)} reads intake question \`${p.intake}\`, which is not asked before it.`,
    hint: 'Move the intake question it depends on earlier.',
  }),
  // questions.ts
  'framework.intake-missing-choices': (p: Id & { kind: string }) => ({
    message: `Intake question \`${p.id}\` is a ${p.kind} question with no choices.`,
  }),
  'framework.intake-choices-kind': (p: Id & { kind: string }) => ({
    message: `Intake question \`${p.id}\` has choices but is a ${p.kind} question.`,
  }),
  'framework.field-kind': (p: Id & { field: FieldName; kind: string }) => ({
    message: `Question \`${p.id}\` ${FIELD_WORDS[p.field]} but is a ${p.kind} question.`,
  }),
  'framework.weight-not-positive': (p: Id & { weight: number }) => ({
    message: `Question \`${p.id}\` has weight ${p.weight}; weights must be greater than 0.`,
    hint: 'To leave a question out of the scores, set `scored: false`.',
  }),
  // question-kinds.ts
  'framework.level-off-scale': (p: Id & { level: string; values: readonly string[] }) => ({
    message: `Level ${p.level} of \`${p.id}\` is not a value on the scale (${p.values.join(', ')}).`,
  }),
  'framework.missing-levels': (p: Id & { missing: readonly string[] }) => {
    const many = p.missing.length > 1;
    return {
      message: `Scale question \`${p.id}\` does not say what level${many ? 's' : ''} ${p.missing.join(', ')} look${many ? '' : 's'} like.`,
      hint: 'Describe every level in `levels` so reviewers score alike.',
    };
  },
  'framework.yes-no-off-scale': (p: Id & Range & { answer: 'yes' | 'no'; score: number }) => ({
    message: `The ${p.answer} score ${p.score} of \`${p.id}\` is outside the scale ${p.min}–${p.max}.`,
  }),
  'framework.no-choices': (p: Id) => ({
    message: `Choice question \`${p.id}\` has no choices.`,
  }),
  'framework.missing-score': (p: Id & { value: string }) => ({
    message: `Choice \`${p.value}\` of scored question \`${p.id}\` has no score.`,
  }),
  'framework.choice-off-scale': (p: Range & { value: string; score: number }) => ({
    message: `Choice \`${p.value}\` scores ${p.score}, outside the scale ${p.min}–${p.max}.`,
  }),
  'framework.text-scored': (p: Id) => ({
    message: `Text question \`${p.id}\` cannot be scored.`,
  }),
  // parse-framework.ts (cross-references to other frameworks)
  'framework.unknown-framework': (p: Id & { target: string; installed: readonly string[] }) => ({
    message: `Question \`${p.id}\` refers to framework \`${p.target}\`, which is not installed.`,
    hint: `Installed: ${p.installed.join(', ')}.`,
  }),
  // io/framework-registry.ts
  'framework.not-installed': (p: Id & Suggest): Said => ({
    message: `There is no framework \`${p.id}\`.`,
    hint: `${didYouMeanText(p.suggestion)}Installed: ${p.installed.join(', ')}. Or give a path to a framework file.`,
  }),
};
