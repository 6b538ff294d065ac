import type { CatalogueEntry } from './entry.js';

/** The repository config, `vatl.config.yaml`. */
export const CONFIG_CODES = {
  'config/invalid': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/invalid-value': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/missing-property': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/schema': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/too-few': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/too-many': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/unknown-property': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
  'config/wrong-type': {
    severity: 'error',
    exit: 'usage',
    title: 'TODO',
    docs: 'TODO',
  },
} as const satisfies Record<string, CatalogueEntry>;
