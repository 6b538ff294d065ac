import {
  buildDecision,
  decisionProgressFrom,
  dueDateProblem,
  expectsConditions,
  needsRationale,
  outcomeLabel,
  outcomeOptions,
  reviewIntervalMonths,
} from '../../../core/review/decision.js';
import type { DecisionProgress } from '../../../core/review/decision.js';
import {
  decidedReview,
  draftToReview,
  withDecision,
  withDecisionProgress,
} from '../../../core/review/draft.js';
import { gateTitle } from '../../../core/review/summary.js';
import type { Review } from '../../../core/review/types.js';
import { scoreReview } from '../../../core/scoring/score-review.js';
import { visible } from '../../../core/text/terminal-text.js';
import type { Session } from '../session.js';
import { needsText } from './intake.js';

/**
 * The decision: accept or change the suggestion, conditions with owners and dates, review-by,
 * and who signs off. Each answer is saved as it is given, so a stop loses none; asked again,
 * each earlier answer is the default. Returns the review to write, dated today.
 */
export async function decisionStep(s: Session): Promise<Review> {
  const fw = s.framework;
  const report = scoreReview(fw, draftToReview(s.draft, fw));
  const today = s.calendar.today();
  const label = (id: string) => outcomeLabel(fw, id);
  const d: DecisionProgress = structuredClone(
    decisionProgressFrom(s.draft.decisionProgress, s.draft.decision),
  );
  const keep = () => s.save(withDecisionProgress(s.draft, structuredClone(d)));
  const t = s.text;
  s.prompter.print(`\n${s.style.bold(t.decisionHeading)}`);
  const options = outcomeOptions(fw, report);
  const earlier = options.find((o) => o.id === d.outcome && o.blockedBy.length === 0);
  d.outcome = await s.prompter.select<string>({
    message: t.decisionPrompt(label(report.suggested)),
    choices: options.map((o) => ({
      name: `${o.label}${o.suggested ? t.suggestedMark : ''}`,
      value: o.id,
      description: o.description,
      ...(o.blockedBy.length > 0
        ? { disabled: t.blockedBy(o.blockedBy.map((g) => gateTitle(fw, g))) }
        : {}),
    })),
    default: earlier?.id ?? report.suggested,
  });
  await keep();
  const mustSayWhy = needsRationale(d.outcome, report.suggested);
  d.rationale = await s.prompter.input({
    message: mustSayWhy
      ? t.whyRather(label(d.outcome), label(report.suggested))
      : t.rationaleOptional,
    ...(d.rationale ? { default: d.rationale } : {}),
    ...(mustSayWhy ? { validate: needsText(t.sayWhy) } : {}),
  });
  await keep();
  const dateCheck = (v: string) => (dueDateProblem(v, today) ? t.dateProblem(today) : true);
  if (expectsConditions(fw, d.outcome))
    s.prompter.print(s.style.dim(t.conditionsHint(d.conditions.length > 0)));
  for (let i = 0; ;) {
    const known = d.conditions[i];
    const text = (
      await s.prompter.input({
        message: t.conditionPrompt(i + 1),
        ...(known ? { default: known.text } : {}),
      })
    ).trim();
    if (text === '-' && known) {
      d.conditions.splice(i, 1);
      await keep();
      continue;
    }
    if (!text || text === '-') {
      d.conditions.splice(i);
      await keep();
      break;
    }
    const c = { ...known, text };
    d.conditions[i] = c;
    await keep();
    c.owner = await s.prompter.input({
      message: t.ownerPrompt,
      ...(known?.owner ? { default: known.owner } : {}),
      validate: needsText(t.ownerNeeded),
    });
    await keep();
    c.due = await s.prompter.input({
      message: t.duePrompt,
      ...(known?.due ? { default: known.due } : {}),
      validate: dateCheck,
    });
    await keep();
    i++;
  }
  d.reviewBy = await s.prompter.input({
    message: t.reviewByPrompt,
    default: d.reviewBy ?? s.calendar.addMonths(today, reviewIntervalMonths(fw)),
    validate: dateCheck,
  });
  await keep();
  await askSignoff(s, d, keep);
  const decision = buildDecision({
    outcome: d.outcome,
    rationale: d.rationale,
    conditions: d.conditions.map((c) => ({ text: c.text, owner: c.owner ?? '', due: c.due ?? '' })),
    reviewBy: d.reviewBy,
    signoff: d.signoff.map((p) => ({ name: p.name, role: p.role ?? '' })),
  });
  await s.save(withDecision(s.draft, decision));
  return decidedReview(s.draft, fw, today);
}

/** Who signs the decision off, one person at a time (optional): the memo's sign-off table. */
async function askSignoff(
  s: Session,
  d: DecisionProgress,
  keep: () => Promise<void>,
): Promise<void> {
  s.prompter.print(s.style.dim(s.text.signoffHint(d.signoff.length > 0)));
  for (let i = 0; ;) {
    const known = d.signoff[i];
    const name = (
      await s.prompter.input({
        message: s.text.signoffPrompt(i + 1),
        ...(known ? { default: known.name } : {}),
      })
    ).trim();
    if (name === '-' && known) {
      d.signoff.splice(i, 1);
      await keep();
      continue;
    }
    if (!name || name === '-') {
      d.signoff.splice(i);
      await keep();
      return;
    }
    const person = { ...known, name };
    d.signoff[i] = person;
    await keep();
    person.role = await s.prompter.input({
      message: s.text.rolePrompt(visible(name)),
      ...(known?.role ? { default: known.role } : {}),
      validate: needsText(s.text.signoffRoleNeeded(name)),
    });
    await keep();
    i++;
  }
}
