/**
 * What is due: decisions past their review-by date and conditions past their due date, as of
 * a day. A date is past when it is before the as-of day: something due today is not yet late.
 * Superseded and retired decisions are left out; nothing is asked of them any more.
 */
import type { PortfolioEntry } from './index-page.js';
import { entryId } from './index-page.js';

/** One thing that is due. */
export interface DueItem {
  /** The decision's id. */
  id: string;
  title: string;
  kind: 'review' | 'condition';
  /** The date it was due (YYYY-MM-DD). */
  due: string;
  /** Whole days from the due date to the as-of date. */
  daysOverdue: number;
  /** Who answers for it: the condition's owner; for a review, the decision's sign-offs, else the team. */
  owner: string;
  /** The condition's text; for a review, what is asked. */
  text: string;
}

/** Statuses that ask nothing more of a decision. */
const CLOSED = new Set(['superseded', 'retired']);

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What one review has past its date as of `asOf` (YYYY-MM-DD), in the order it lists them. */
export function dueItemsOf(entry: PortfolioEntry, asOf: string): DueItem[] {
  const items: DueItem[] = [];
  const { review } = entry.evaluated;
  if (CLOSED.has(review.status ?? 'proposed') || !review.decision) return items;
  const id = entryId(entry);
  const { decision } = review;
  if (decision.reviewBy && decision.reviewBy < asOf) {
    const signers = (decision.signoff ?? []).map((s) => s.name);
    const owners = signers.length > 0 ? signers : review.team.members.map((m) => m.name);
    items.push({
      id,
      title: review.title,
      kind: 'review',
      due: decision.reviewBy,
      daysOverdue: daysBetween(decision.reviewBy, asOf),
      owner: owners.join(', '),
      text: 'Review the decision again.',
    });
  }
  for (const condition of decision.conditions ?? []) {
    if (condition.due >= asOf) continue;
    items.push({
      id,
      title: review.title,
      kind: 'condition',
      due: condition.due,
      daysOverdue: daysBetween(condition.due, asOf),
      owner: condition.owner,
      text: condition.text.replace(/\s+/g, ' ').trim(),
    });
  }
  return items;
}

/** Due items oldest first, then by decision id, reviews before conditions. */
export function sortDue(items: readonly DueItem[]): DueItem[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // A stable sort keeps a decision's conditions in the order the review lists them.
  return [...items].sort(
    (a, b) =>
      order(a.due, b.due) ||
      order(a.id, b.id) ||
      (a.kind === b.kind ? 0 : a.kind === 'review' ? -1 : 1),
  );
}

/** Everything past its date as of `asOf` (YYYY-MM-DD), in `sortDue` order. */
export function dueItems(entries: readonly PortfolioEntry[], asOf: string): DueItem[] {
  return sortDue(entries.flatMap((entry) => dueItemsOf(entry, asOf)));
}
