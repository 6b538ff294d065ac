import type { Language } from '../../core/i18n/language.js';
import { STATUS_TEXT_ES } from './status-text.es.js';

/** What `vatl status` prints and refuses with: English here, Spanish beside it. */
export interface StatusText {
  /** A status as a person reads it (the file keeps the English word). */
  status(status: string): string;
  changed(decision: string, from: string, to: string, by: string, date: string): string;
  by(id: string): string;
  wrote(path: string): string;
  next(add: string, commit: string): string;
  commitMessage(number: string, status: string, by: string): string;
  badDate(date: string): string;
  noSupersededId(shown: string): string;
  conflict(successor: string, named: string, older: string): string;
  conflictHint(successor: string | undefined): string;
  noDecision(ref: string, folder: string): string;
  manyDecisions(ref: string, count: number, folder: string, ids: string): string;
  noDecisionHint: string;
  manyDecisionsHint: string;
  fixFirst(file: string): string;
  memoDiffers(memo: string, review: string): string;
  memoDiffersHint(review: string): string;
}

export const STATUS_TEXT_EN: StatusText = {
  status: (status) => status,
  changed: (decision, from, to, by, date) => `${decision}: ${from} → ${to}${by} (${date})`,
  by: (id) => ` by ${id}`,
  wrote: (path) => `Wrote ${path}`,
  next: (add, commit) => `Next: git add ${add} && git commit -m ${commit}`,
  commitMessage: (number, status, by) => `Decision ${number}: ${status}${by}`,
  badDate: (date) => `--date ${date} is not a date written YYYY-MM-DD.`,
  noSupersededId: (shown) => `${shown} has no decision id to record as supersededBy.`,
  conflict: (successor, named, older) =>
    `${successor} already supersedes ${named}, not ${older}; nothing was written.`,
  conflictHint: (successor) =>
    `Check which decision ${successor ?? 'it'} replaces, and correct its supersedes: first if it is wrong.`,
  noDecision: (ref, folder) => `no decision ${ref} in ${folder}.`,
  manyDecisions: (ref, count, folder, ids) =>
    `${ref} names ${count} decisions in ${folder}: ${ids}.`,
  noDecisionHint:
    'Give an id (0007-ai-tutor), its number (7) or the path of a .review.yaml; the decisions folder is set by decisions: in vatl.config.yaml.',
  manyDecisionsHint: 'Name the decision by its full id.',
  fixFirst: (file) => `nothing was written; fix the problems in ${file} first.`,
  memoDiffers: (memo, review) =>
    `${memo} differs from what ${review} renders; nothing was written.`,
  memoDiffersHint: (review) =>
    `Bring it up to date first with vatl render --force ${review} (hand edits in it will be lost), or move the edits into the review.`,
};

export const STATUS_TEXT: Readonly<Record<Language, StatusText>> = {
  en: STATUS_TEXT_EN,
  es: STATUS_TEXT_ES,
};
