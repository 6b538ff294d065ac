import type { CatalogueEntry } from './entry.js';

/** Parsing YAML, before any schema is applied. */
export const YAML_CODES = {
  'yaml/alias-limit': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'yaml/duplicate-key': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'yaml/empty': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'yaml/forbidden-key': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'yaml/syntax': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
  'yaml/too-deep': {
    severity: 'error',
    exit: 'problems',
    title: 'TODO',
    docs: 'TODO',
  },
} as const satisfies Record<string, CatalogueEntry>;
