import { CATALOGUE, docsUrl } from '../../core/catalogue/index.js';
import type { CatalogueEntry, DiagnosticCode } from '../../core/catalogue/index.js';
import { sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import { entryWords } from '../../core/catalogue/language.js';
import { inLanguage } from '../speak.js';
import type { Language } from '../../core/i18n/language.js';
import { formatsText } from './formats-language.js';
import type { FormatContext } from './index.js';
import { jsonText } from './json.js';

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(
  result: CheckResult,
  { version, language = 'en' }: FormatContext,
): string {
  const diagnostics = sortDiagnostics(result.diagnostics).map((d) => inLanguage(d, language));
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
            rules: ruleIds.map((id) => rule(id, version, language)),
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
function rule(id: DiagnosticCode, version: string, language: Language) {
  const entry: CatalogueEntry = CATALOGUE[id];
  const words = entryWords(id, language);
  const help = formatsText(language).sarifHelp(entry.docs, words.hint, docsUrl(id, version));
  return {
    id,
    name: id,
    // The documentation (fullDescription, helpUri) is the English page; title and hint follow --lang.
    shortDescription: { text: words.title },
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
