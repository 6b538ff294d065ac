import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';

/** The whole result as JSON: files checked, counts, and every diagnostic. */
export function formatJson(result: CheckResult): string {
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const body = {
    files: result.files,
    errorCount: errors,
    warningCount: warnings,
    diagnostics: sortDiagnostics(result.diagnostics),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
