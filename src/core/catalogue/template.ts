import type { CatalogueEntry } from './entry.js';

/** Memo templates: the built-in ones and a folder that overrides them. */
export const TEMPLATE_CODES = {
  'template/invalid': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'template/not-found': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'template/unreadable': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
} as const satisfies Record<string, CatalogueEntry>;
