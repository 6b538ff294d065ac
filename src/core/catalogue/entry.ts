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

/** A code's title and default hint in another language: a hint exactly when the English has one. */
export type EntryText<E> = E extends { hint: string }
  ? { title: string; hint: string }
  : { title: string };

/** A namespace's titles and hints in another language (`<namespace>.es.ts`): every code, typed. */
export type CatalogueText<T> = { readonly [K in keyof T]: EntryText<T[K]> };
