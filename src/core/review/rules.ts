import type { Finding } from '../findings.js';
import type { Framework } from '../framework/types.js';
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
export const answersMatchQuestions: ReviewRule = ({ review, framework }) => {
  const findings: Finding[] = [];
  const values = framework.scale.map((s) => s.value);
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
        hint: q.kind === 'yes-no' ? 'Answer yes or no.' : undefined,
      });
    }
    if (hasValue) {
      const v = answer.value;
      const bad = (expected: string) =>
        findings.push({
          path: at('value'),
          code: 'review/invalid-answer',
          message: `\`${String(v)}\` is not an answer to \`${id}\`: it takes ${expected}.`,
        });
      if (q.kind === 'scale' && (typeof v !== 'number' || !values.includes(v)))
        bad(`a scale value (${values.join(', ')})`);
      if (q.kind === 'yes-no' && v !== 'yes' && v !== 'no') bad('"yes" or "no"');
      if (q.kind === 'choice' && !(q.choices ?? []).some((c) => c.value === v))
        bad(`one of ${(q.choices ?? []).map((c) => c.value).join(', ')}`);
      if (q.kind === 'text' && typeof v !== 'string') bad('text');
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
    if (q.required && (review.proposal[q.id] === undefined || review.proposal[q.id] === '')) {
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
  if (review.proposal['student-facing'] !== 'yes') return [];
  const groups = (review.team.consulted ?? []).map((c) => c.group.toLowerCase());
  const missing = [
    ['students', /student|learner|youth/],
    ['teachers', /teacher|educator|faculty/],
    ['families', /famil|parent|caregiver|guardian/],
  ]
    .filter(([, pattern]) => !groups.some((g) => (pattern as RegExp).test(g)))
    .map(([name]) => name as string);
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

/** The review was answered against the installed framework version; say what changed if not. */
export function frameworkVersionFinding(review: Review, framework: Framework): Finding | undefined {
  const { id, version } = parseFrameworkRef(review.framework);
  if (id === framework.id && version === framework.version) return undefined;
  const questionIds = new Set(framework.questions.map((q) => q.id));
  const removed = Object.keys(review.answers).filter((a) => !questionIds.has(a));
  const added = framework.questions
    .filter((q) => review.answers[q.id] === undefined)
    .map((q) => q.id);
  const changes = [
    removed.length ? `no longer asked: ${removed.join(', ')}` : '',
    added.length ? `new or unanswered: ${added.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const major = (v: string) => v.split('.')[0];
  return {
    path: ['framework'],
    severity: major(version) === major(framework.version) ? 'warning' : 'error',
    code: 'review/framework-version',
    message: `The review was answered against ${review.framework}; the installed framework is ${framework.id}@${framework.version}${changes ? ` (${changes})` : ' (the same questions)'}.`,
    hint: 'Re-answer the changed questions with `vatl review --resume`, then update `framework:`.',
  };
}

export const REVIEW_RULES: readonly ReviewRule[] = [
  answersMatchQuestions,
  everyQuestionAnswered,
  proposalMatchesIntake,
  decisionConsistent,
  datesConsistent,
  stakeholdersConsulted,
];
