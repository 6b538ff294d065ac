import {
  buildDecision,
  dueDateProblem,
  expectsConditions,
  needsRationale,
  outcomeLabel,
  outcomeOptions,
  reviewIntervalMonths,
} from '../../../core/review/decision.js';
import type { DecisionAnswers } from '../../../core/review/decision.js';
import { decidedReview, draftToReview, withDecision } from '../../../core/review/draft.js';
import type { Review } from '../../../core/review/types.js';
import { scoreReview } from '../../../core/scoring/score-review.js';
import type { Session } from '../session.js';

/**
 * The decision: accept or change the suggestion, conditions with owners and dates, review-by.
 * Returns the review to write, dated today.
 */
export async function decisionStep(s: Session): Promise<Review> {
  const fw = s.framework;
  const report = scoreReview(fw, draftToReview(s.draft, fw));
  const today = s.calendar.today();
  const label = (id: string) => outcomeLabel(fw, id);
  s.prompter.print(`\n${s.style.bold('The decision')}`);
  const outcome = await s.prompter.select<string>({
    message: `The review suggests ${label(report.suggested)}. What is the decision?`,
    choices: outcomeOptions(fw, report).map((o) => ({
      name: `${o.label}${o.suggested ? ' (suggested)' : ''}`,
      value: o.id,
      description: o.description,
      ...(o.blockedBy.length > 0 ? { disabled: `blocked by gate ${o.blockedBy.join(', ')}` } : {}),
    })),
    default: report.suggested,
  });
  const mustSayWhy = needsRationale(outcome, report.suggested);
  const rationale = await s.prompter.input({
    message: mustSayWhy
      ? `Why ${label(outcome)} rather than ${label(report.suggested)}?`
      : 'Rationale for the memo (optional):',
    ...(mustSayWhy ? { required: true } : {}),
  });
  const dateCheck = (v: string) => dueDateProblem(v, today) ?? true;
  if (expectsConditions(fw, outcome))
    s.prompter.print(
      s.style.dim(
        '  Conditions: what must happen, who owns it, by when. Leave the condition empty when done.',
      ),
    );
  const conditions: DecisionAnswers['conditions'][number][] = [];
  for (;;) {
    const text = await s.prompter.input({ message: `Condition ${conditions.length + 1}:` });
    if (!text.trim()) break;
    const owner = await s.prompter.input({ message: 'Owner:', required: true });
    const due = await s.prompter.input({ message: 'Due (YYYY-MM-DD):', validate: dateCheck });
    conditions.push({ text, owner, due });
  }
  const reviewBy = await s.prompter.input({
    message: 'Review this decision again by (YYYY-MM-DD):',
    default: s.calendar.addMonths(today, reviewIntervalMonths(fw)),
    validate: dateCheck,
  });
  await s.save(withDecision(s.draft, buildDecision({ outcome, rationale, conditions, reviewBy })));
  return decidedReview(s.draft, fw, today);
}
