// Team reviews: several members answer the same proposal on their own, and `vatl merge`
// combines their answers into one review the team then discusses and decides on.
import type { Framework, Question } from '../framework/types.js';
import { isScored } from '../framework/question-kinds.js';
import { applicableQuestions } from '../scoring/conditions.js';
import { isRedLine } from '../scoring/red-line.js';
import type { Answer, Review } from '../review/types.js';
import { krippendorffAlpha } from './agreement.js';

/** How one reviewer answered one question in a merged review's `merge.answers`. */
export type ReviewerAnswer = number | string | null;

/** What `merge.answers` writes for a not-applicable answer (not a valid id, so never a value). */
export const NOT_APPLICABLE = 'n/a';

/** A review to merge and the name it is merged under. */
export interface ReviewerReview {
  reviewer: string;
  review: Review;
}

/** The spread of one scale question's answers. */
export interface Spread {
  id: string;
  /** 1-based position of the question in the framework. */
  number: number;
  prompt: string;
  min: number;
  max: number;
  /** Each reviewer's answer, in reviewer order. */
  answers: ReviewerAnswer[];
}

/**
 * Merges reviews of the same proposal into one review: the combined answers, every reviewer's
 * answer under `merge.answers`, the first review's proposal and team with the consulted groups of
 * all, and no decision (the team decides after discussing). The rules per question:
 *
 * - N/A only when more than half the reviewers answered not applicable;
 * - scale: the median of the values given, the lower middle value on an even count;
 * - yes/no and choice: a red-line answer (one that makes a leaf of a `red-line` gate hold) if any
 *   reviewer gives it; otherwise the most common answer, a tie going to the answer of the first
 *   reviewer (in the order given) among those tied;
 * - text: the most common answer, ties to the first reviewer's;
 * - evidence is the union of everyone's; each distinct note is kept once, with who wrote it.
 *
 * The caller checks that there are two or more reviews against the same framework id.
 */
export function mergeReviews(reviews: readonly ReviewerReview[], framework: Framework): Review {
  const [first] = reviews;
  if (!first) throw new Error('mergeReviews needs at least one review');
  const answers: Record<string, Answer> = {};
  const perReviewer: Record<string, ReviewerAnswer[]> = {};
  for (const q of framework.questions) {
    const given = reviews.map((r) => r.review.answers[q.id]);
    if (given.every((a) => a === undefined)) continue;
    perReviewer[q.id] = given.map(toReviewerAnswer);
    const merged = mergeAnswer(q, framework, reviews);
    if (merged) answers[q.id] = merged;
  }
  const consulted = unionBy(
    reviews.flatMap((r) => r.review.team.consulted ?? []),
    (c) => c.group.trim().toLowerCase(),
  );
  // No decision (the team decides after discussing), no single reviewer, and a new id when written.
  const base: Review = { ...first.review };
  delete base.decision;
  delete base.reviewer;
  delete base.id;
  return {
    ...base,
    status: 'proposed',
    team: { ...first.review.team, ...(consulted.length > 0 ? { consulted } : {}) },
    answers,
    reviewers: reviews.map((r) => r.reviewer),
    merge: { answers: perReviewer },
  };
}

function toReviewerAnswer(answer: Answer | undefined): ReviewerAnswer {
  if (answer?.value !== undefined) return answer.value;
  if (answer?.notApplicable !== undefined) return NOT_APPLICABLE;
  return null;
}

function mergeAnswer(
  q: Question,
  framework: Framework,
  reviews: readonly ReviewerReview[],
): Answer | undefined {
  const given = reviews.map((r) => ({ reviewer: r.reviewer, answer: r.review.answers[q.id] }));
  const extras = carried(given);
  const na = given.filter((g) => g.answer?.value === undefined && g.answer?.notApplicable);
  if (na.length * 2 > reviews.length) {
    const reasons = na.map((g) => `${g.reviewer}: ${g.answer?.notApplicable ?? ''}`).join(' · ');
    return { notApplicable: `${na.length} of ${reviews.length} reviewers: ${reasons}`, ...extras };
  }
  const values = given.flatMap((g) => (g.answer?.value !== undefined ? [g.answer.value] : []));
  if (values.length === 0) return undefined;
  let value: number | string | undefined;
  if (q.kind === 'scale') value = lowerMedian(values.filter((v) => typeof v === 'number'));
  else if (q.kind === 'text') value = mostCommon(values);
  else value = values.find((v) => isRedLine(framework, q, v)) ?? mostCommon(values);
  return value === undefined ? undefined : { value, ...extras };
}

/** The median; on an even count the lower of the two middle values, the more cautious. */
export function lowerMedian(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The most common value; a tie goes to the one given first. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const count = values.filter((x) => x === v).length;
    if (count > bestCount) [best, bestCount] = [v, count];
  }
  return best;
}

/** Everyone's evidence (each item once) and notes (each with its reviewer). */
function carried(
  given: readonly { reviewer: string; answer: Answer | undefined }[],
): Pick<Answer, 'evidence' | 'note'> {
  const evidence = [
    ...new Set(
      given.flatMap((g) => {
        const e = g.answer?.evidence;
        return e === undefined ? [] : Array.isArray(e) ? e : [e];
      }),
    ),
  ];
  // The same note from several reviewers is kept once, with who wrote it (no one named if all did).
  const byText = new Map<string, string[]>();
  for (const g of given)
    if (g.answer?.note)
      byText.set(g.answer.note, [...(byText.get(g.answer.note) ?? []), g.reviewer]);
  const notes = [...byText].map(([text, who]) =>
    who.length === given.length ? text : `${who.join(', ')}: ${text}`,
  );
  return {
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
  };
}

function unionBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The scale questions that apply and were answered with a value by someone, with their spread. */
export function spreads(review: Review, framework: Framework): Spread[] {
  const per = review.merge?.answers ?? {};
  const applicable = applicableQuestions(framework, review);
  return framework.questions.flatMap((q, i) => {
    const answers = per[q.id];
    if (q.kind !== 'scale' || !answers || !applicable.has(q.id)) return [];
    const numbers = answers.filter((a): a is number => typeof a === 'number');
    if (numbers.length === 0) return [];
    return [
      {
        id: q.id,
        number: i + 1,
        prompt: q.prompt,
        min: Math.min(...numbers),
        max: Math.max(...numbers),
        answers,
      },
    ];
  });
}

/** The scale questions whose answers lie two or more scale points apart: for the team to discuss. */
export function toDiscuss(review: Review, framework: Framework): Spread[] {
  return spreads(review, framework).filter((s) => s.max - s.min >= 2);
}

/**
 * Krippendorff's alpha (ordinal) of a merged review: the scored scale questions that apply are
 * the units, the reviewers the coders, N/A and no answer missing. Undefined when not measurable.
 */
export function teamAgreement(review: Review, framework: Framework): number | undefined {
  const per = review.merge?.answers ?? {};
  const applicable = applicableQuestions(framework, review);
  const units = framework.questions
    .filter((q) => q.kind === 'scale' && isScored(q) && applicable.has(q.id))
    .flatMap((q) => {
      const answers = per[q.id];
      return answers ? [answers.map((a) => (typeof a === 'number' ? a : undefined))] : [];
    });
  return krippendorffAlpha(units, 'ordinal');
}

/** Alpha as the memo and its front matter show it: three decimals. */
export function formatAgreement(alpha: number | undefined): string {
  return alpha === undefined ? 'not measurable' : alpha.toFixed(3);
}
