/**
 * The overlap note: a proposal of a kind the district already uses. The seeds' tool audits
 * exist to cut redundant tools, so a memo names the adopted or adapted decisions in its
 * proposal's category. Pure: io reads the decisions folder and hands its reviews in.
 */
import type { Review } from '../review/types.js';

/** A decision in force in the same category as the proposal under review. */
export interface DecisionOverlap {
  /** The other decision's id (`0001-lms-replacement`). */
  id: string;
  /** Its title, as typed (the memo view escapes it). */
  title: string;
  /** Its decided outcome's id (`adopt` or `adapt`). */
  outcome: string;
}

/** Outcomes that put a tool in use. */
const IN_USE_OUTCOMES: ReadonlySet<string> = new Set(['adopt', 'adapt']);
/** Statuses that take a decision out of force. */
const ENDED_STATUSES: ReadonlySet<string> = new Set(['superseded', 'retired']);

/** The proposal's `category` intake answer, when it is one word of text. */
export function categoryOf(review: Pick<Review, 'proposal'>): string | undefined {
  const value = review.proposal.category;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The decisions among `others` that overlap `review`: the same proposal category, decided
 * adopt or adapt, and neither superseded nor retired. The review itself (same id) and the
 * decisions it supersedes or that supersede it are left out. Sorted by id, so the memo does
 * not depend on the order the files were read in.
 */
export function findOverlaps(
  review: Pick<Review, 'id' | 'proposal' | 'supersedes'>,
  others: readonly Review[],
): DecisionOverlap[] {
  const category = categoryOf(review);
  if (category === undefined) return [];
  const found = new Map<string, DecisionOverlap>();
  for (const other of others) {
    const { id, decision } = other;
    if (!id || !decision || found.has(id)) continue;
    if (id === review.id || id === review.supersedes) continue;
    if (review.id !== undefined && other.supersedes === review.id) continue;
    if (categoryOf(other) !== category) continue;
    if (!IN_USE_OUTCOMES.has(decision.outcome)) continue;
    if (other.status !== undefined && ENDED_STATUSES.has(other.status)) continue;
    found.set(id, { id, title: other.title, outcome: decision.outcome });
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
