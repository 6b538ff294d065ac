import type { DiagnosticCode } from './catalogue/index.js';
import type { Said, TextRef } from './i18n/said.js';

export type { DiagnosticCode } from './catalogue/index.js';

/** A problem found in a file, located at the YAML node it is about. */
export interface Diagnostic {
  /** Path as the user named it (relative where possible). */
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole. */
  line: number;
  /** 1-based; 0 when the problem is about the file as a whole. */
  column: number;
  severity: Severity;
  /** Stable, namespaced code, e.g. `framework/unknown-cell`: an entry of the catalogue. */
  code: DiagnosticCode;
  message: string;
  /** What to do about it, when that is not obvious from the message. */
  hint?: string;
  /**
   * The text table key and parameters `message` and `hint` were made from (see
   * `core/i18n/said.ts`), so a printer can say them in another language. Not printed.
   */
  text?: TextRef;
}

export type Severity = 'error' | 'warning';

/** Where a diagnostic points, before the file name is attached. */
export interface Position {
  line: number;
  column: number;
}

/** The result of checking one or more files. */
export interface CheckResult {
  files: string[];
  diagnostics: Diagnostic[];
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Orders diagnostics by file, then position, then code, so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An error about a file as a whole (it cannot be read, or is not there): no line or column. */
export function fileDiagnostic(
  file: string,
  code: DiagnosticCode,
  message: string | (Said & { text?: TextRef }),
  hint?: string,
): Diagnostic {
  const said = typeof message === 'string' ? { message, ...(hint ? { hint } : {}) } : message;
  return {
    file,
    line: 0,
    column: 0,
    severity: 'error',
    code,
    message: said.message,
    ...(said.hint ? { hint: said.hint } : {}),
    ...(said.text ? { text: said.text } : {}),
  };
}
