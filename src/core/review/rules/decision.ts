// Review rules about the decision and its record: an outcome no gate blocks, real dates in
// order, and the voices a student-facing tool should hear.
import type { Finding } from '../../findings.js';
import { isCalendarDate } from '../../dates.js';
import { needsRationale, outcomeLabel } from '../decision.js';
import { unheardVoices } from '../team.js';
import type { ReviewRule } from './review-rule.js';

/**
 * The decision names an outcome the framework has, that no failed or unresolved gate blocks,
 * with a rationale when it differs from the suggested outcome.
 */
export const decisionConsistent: ReviewRule = ({ review, framework, report }) => {
  const decision = review.decision;
  if (!decision) return [];
  const findings: Finding[] = [];
  const outcome = framework.outcomes.find((o) => o.id === decision.outcome);
  const label = (id: string) => outcomeLabel(framework, id);
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
  if (needsRationale(decision.outcome, report.suggested) && !decision.rationale?.trim()) {
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
