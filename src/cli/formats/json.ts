import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import { inLanguage } from '../speak.js';
import type { FormatContext } from './index.js';
import { replaceUnsafe } from '../../core/text/terminal-text.js';

/** The whole result as JSON: files checked, counts, and every diagnostic. */
export function formatJson(
  result: CheckResult,
  { language = 'en' }: Partial<FormatContext> = {},
): string {
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const body = {
    files: result.files,
    errorCount: errors,
    warningCount: warnings,
    // `text` is how a message is said again in another language, not part of the output.
    diagnostics: sortDiagnostics(result.diagnostics).map((d) => {
      const { text: _text, ...shown } = inLanguage(d, language);
      return shown;
    }),
  };
  return jsonText(body);
}

/**
 * Data as indented JSON and a newline, the exact data, with no raw control character in it:
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls and bidi overrides as they
 * are, so those are written as `\u…` escapes too (they can only be inside strings; a raw
 * newline is the indentation's).
 */
export function jsonText(value: unknown): string {
  return jsonEscapes(JSON.stringify(value, null, 2)) + '\n';
}

/** JSON text as it is, with DEL, C1 controls and bidi characters written as `\u…` escapes. */
export function jsonEscapes(json: string): string {
  return replaceUnsafe(json, (ch) =>
    ch === '\n' ? ch : `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
