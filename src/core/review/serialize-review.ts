import { Document, isMap, isSeq, stringify } from 'yaml';
import type { Review } from './types.js';

/**
 * Turns a title into the slug part of an id: lower-case ASCII letters, digits and hyphens,
 * at most 48 characters, cut at a word boundary.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= 48) return ascii || 'decision';
  const cut = ascii.slice(0, 49);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 10 ? cut.slice(0, boundary) : ascii.slice(0, 48)).replace(/-+$/g, '');
}

/** `0007-ai-tutor` from a number and a slug. */
export function formatId(n: number, slug: string): string {
  return `${String(n).padStart(4, '0')}-${slug}`;
}

/**
 * The number of an id such as `0007-ai-tutor`, or undefined. Numbers run to nine digits: a
 * name like `9999999999999999999999-junk` is not a decision (and would number the next one
 * `1e+22`).
 */
export function idNumber(name: string): number | undefined {
  const match = /^(\d{4,9})-[a-z0-9]/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** A review file's text, keys in a fixed order so files diff cleanly. */
export function serializeReview(review: Review): string {
  const ordered = {
    ...(review.id !== undefined ? { id: review.id } : {}),
    title: review.title,
    framework: review.framework,
    ...(review.status !== undefined ? { status: review.status } : {}),
    ...(review.date !== undefined ? { date: review.date } : {}),
    ...(review.supersedes !== undefined ? { supersedes: review.supersedes } : {}),
    ...(review.supersededBy !== undefined ? { supersededBy: review.supersededBy } : {}),
    ...(review.reviewer !== undefined ? { reviewer: review.reviewer } : {}),
    ...(review.reviewers !== undefined ? { reviewers: review.reviewers } : {}),
    proposal: review.proposal,
    team: review.team,
    answers: review.answers,
    ...(review.previousAnswers !== undefined ? { previousAnswers: review.previousAnswers } : {}),
    ...(review.decision !== undefined ? { decision: review.decision } : {}),
    ...(review.statusHistory !== undefined ? { statusHistory: review.statusHistory } : {}),
    ...(review.merge !== undefined ? { merge: review.merge } : {}),
  };
  const options = { lineWidth: 100, minContentWidth: 40 };
  if (review.merge === undefined) return stringify(ordered, options);
  // A merged review's per-reviewer answers read best one question a line: `q-id: [3, 2, 4]`.
  const doc = new Document(ordered);
  const perQuestion = doc.getIn(['merge', 'answers']);
  if (isMap(perQuestion))
    for (const item of perQuestion.items) if (isSeq(item.value)) item.value.flow = true;
  return doc.toString({ ...options, flowCollectionPadding: false });
}
