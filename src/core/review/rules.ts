import type { Finding } from '../findings.js';
import { unheardVoices } from './team.js';
import { kindOf } from '../framework/question-kinds.js';
import type { Framework } from '../framework/types.js';
import { applies, evaluate, intakeIn } from '../scoring/conditions.js';
import { fingerprint } from './fingerprint.js';
import type { ScoreReport } from '../scoring/types.js';
import { parseFrameworkRef } from './types.js';
import type { Review } from './types.js';

/** What a review rule sees: the review, the framework it was answered against, and its scores. */
export interface ReviewRuleContext {
  review: Review;
  framework: Framework;
  report: ScoreReport;
}

export type ReviewRule = (ctx: ReviewRuleContext) => Finding[];

/** Answers name questions the framework has, with values its question kinds allow. */
export const answersMatchQuestions: ReviewRule = ({ review, framework, report }) => {
  const findings: Finding[] = [];
  const doesNotApply = new Set(report.doesNotApply);
  for (const [id, answer] of Object.entries(review.answers)) {
    const at = (...rest: string[]) => ['answers', id, ...rest];
    const q = framework.questions.find((x) => x.id === id);
    if (!q) {
      findings.push({
        path: at(),
        part: 'key',
        code: 'review/unknown-question',
        message: `\`${id}\` is not a question of ${framework.id}@${framework.version}.`,
        hint: 'Remove the answer, or check the framework version the review names.',
      });
      continue;
    }
    if (doesNotApply.has(id)) {
      findings.push({
        path: at(),
        part: 'key',
        severity: 'warning',
        code: 'review/does-not-apply',
        message: `\`${id}\` does not apply to this proposal (see its intake answers), so its answer is not scored.`,
        hint: 'Remove the answer, or correct the intake answer that rules the question out.',
      });
      continue;
    }
    if (answer.fingerprint !== undefined && answer.fingerprint !== fingerprint(q)) {
      findings.push({
        path: at('fingerprint'),
        code: 'review/question-changed',
        message: `\`${id}\` was answered when it asked something else; the installed ${framework.id}@${framework.version} words it or its answers differently.`,
        hint: 'Run `vatl upgrade` on the review, then answer the changed questions again.',
      });
    }
    const hasValue = answer.value !== undefined;
    const isNa = answer.notApplicable !== undefined;
    if (hasValue && isNa) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/value-and-not-applicable',
        message: `\`${id}\` has both a value and a not-applicable reason.`,
        hint: 'Keep one of them.',
      });
    } else if (!hasValue && !isNa) {
      findings.push({
        path: at(),
        part: 'key',
        code: 'review/empty-answer',
        message: `\`${id}\` has neither a value nor a not-applicable reason.`,
      });
    }
    if (isNa && q.notApplicable === false) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/not-applicable-not-allowed',
        message: `\`${id}\` cannot be answered not applicable: the framework needs an answer.`,
        hint: kindOf(q).options(q, framework).length
          ? `Answer ${kindOf(q).expected(q, framework)}.`
          : undefined,
      });
    } else if (isNa) {
      const problem = notApplicableReasonProblem(answer.notApplicable ?? '');
      if (problem)
        findings.push({
          path: at('notApplicable'),
          code: 'review/not-applicable-reason',
          message: `The not-applicable reason for \`${id}\` ${problem}.`,
          hint: 'Say why the question does not fit this proposal, e.g. "staff-only tool: no student accounts".',
        });
    }
    if (hasValue && !kindOf(q).accepts(q, framework, answer.value)) {
      findings.push({
        path: at('value'),
        code: 'review/invalid-answer',
        message: `\`${String(answer.value)}\` is not an answer to \`${id}\`: it takes ${kindOf(q).expected(q, framework)}.`,
      });
    }
    if (hasValue && q.evidence === 'required' && !hasEvidence(answer.evidence)) {
      findings.push({
        path: at('value'),
        code: 'review/missing-evidence',
        message: `\`${id}\` needs evidence: ${q.evidencePrompt ?? 'say what the answer rests on'}.`,
        hint: 'Add `evidence:` to the answer.',
      });
    }
  }
  return findings;
};

/** Reasons that say nothing: a placeholder is not a reason a board can weigh. */
const EMPTY_REASONS = new Set([
  'na',
  'n a',
  'not applicable',
  'notapplicable',
  'does not apply',
  'doesnt apply',
  'not relevant',
  'irrelevant',
  'none',
  'no',
  'nothing',
  'nil',
  'null',
  'skip',
  'skipped',
  'tbd',
  'todo',
  'unknown',
  'x',
]);

/**
 * Why a not-applicable reason is refused, or undefined when it says something: blank text,
 * punctuation and placeholders such as `n/a`, `-` or `none` are refused.
 */
export function notApplicableReasonProblem(reason: string): string | undefined {
  const words = reason
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (words === '') return 'is empty';
  if (EMPTY_REASONS.has(words)) return `("${reason.trim()}") says nothing about why`;
  if (words.replace(/ /g, '').length < 4) return `("${reason.trim()}") is too short to say why`;
  return undefined;
}

function hasEvidence(evidence: string | string[] | undefined): boolean {
  if (evidence === undefined) return false;
  return (Array.isArray(evidence) ? evidence : [evidence]).some((e) => e.trim() !== '');
}

/** Every question is answered or marked not applicable: a decision rests on the whole grid. */
export const everyQuestionAnswered: ReviewRule = ({ report }) =>
  report.unanswered.length === 0
    ? []
    : [
        {
          path: ['answers'],
          part: 'key',
          code: 'review/unanswered',
          message: `${report.unanswered.length} question${report.unanswered.length > 1 ? 's are' : ' is'} unanswered: ${report.unanswered.join(', ')}.`,
          hint: 'Answer each, or give `notApplicable: <reason>`.',
        },
      ];

/** The proposal answers the framework's intake questions with values their kinds allow. */
export const proposalMatchesIntake: ReviewRule = ({ review, framework }) => {
  const findings: Finding[] = [];
  const intake = framework.intake ?? [];
  for (const [key, value] of Object.entries(review.proposal)) {
    if (key === 'summary' || value === undefined) continue;
    const q = intake.find((x) => x.id === key);
    if (!q) {
      if (key === 'name') continue;
      findings.push({
        path: ['proposal', key],
        part: 'key',
        code: 'review/unknown-intake',
        message: `\`${key}\` is not an intake question of ${framework.id}.`,
        hint: `Intake: ${intake.map((x) => x.id).join(', ')}.`,
      });
      continue;
    }
    const choices = (q.choices ?? []).map((c) => c.value);
    const bad = (expected: string) =>
      findings.push({
        path: ['proposal', key],
        code: 'review/invalid-intake',
        message: `\`${key}\` must be ${expected}.`,
      });
    if (q.kind === 'yes-no' && value !== 'yes' && value !== 'no') bad('"yes" or "no"');
    if (q.kind === 'choice' && !choices.includes(String(value)))
      bad(`one of ${choices.join(', ')}`);
    if (
      q.kind === 'multi-choice' &&
      (!Array.isArray(value) || value.some((v) => !choices.includes(v)))
    )
      bad(`a list of: ${choices.join(', ')}`);
    if (q.kind === 'number' && typeof value !== 'number') bad('a number');
    if (q.kind === 'text' && typeof value !== 'string' && typeof value !== 'number') bad('text');
  }
  for (const q of intake) {
    if (!applies(q, framework, review)) continue;
    const v = review.proposal[q.id];
    if (q.required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))) {
      findings.push({
        path: ['proposal'],
        part: 'key',
        code: 'review/missing-intake',
        message: `The proposal does not answer \`${q.id}\`: ${q.prompt}`,
      });
    }
  }
  return findings;
};

/**
 * The proposal does not contradict itself: each of the framework's intake checks that holds is
 * reported at the first intake answer it reads, as an error where it would switch a red line off.
 */
export const intakeConsistent: ReviewRule = ({ review, framework, report }) =>
  (framework.intakeChecks ?? []).flatMap((check): Finding[] => {
    const holds = evaluate(check.when, {
      framework,
      input: review,
      scores: new Map(),
      applies: new Set(
        framework.questions.map((q) => q.id).filter((id) => !report.doesNotApply.includes(id)),
      ),
    });
    if (holds !== true) return [];
    const key = intakeIn(check.when).find((id) => review.proposal[id] !== undefined);
    return [
      {
        path: key ? ['proposal', key] : ['proposal'],
        part: 'key',
        severity: check.severity,
        code: 'review/intake-contradiction',
        message: `${check.title}.`.replace(/\.\.$/, '.'),
        hint: check.why,
      },
    ];
  });

/**
 * The decision names an outcome the framework has, that no failed or unresolved gate blocks,
 * with a rationale when it differs from the suggested outcome.
 */
export const decisionConsistent: ReviewRule = ({ review, framework, report }) => {
  const decision = review.decision;
  if (!decision) return [];
  const findings: Finding[] = [];
  const outcome = framework.outcomes.find((o) => o.id === decision.outcome);
  const label = (id: string) => framework.outcomes.find((o) => o.id === id)?.label ?? id;
  if (!outcome) {
    findings.push({
      path: ['decision', 'outcome'],
      code: 'review/unknown-outcome',
      message: `\`${decision.outcome}\` is not an outcome of ${framework.id}.`,
      hint: `Outcomes: ${framework.outcomes.map((o) => o.id).join(', ')}.`,
    });
    return findings;
  }
  const blockers = report.outcomes.find((o) => o.id === outcome.id)?.blockedBy ?? [];
  if (blockers.length > 0) {
    findings.push({
      path: ['decision', 'outcome'],
      code: 'review/gate-blocks-outcome',
      message: `${outcome.label} is blocked by ${blockers.length > 1 ? 'gates' : 'gate'} ${blockers.join(', ')}: a red line stops it whatever the scores.`,
      hint: 'Choose another outcome, or change what the gate rests on and answer again.',
    });
  }
  if (decision.outcome !== report.suggested && !decision.rationale?.trim()) {
    findings.push({
      path: ['decision', 'outcome'],
      code: 'review/missing-rationale',
      message: `The decision (${outcome.label}) differs from the suggested outcome (${label(report.suggested)}) but gives no rationale.`,
      hint: 'Add `rationale:` saying why.',
    });
  }
  return findings;
};

/** Dates are real calendar dates, and nothing is due or reviewed before the review itself. */
export const datesConsistent: ReviewRule = ({ review }) => {
  const findings: Finding[] = [];
  const dates: { path: (string | number)[]; value: string; label: string; after?: boolean }[] = [];
  if (review.date) dates.push({ path: ['date'], value: review.date, label: 'date' });
  const d = review.decision;
  if (d?.reviewBy)
    dates.push({
      path: ['decision', 'reviewBy'],
      value: d.reviewBy,
      label: 'review-by date',
      after: true,
    });
  d?.conditions?.forEach((c, i) =>
    dates.push({
      path: ['decision', 'conditions', i, 'due'],
      value: c.due,
      label: 'due date',
      after: true,
    }),
  );
  d?.signoff?.forEach(
    (s, i) =>
      s.date &&
      dates.push({
        path: ['decision', 'signoff', i, 'date'],
        value: s.date,
        label: 'sign-off date',
        after: true,
      }),
  );
  for (const entry of dates) {
    if (!isCalendarDate(entry.value)) {
      findings.push({
        path: entry.path,
        code: 'review/invalid-date',
        message: `${entry.value} is not a date on the calendar.`,
      });
    } else if (
      entry.after &&
      review.date &&
      isCalendarDate(review.date) &&
      entry.value < review.date
    ) {
      findings.push({
        path: entry.path,
        code: 'review/date-order',
        message: `The ${entry.label} ${entry.value} is before the review's date ${review.date}.`,
      });
    }
  }
  return findings;
};

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, day));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
}

/** A student-facing tool should hear from students, teachers and families; a nudge, not an error. */
export const stakeholdersConsulted: ReviewRule = ({ review }) => {
  const missing = unheardVoices(review);
  if (missing.length === 0) return [];
  return [
    {
      path: ['team', review.team.consulted ? 'consulted' : 'members'],
      part: 'key',
      severity: 'warning',
      code: 'review/stakeholders-not-consulted',
      message: `This student-facing tool was reviewed without consulting ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')}.`,
      hint: 'Those who will live with the decision should be heard before it is made.',
    },
  ];
};

/** What moving a review's answers to the installed framework version would do. */
export interface VersionChanges {
  /** Answers that carry over: same question, same fingerprint (or, with none recorded, the same major version). */
  unchanged: string[];
  /** Answered questions that ask something else now. */
  changed: string[];
  /** Answers to questions the framework no longer has. */
  removed: string[];
  /** Applicable questions with no answer (new, or never answered). */
  added: string[];
}

/**
 * Compares a review's answers with the installed framework. An answer with a fingerprint is
 * compared exactly; one without is taken as unchanged within the same major version and as
 * changed across majors, as semantic versioning promises.
 */
export function versionChanges(
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[],
): VersionChanges {
  const { version } = parseFrameworkRef(review.framework);
  const major = (v: string) => v.split('.')[0];
  const sameMajor = major(version) === major(framework.version);
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const out: VersionChanges = { unchanged: [], changed: [], removed: [], added: [] };
  for (const [id, answer] of Object.entries(review.answers)) {
    const q = questions.get(id);
    if (!q) out.removed.push(id);
    else if (answer.fingerprint !== undefined ? answer.fingerprint === fingerprint(q) : sameMajor)
      out.unchanged.push(id);
    else out.changed.push(id);
  }
  const skip = new Set(doesNotApply);
  out.added = framework.questions
    .filter((q) => review.answers[q.id] === undefined && !skip.has(q.id))
    .map((q) => q.id);
  return out;
}

/** The review was answered against the installed framework version; say what changed if not. */
export function frameworkVersionFinding(
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[] = [],
): Finding | undefined {
  const { id, version } = parseFrameworkRef(review.framework);
  if (id === framework.id && version === framework.version) return undefined;
  const c = versionChanges(review, framework, doesNotApply);
  const changes = [
    c.changed.length ? `changed: ${c.changed.join(', ')}` : '',
    c.removed.length ? `no longer asked: ${c.removed.join(', ')}` : '',
    c.added.length ? `new or unanswered: ${c.added.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const major = (v: string) => v.split('.')[0];
  return {
    path: ['framework'],
    severity: major(version) === major(framework.version) ? 'warning' : 'error',
    code: 'review/framework-version',
    message: `The review was answered against ${review.framework}; the installed framework is ${framework.id}@${framework.version}${changes ? ` (${changes})` : ' (the same questions)'}.`,
    hint: 'Run `vatl upgrade` on the review: unchanged answers carry over and it lists what to answer again.',
  };
}

export const REVIEW_RULES: readonly ReviewRule[] = [
  answersMatchQuestions,
  everyQuestionAnswered,
  proposalMatchesIntake,
  intakeConsistent,
  decisionConsistent,
  datesConsistent,
  stakeholdersConsulted,
];
