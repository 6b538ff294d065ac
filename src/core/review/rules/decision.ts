// Review rules about the decision and its record: an outcome no gate blocks, real dates in
// order, and the voices a student-facing tool should hear.
import type { Finding } from '../../findings.js';
import { isCalendarDate } from '../../dates.js';
import { needsRationale, outcomeLabel } from '../decision.js';
import { unheardVoices } from '../team.js';
import type { ReviewRule } from './review-rule.js';
import { say } from '../../i18n/said.js';
import { REVIEW_RULES_TEXT as T } from './review-text.js';

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
      ...say(T, 'review.unknown-outcome', {
        id: decision.outcome,
        framework: framework.id,
        outcomes: framework.outcomes.map((o) => o.id),
      }),
    });
    return findings;
  }
  const blockers = report.outcomes.find((o) => o.id === outcome.id)?.blockedBy ?? [];
  if (blockers.length > 0) {
    findings.push({
      path: ['decision', 'outcome'],
      code: 'review/gate-blocks-outcome',
      ...say(T, 'review.gate-blocks-outcome', { outcome: outcome.label, gates: blockers }),
    });
  }
  if (needsRationale(decision.outcome, report.suggested) && !decision.rationale?.trim()) {
    findings.push({
      path: ['decision', 'outcome'],
      code: 'review/missing-rationale',
      ...say(T, 'review.missing-rationale', {
        outcome: outcome.label,
        suggested: label(report.suggested),
      }),
    });
  }
  return findings;
};

/** Dates are real calendar dates, and nothing is due or reviewed before the review itself. */
export const datesConsistent: ReviewRule = ({ review }) => {
  const findings: Finding[] = [];
  const dates: {
    path: (string | number)[];
    value: string;
    label: 'date' | 'review-by' | 'due' | 'sign-off';
    after?: boolean;
  }[] = [];
  if (review.date) dates.push({ path: ['date'], value: review.date, label: 'date' });
  const d = review.decision;
  if (d?.reviewBy)
    dates.push({
      path: ['decision', 'reviewBy'],
      value: d.reviewBy,
      label: 'review-by',
      after: true,
    });
  d?.conditions?.forEach((c, i) =>
    dates.push({
      path: ['decision', 'conditions', i, 'due'],
      value: c.due,
      label: 'due',
      after: true,
    }),
  );
  d?.signoff?.forEach(
    (s, i) =>
      s.date &&
      dates.push({
        path: ['decision', 'signoff', i, 'date'],
        value: s.date,
        label: 'sign-off',
        after: true,
      }),
  );
  for (const entry of dates) {
    if (!isCalendarDate(entry.value)) {
      findings.push({
        path: entry.path,
        code: 'review/invalid-date',
        ...say(T, 'review.invalid-date', { value: entry.value }),
      });
    } else if (
      entry.after &&
      entry.label !== 'date' &&
      review.date &&
      isCalendarDate(review.date) &&
      entry.value < review.date
    ) {
      findings.push({
        path: entry.path,
        code: 'review/date-order',
        ...say(T, 'review.date-order', {
          which: entry.label,
          value: entry.value,
          date: review.date,
        }),
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
      ...say(T, 'review.stakeholders-not-consulted', { voices: missing }),
    },
  ];
};
