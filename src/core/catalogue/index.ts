/**
 * The diagnostics catalogue: every code vatl can report, with its severity, its exit class,
 * a one-line title, a default hint and the documentation a user reads in
 * `docs/diagnostics.md` (generated from this table by `npm run docs`). The exit code of a
 * run is derived here and nowhere else. One file per namespace.
 */
import type { CatalogueEntry, ExitClass } from './entry.js';
import { COMPARE_CODES } from './compare.js';
import { CONFIG_CODES } from './config.js';
import { FILE_CODES } from './file.js';
import { FRAMEWORK_CODES } from './framework.js';
import { IO_CODES } from './io.js';
import { MEMO_CODES } from './memo.js';
import { MERGE_CODES } from './merge.js';
import { REVIEW_CODES } from './review.js';
import { TEMPLATE_CODES } from './template.js';
import { YAML_CODES } from './yaml.js';

export type { CatalogueEntry, ExitClass } from './entry.js';

export const CATALOGUE = {
  ...COMPARE_CODES,
  ...CONFIG_CODES,
  ...FILE_CODES,
  ...FRAMEWORK_CODES,
  ...IO_CODES,
  ...MEMO_CODES,
  ...MERGE_CODES,
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

/** The exit codes, as the README documents them. */
const EXIT_OF: Record<ExitClass, number> = { problems: 1, usage: 2 };

/** The exit code of a code's class: 1 for problems found, 2 for could not run. */
export function exitCodeOf(code: DiagnosticCode): number {
  return EXIT_OF[CATALOGUE[code].exit];
}

/**
 * The exit code of a run, from what it reported: 0 when there is no error (and no more
 * warnings than `maxWarnings` allows), 2 when any error is of the `usage` class or the run
 * `stopped` short of its job (a broken config), else 1. The one place an exit code is
 * derived from diagnostics.
 */
export function exitCodeFor(
  diagnostics: readonly { code: DiagnosticCode; severity: 'error' | 'warning' }[],
  options: { maxWarnings?: number; stopped?: boolean } = {},
): number {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (options.stopped || errors.some((d) => CATALOGUE[d.code].exit === 'usage'))
    return EXIT_OF.usage;
  if (errors.length > 0) return EXIT_OF.problems;
  const warnings = diagnostics.length - errors.length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_OF.problems;
  return 0;
}

/** Where the documentation of vatl's codes is published: the page in the package of this version. */
export function docsUrl(code: DiagnosticCode, version: string): string {
  return `https://unpkg.com/vatl@${version}/docs/diagnostics.md#${docsAnchor(code)}`;
}
