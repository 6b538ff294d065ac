/**
 * vatl's library API: load and check frameworks and reviews, score a review, render its memo.
 * The `parse*`, `check*`, `score*` and `build*` functions are pure (text or data in, data out);
 * `loadFramework`, `loadFrameworks`, `renderMemo` and `renderFamilySummary` read files (frameworks,
 * config, templates). The memo and the family summary are written in English, or in the language
 * `language` (or the config's `language:`) asks for: `'es'` for Spanish.
 *
 * @example
 * ```ts
 * import { loadFramework, parseReview, checkReview, renderMemo } from 'vatl';
 * const { framework } = await loadFramework('vatl');
 * const { review } = parseReview(text, 'decisions/0007-ai-tutor.review.yaml');
 * const { report, diagnostics } = checkReview(review!, framework!);
 * const memo = await renderMemo(review!); // byte for byte what `vatl render` writes
 * const resumen = await renderFamilySummary(review!, { language: 'es' }); // `--audience family --lang es`
 * ```
 */
import * as nodeFs from 'node:fs/promises';
import { isoDate } from './core/dates.js';
import { sortDiagnostics as sorted } from './core/diagnostics.js';
import type { ParsedFramework } from './core/framework/parse-framework.js';
import { renderDecisionMemo } from './core/memo/decision-memo.js';
import { renderFamilySummary as renderFamily } from './core/memo/family-view.js';
import { resolveLanguage } from './core/i18n/language.js';
import type { Language } from './core/i18n/language.js';
import { evaluateReview } from './core/review/evaluate-review.js';
import type { Review } from './core/review/types.js';
import { loadConfig } from './io/config.js';
import { loadInstalledFrameworks, resolveFramework } from './io/framework-registry.js';
import { loadWorkspace } from './io/workspace.js';
import { VatlError } from './errors.js';
import type { Diagnostic } from './core/diagnostics.js';

export type { Diagnostic, Severity, CheckResult } from './core/diagnostics.js';
export { sortDiagnostics, countBySeverity } from './core/diagnostics.js';
export type * from './core/framework/types.js';
export type { ParsedFramework, FrameworkCatalogue } from './core/framework/parse-framework.js';
export {
  parseFramework,
  checkCrossReferences,
  catalogueOf,
} from './core/framework/parse-framework.js';
export { FRAMEWORK_RULES, referenceableIds } from './core/framework/rules.js';
export { isScored } from './core/framework/question-kinds.js';
export type { FrameworkRule } from './core/framework/rules.js';
export type { Finding } from './core/findings.js';
export { parseYaml, DEFAULT_YAML_LIMITS } from './core/yaml/parse-yaml.js';
export type { YamlFile, YamlLimits, PathSegment } from './core/yaml/parse-yaml.js';
export type { Review, Answer, Decision, ReviewStatus, TeamStructure } from './core/review/types.js';
export { parseReview, checkReview } from './core/review/parse-review.js';
export type { ParsedReview, CheckedReview } from './core/review/parse-review.js';
export { REVIEW_RULES } from './core/review/rules.js';
export { serializeReview, slugify } from './core/review/serialize-review.js';
export { scoreReview, fmt as formatScore } from './core/scoring/score-review.js';
export type * from './core/scoring/types.js';
export { buildMemoView } from './core/memo/view-model.js';
export type { MemoView, MemoInput, ReferenceLabels } from './core/memo/memo-view.js';
export { renderMemo as renderMemoView } from './core/memo/render-memo.js';
export type { MemoTemplates } from './core/memo/render-memo.js';
export { referenceLabels } from './core/memo/reference-labels.js';
export { buildFamilyView } from './core/memo/family-view.js';
export type { FamilyView, FamilyInput } from './core/memo/family-view.js';
export type { MemoTemplateSet } from './core/memo/render-memo.js';
export { LANGUAGES, LOCALES } from './core/i18n/language.js';
export type { Language } from './core/i18n/language.js';
export { memoPathFor, familyPathFor } from './io/decision-files.js';
export { CATALOGUE, exitCodeFor, docsUrl } from './core/catalogue/index.js';
export type { CatalogueEntry, DiagnosticCode, ExitClass } from './core/catalogue/index.js';
export { VatlError, TemplateError, EXIT } from './errors.js';

/**
 * Reads and checks one framework: an installed id (`vatl`, or one a `vatl.config.yaml` adds)
 * or the path of a framework file. Checks YAML, schema, rules and cross-references; never
 * throws on bad input: problems come back as located diagnostics.
 *
 * @param idOrPath - a framework id, or a path (relative to `cwd`) ending in `.yaml`/`.yml` or holding a `/`
 * @param cwd - the folder to resolve paths and find `vatl.config.yaml` from
 * @returns the framework when it loaded, and every problem found
 */
export async function loadFramework(
  idOrPath: string,
  cwd = process.cwd(),
): Promise<ParsedFramework> {
  const { config } = await loadConfig(nodeFs, cwd);
  const resolved = await resolveFramework(nodeFs, cwd, config, idOrPath);
  return {
    file: resolved.parsed?.file ?? idOrPath,
    ...(resolved.framework ? { framework: resolved.framework } : {}),
    ...(resolved.parsed?.yaml ? { yaml: resolved.parsed.yaml } : {}),
    diagnostics: resolved.diagnostics,
  };
}

/**
 * The frameworks installed for a folder: vatl's built-in ones plus the folders its
 * `vatl.config.yaml` adds (which win on id).
 *
 * @param cwd - the folder to find `vatl.config.yaml` from
 */
export async function loadFrameworks(cwd = process.cwd()): Promise<ParsedFramework[]> {
  const { config } = await loadConfig(nodeFs, cwd);
  return loadInstalledFrameworks(nodeFs, cwd, config);
}

/**
 * The decision memo of a review, byte for byte as `vatl render` writes it: checked and scored
 * against the installed framework it names, rendered with the built-in templates and the
 * config's `templates:` folder, with the overlap note from the decisions folder.
 *
 * @param review - a review, as `parseReview` returns it
 * @param options.cwd - the folder to find `vatl.config.yaml` from
 * @param options.today - YYYY-MM-DD for a review with no `date` (default: today, in UTC)
 * @param options.language - `en` or `es` (default: the config's `language:`, else English)
 * @throws {VatlError} when the config, the templates or the review has an error; its message
 *   names the first one at `file:line:col`
 * @throws {TemplateError} when a memo template fails to render
 */
export async function renderMemo(review: Review, options: RenderOptions = {}): Promise<string> {
  return render(review, options, renderDecisionMemo);
}

/**
 * The family summary of a review, byte for byte as `vatl render --audience family` writes it:
 * checked and scored as for renderMemo, rendered with `family.md.hbs` (`es/family.md.hbs` in
 * Spanish), with the review's or the config's `contact:`.
 *
 * @param review - a review, as `parseReview` returns it
 * @throws {VatlError} when the config, the templates or the review has an error
 * @throws {TemplateError} when the family template fails to render
 */
export async function renderFamilySummary(
  review: Review,
  options: RenderOptions = {},
): Promise<string> {
  return render(review, options, renderFamily);
}

/** Where and how renderMemo and renderFamilySummary render. */
export interface RenderOptions {
  /** The folder to find `vatl.config.yaml` from (default: the working folder). */
  cwd?: string;
  /** YYYY-MM-DD for a review with no `date` (default: today, in UTC). */
  today?: string;
  /** The language to write in (default: the config's `language:`, else English). */
  language?: Language;
}

async function render(
  review: Review,
  options: RenderOptions,
  write: typeof renderDecisionMemo,
): Promise<string> {
  const cwd = options.cwd ?? process.cwd();
  const { workspace, diagnostics } = await loadWorkspace(nodeFs, cwd, {
    today: options.today ?? isoDate(new Date()),
  });
  if (!workspace) throw firstError(diagnostics);
  const checked = evaluateReview({ file: 'review', review, diagnostics: [] }, workspace.frameworks);
  if (!checked.evaluated || checked.diagnostics.some((d) => d.severity === 'error'))
    throw firstError(checked.diagnostics);
  const language = resolveLanguage(options.language, workspace.config.language);
  return write(checked.evaluated, { ...workspace.setting, language });
}

function firstError(diagnostics: readonly Diagnostic[]): VatlError {
  const first = sorted(diagnostics.filter((d) => d.severity === 'error'))[0];
  if (!first) return new VatlError('review/invalid-answer', 'The review could not be checked.');
  const file = first.file || 'review';
  const at = first.line > 0 ? `${file}:${first.line}:${first.column}` : file;
  return new VatlError(
    first.code,
    `${at} ${first.message}`,
    first.hint ? { hint: first.hint } : {},
  );
}
