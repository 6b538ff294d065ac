import type { Language } from '../../core/i18n/language.js';
import { REVIEW_OUTPUT_ES } from './review-text.es.js';

/** What `vatl review` prints when it has checked a review: English here, Spanish beside it. */
export interface ReviewOutputText {
  suggested(label: string, overall: string | undefined): string;
  decision(label: string): string;
  noDecision: string;
  gatesNotPassed(titles: string): string;
  warnings(titles: string): string;
  /** `files`: the review's name, then the endings of the files beside it (`.md`, `.family.md`). */
  dryRun(files: readonly string[], folder: string): string;
  wrote(path: string): string;
  next(add: string, commit: string): string;
  commitMessage(number: string, title: string): string;
  nothingWritten: string;
  noTty: string;
  noTtyHint: string;
  noFramework(idOrPath: string): string;
  cannotUse(idOrPath: string): string;
  cannotUseHint: string;
  mismatch(chosen: string, file: string, named: string, at: string): string;
}

export const REVIEW_OUTPUT_EN: ReviewOutputText = {
  suggested: (label, overall) =>
    `Suggested outcome: ${label}${overall !== undefined ? ` (overall ${overall})` : ''}`,
  decision: (label) => `Decision: ${label}`,
  noDecision: 'No decision recorded yet.',
  gatesNotPassed: (titles) => `Gates not passed: ${titles}`,
  warnings: (titles) => `Warnings: ${titles}`,
  dryRun: (files, folder) =>
    `Dry run: would write ${listed(files, 'and')} in ${folder}; nothing was written.\n`,
  wrote: (path) => `Wrote ${path}`,
  next: (add, commit) => `Next: git add ${add} && git commit -m ${commit}`,
  commitMessage: (number, title) => `Decision ${number}: ${title}`,
  nothingWritten: 'nothing was written; fix the problems above and run again.',
  noTty: 'vatl review asks questions, and there is no terminal to ask them on.',
  noTtyHint:
    'Run it in a terminal, or give every answer in a file: vatl review --answers review.yaml (see examples/).',
  noFramework: (idOrPath) => `there is no framework \`${idOrPath}\` (from --framework).`,
  cannotUse: (idOrPath) => `the framework ${idOrPath} cannot be used.`,
  cannotUseHint: 'Fix it (see above) or choose another with --framework.',
  mismatch: (chosen, file, named, at) =>
    `--framework ${chosen} does not match the framework ${file} names: ${named} (${at}).`,
};

export const REVIEW_OUTPUT: Readonly<Record<Language, ReviewOutputText>> = {
  en: REVIEW_OUTPUT_EN,
  es: REVIEW_OUTPUT_ES,
};

/** `a`, `a and b`, `a, b and c`: the house style, without a serial comma. */
export function listed(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}
