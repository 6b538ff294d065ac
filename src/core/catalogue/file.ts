import type { CatalogueEntry } from './entry.js';

/** Reading the files named on the command line or found in folders. */
export const FILE_CODES = {
  'file/binary': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/encoding': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/no-match': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/not-a-file': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/not-found': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/nothing-to-check': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/too-large': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'file/unreadable': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
} as const satisfies Record<string, CatalogueEntry>;
