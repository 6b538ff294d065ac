/**
 * The diagnostics catalogue: every code vatl can report, with its severity, its exit class,
 * a one-line title, a default hint and the documentation a user reads in
 * `docs/diagnostics.md` (generated from this table by `npm run docs`). The exit code of a
 * run is derived here and nowhere else. One file per namespace.
 */
import type { CatalogueEntry } from './entry.js';
import { CONFIG_CODES } from './config.js';
import { FILE_CODES } from './file.js';
import { FRAMEWORK_CODES } from './framework.js';
import { MEMO_CODES } from './memo.js';
import { REVIEW_CODES } from './review.js';
import { TEMPLATE_CODES } from './template.js';
import { YAML_CODES } from './yaml.js';

export type { CatalogueEntry, ExitClass } from './entry.js';

export const CATALOGUE = {
  ...CONFIG_CODES,
  ...FILE_CODES,
  ...FRAMEWORK_CODES,
  ...MEMO_CODES,
  ...REVIEW_CODES,
  ...TEMPLATE_CODES,
  ...YAML_CODES,
} as const satisfies Record<string, CatalogueEntry>;

/** Every code vatl reports. A code missing from the catalogue is a type error. */
export type DiagnosticCode = keyof typeof CATALOGUE;

/** The catalogue entry for a code. */
export function entryFor(code: DiagnosticCode): CatalogueEntry {
  return CATALOGUE[code];
}

/** Whether a string is a catalogued code (for codes read back from files or tests). */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/** The anchor of a code on the documentation page: `framework/unknown-cell` → `framework-unknown-cell`. */
export function docsAnchor(code: DiagnosticCode): string {
  return code.replace(/\//g, '-');
}
