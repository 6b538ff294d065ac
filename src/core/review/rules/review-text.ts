// The messages and hints of the review rules, in English; review-text.es.ts says them in Spanish.
// Parameters are plain data (ids, values, the framework's own strings), never sentences.
import type { Said } from '../../i18n/said.js';

import { expectedText } from '../../framework/expected-text.js';
import type { Expected } from '../../framework/expected-text.js';

export type { Expected } from '../../framework/expected-text.js';

type Id = { id: string };
type Fw = { framework: string };

/** Why a not-applicable reason says nothing: empty, a filler word, or too short. */
export type ReasonProblem = 'empty' | 'says-nothing' | 'too-short';

export const REVIEW_RULES_TEXT = {
  'review.unknown-question': (p: Id & Fw) => ({
    message: `\`${p.id}\` is not a question of ${p.framework}.`,
    hint: 'Remove the answer, or check the framework version the review names.',
  }),
  'review.does-not-apply': (p: Id) => ({
    message: `\`${p.id}\` does not apply to this proposal (see its intake answers), so its answer is not scored.`,
    hint: 'Remove the answer, or correct the intake answer that rules the question out.',
  }),
  'review.question-changed': (p: Id & Fw) => ({
    message: `\`${p.id}\` was answered when it asked something else; the installed ${p.framework} words it or its answers differently.`,
    hint: 'Run `vatl upgrade` on the review, then answer the changed questions again.',
  }),
  'review.value-and-not-applicable': (p: Id) => ({
    message: `\`${p.id}\` has both a value and a not-applicable reason.`,
    hint: 'Keep one of them.',
  }),
  'review.empty-answer': (p: Id) => ({
    message: `\`${p.id}\` has neither a value nor a not-applicable reason.`,
  }),
  'review.not-applicable-not-allowed': (p: Id & { answer?: Expected }): Said => ({
    message: `\`${p.id}\` cannot be answered not applicable: the framework needs an answer.`,
    ...(p.answer ? { hint: `Answer ${expectedText(p.answer)}.` } : {}),
  }),
  'review.not-applicable-reason': (p: Id & { problem: ReasonProblem; reason: string }) => ({
    message: `The not-applicable reason for \`${p.id}\` ${
      p.problem === 'empty'
        ? 'is empty'
        : p.problem === 'says-nothing'
          ? `("${p.reason}") says nothing about why`
          : `("${p.reason}") is too short to say why`
    }.`,
    hint: 'Say why the question does not fit this proposal, e.g. "staff-only tool: no student accounts".',
  }),
  'review.invalid-answer': (p: Id & Expected & { value: string }) => ({
    message: `\`${p.value}\` is not an answer to \`${p.id}\`: it takes ${expectedText(p)}.`,
  }),
  'review.missing-evidence': (p: Id & { prompt?: string }) => ({
    message: `\`${p.id}\` needs evidence: ${p.prompt ?? 'say what the answer rests on'}.`,
    hint: 'Add `evidence:` to the answer.',
  }),
  'review.unanswered': (p: { ids: readonly string[] }) => ({
    message: `${p.ids.length} question${p.ids.length > 1 ? 's are' : ' is'} unanswered: ${p.ids.join(', ')}.`,
    hint: 'Answer each, or give `notApplicable: <reason>`.',
  }),
  'review.unknown-outcome': (p: Id & Fw & { outcomes: readonly string[] }) => ({
    message: `\`${p.id}\` is not an outcome of ${p.framework}.`,
    hint: `Outcomes: ${p.outcomes.join(', ')}.`,
  }),
  'review.gate-blocks-outcome': (p: { outcome: string; gates: readonly string[] }) => ({
    message: `${p.outcome} is blocked by ${p.gates.length > 1 ? 'gates' : 'gate'} ${p.gates.join(', ')}: a red line stops it whatever the scores.`,
    hint: 'Choose another outcome, or change what the gate rests on and answer again.',
  }),
  'review.missing-rationale': (p: { outcome: string; suggested: string }) => ({
    message: `The decision (${p.outcome}) differs from the suggested outcome (${p.suggested}) but gives no rationale.`,
    hint: 'Add `rationale:` saying why.',
  }),
  'review.invalid-date': (p: { value: string }) => ({
    message: `${p.value} is not a date on the calendar.`,
  }),
  'review.date-order': (p: {
    which: 'review-by' | 'due' | 'sign-off';
    value: string;
    date: string;
  }) => ({
    message: `The ${p.which === 'review-by' ? 'review-by date' : p.which === 'due' ? 'due date' : 'sign-off date'} ${p.value} is before the review's date ${p.date}.`,
  }),
  'review.stakeholders-not-consulted': (p: { voices: readonly string[] }) => ({
    message: `This student-facing tool was reviewed without consulting ${p.voices.join(', ').replace(/, ([^,]*)$/, ' or $1')}.`,
    hint: 'Those who will live with the decision should be heard before it is made.',
  }),
  'review.unknown-intake': (p: Id & Fw & { intake: readonly string[] }) => ({
    message: `\`${p.id}\` is not an intake question of ${p.framework}.`,
    hint: `Intake: ${p.intake.join(', ')}.`,
  }),
  'review.invalid-intake': (p: Id & Expected) => ({
    message: `\`${p.id}\` must be ${expectedText(p)}.`,
  }),
  /** `title` and `why` are the framework's own words for the intake check. */
  'review.intake-contradiction': (p: { title: string; why?: string }) => ({
    message: `${p.title}.`.replace(/\.\.$/, '.'),
    ...(p.why ? { hint: p.why } : {}),
  }),
  'review.missing-intake': (p: Id & { prompt: string }) => ({
    message: `The proposal does not answer \`${p.id}\`: ${p.prompt}`,
  }),
  'review.unknown-framework': (p: Id & { suggestion?: string; installed: readonly string[] }) => ({
    message: `The review names framework \`${p.id}\`, which is not installed.`,
    hint: `${p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : ''}Installed: ${p.installed.join(', ')}. Add its folder to \`frameworks:\` in vatl.config.yaml.`,
  }),
  'review.framework-version': (p: {
    answered: string;
    installed: string;
    changed: readonly string[];
    removed: readonly string[];
    added: readonly string[];
    newer: boolean;
  }) => {
    const changes = [
      p.changed.length ? `changed: ${p.changed.join(', ')}` : '',
      p.removed.length ? `no longer asked: ${p.removed.join(', ')}` : '',
      p.added.length ? `new or unanswered: ${p.added.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      message: `The review was answered against ${p.answered}; the installed framework is ${p.installed}${changes ? ` (${changes})` : ' (the same questions)'}.`,
      hint: p.newer
        ? `The review is newer than the installed framework: install ${p.answered} (add its folder to \`frameworks:\` in vatl.config.yaml, or update vatl).`
        : 'Run `vatl upgrade` on the review: unchanged answers carry over and it lists what to answer again.',
    };
  },
};
