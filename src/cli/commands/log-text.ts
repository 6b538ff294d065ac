import type { Language } from '../../core/i18n/language.js';
import { LOG_TEXT_ES } from './log-text.es.js';

/**
 * What `vatl log` and `vatl due` print for a person (JSON and CSV keep their stable English
 * keys and headers): English here, Spanish beside it.
 */
export interface LogText {
  /** The terminal table's headings, in the index's column order. */
  headings: readonly string[];
  decisions(n: number): string;
  upToDate(path: string, decisions: string): string;
  wrote(path: string, decisions: string): string;
  noFolder(folder: string): string;
  noFolderHint: string;
  badAsOf(date: string): string;
  badAsOfHint: string;
  nothingDue(asOf: string, decisions: string): string;
  pastDue(n: number, asOf: string): string;
  dueHeadings: readonly [string, string, string, string, string, string];
  late(days: number): string;
  kind(kind: 'review' | 'condition'): string;
}

export const LOG_TEXT_EN: LogText = {
  headings: [
    'Id',
    'Title',
    'Category',
    'Status',
    'Outcome',
    'Overall',
    'Date',
    'Review by',
    'Superseded by',
  ],
  decisions: (n) => `${n} decision${n === 1 ? '' : 's'}`,
  upToDate: (path, decisions) => `${path} is up to date (${decisions}).`,
  wrote: (path, decisions) => `Wrote ${path} (${decisions}).`,
  noFolder: (folder) => `There is no decisions folder at ${folder}.`,
  noFolderHint: 'Run vatl init, or set decisions: in vatl.config.yaml.',
  badAsOf: (date) => `--as-of ${date} is not a date.`,
  badAsOfHint: 'Give it as YYYY-MM-DD.',
  nothingDue: (asOf, decisions) => `Nothing is due as of ${asOf} (${decisions}).`,
  pastDue: (n, asOf) => `${n} past due as of ${asOf}:`,
  dueHeadings: ['Due', 'Late', 'Decision', 'What', 'Owner', 'Detail'],
  late: (days) => `${days}d`,
  kind: (kind) => kind,
};

export const LOG_TEXT: Readonly<Record<Language, LogText>> = {
  en: LOG_TEXT_EN,
  es: LOG_TEXT_ES,
};
