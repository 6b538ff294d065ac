import { sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import type { FormatContext } from './index.js';

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(result: CheckResult, { version }: FormatContext): string {
  const diagnostics = sortDiagnostics(result.diagnostics);
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vatl',
            version,
            rules: ruleIds.map((id) => ({ id, name: id, shortDescription: { text: id } })),
          },
        },
        artifacts: result.files.map((file) => ({ location: { uri: toUri(file) } })),
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIds.indexOf(d.code),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(d.file) },
                ...(d.line > 0 ? { region: { startLine: d.line, startColumn: d.column } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function toUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[?#]/g, (ch) => encodeURIComponent(ch)))
    .join('/');
}
