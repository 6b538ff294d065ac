import type { CatalogueEntry } from './entry.js';

/** Decision memos, checked against what their review files render. */
export const MEMO_CODES = {
  'memo/no-review': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'memo/out-of-date': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
} as const satisfies Record<string, CatalogueEntry>;
