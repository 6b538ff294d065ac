/**
 * vatl's library API: load and check frameworks and reviews, score a review, render its memo.
 * Everything here is pure (text in, data out) except the `load*` functions, which read files.
 *
 * @example
 * ```ts
 * import { loadFramework, parseReview, checkReview, scoreReview } from 'vatl';
 * const { framework, diagnostics } = await loadFramework('frameworks/vatl.yaml');
 * ```
 */
import * as nodeFs from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParsedFramework } from './core/framework/parse-framework.js';
import { loadInstalledFrameworks, readFramework } from './io/framework-registry.js';
import { loadConfig } from './io/config.js';

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
export { renderMemo } from './core/memo/render-memo.js';
export type { MemoTemplates } from './core/memo/render-memo.js';
export { VatlError, TemplateError, EXIT } from './errors.js';

/** Reads and checks one framework file (YAML, schema and rules; not cross-references). */
export async function loadFramework(path: string, cwd = process.cwd()): Promise<ParsedFramework> {
  return readFramework(nodeFs, cwd, resolve(cwd, path));
}

/**
 * The frameworks installed for a folder: vatl's built-in ones plus the folders its
 * `vatl.config.yaml` adds (which win on id).
 */
export async function loadFrameworks(cwd = process.cwd()): Promise<ParsedFramework[]> {
  const { config } = await loadConfig(nodeFs, cwd);
  return loadInstalledFrameworks(nodeFs, cwd, config);
}
