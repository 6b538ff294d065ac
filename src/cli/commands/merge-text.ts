import type { Language } from '../../core/i18n/language.js';
import { MERGE_TEXT_ES } from './merge-text.es.js';

/** What `vatl merge` prints: English here, Spanish beside it. */
export interface MergeText {
  tooFew(count: number): string;
  tooFewHint: string;
  nothingWritten: string;
  theMergedReview: string;
  merged(count: number, reviewers: string): string;
  agreement(alpha: string, reading: string): string;
  /** `readAgreement`'s words (`good`, `tentative`, …) in the language. */
  reading(english: string): string;
  toDiscuss(items: readonly { number: number; min: number; max: number }[]): string;
  nothingToDiscuss: string;
  noDecision: string;
  wrote(path: string): string;
  reviewerFallback(n: number): string;
}

export const MERGE_TEXT_EN: MergeText = {
  tooFew: (count) => `vatl merge needs two or more reviews to combine; it was given ${count}.`,
  tooFewHint: 'Name two or more review files: vatl merge ana.review.yaml ben.review.yaml.',
  nothingWritten: 'nothing was written; fix the problems above and run again.',
  theMergedReview: 'the merged review',
  merged: (count, reviewers) => `Merged ${count} reviews by ${reviewers}.`,
  agreement: (alpha, reading) => `Agreement (Krippendorff's alpha, ordinal): ${alpha}, ${reading}.`,
  reading: (english) => english,
  toDiscuss: (items) =>
    `To discuss: ${items.map((s) => `question ${s.number} (${s.min}–${s.max})`).join(', ')}.`,
  nothingToDiscuss: 'No question is answered two or more scale points apart.',
  noDecision: 'No decision recorded yet: the team decides after discussing.',
  wrote: (path) => `Wrote ${path}`,
  reviewerFallback: (n) => `reviewer ${n}`,
};

export const MERGE_TEXT: Readonly<Record<Language, MergeText>> = {
  en: MERGE_TEXT_EN,
  es: MERGE_TEXT_ES,
};
