import type { Severity } from '../diagnostics.js';

/**
 * `problems`: vatl ran and found something to fix (exit 1).
 * `usage`: vatl could not do what it was asked: unreadable input, a broken config, a missing
 * template, no terminal (exit 2).
 */
export type ExitClass = 'problems' | 'usage';

/** One code's entry. */
export interface CatalogueEntry {
  /** The severity it is reported with; `varies` when the rule decides (the docs say when). */
  severity: Severity | 'varies';
  exit: ExitClass;
  /** What the problem is, in a few words: the SARIF rule's short description. */
  title: string;
  /** What to do, when a diagnostic carries no hint of its own. */
  hint?: string;
  /** Why it matters and how to fix it: a short paragraph for the documentation page. */
  docs: string;
}
