import { CATALOGUE, docsUrl } from '../../core/catalogue/index.js';
import type { CatalogueEntry, DiagnosticCode } from '../../core/catalogue/index.js';
import { sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import type { FormatContext } from './index.js';
import { jsonText } from './json.js';

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
            rules: ruleIds.map((id) => rule(id, version)),
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
  return jsonText(sarif);
}

/** A SARIF rule from the catalogue: what the code means, how to fix it, and where it is documented. */
function rule(id: DiagnosticCode, version: string) {
  const entry: CatalogueEntry = CATALOGUE[id];
  const help = entry.hint ? `${entry.docs} Fix: ${entry.hint}` : entry.docs;
  return {
    id,
    name: id,
    shortDescription: { text: entry.title },
    fullDescription: { text: entry.docs },
    help: { text: help },
    helpUri: docsUrl(id, version),
    ...(entry.severity === 'varies'
      ? {}
      : { defaultConfiguration: { level: entry.severity === 'error' ? 'error' : 'warning' } }),
  };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function toUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[?#]/g, (ch) => encodeURIComponent(ch)))
    .join('/');
}
