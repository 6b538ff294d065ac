/**
 * `vatl validate` over reviews and memos. A review with no memo beside it is checked on its
 * own, one file at a time: read, parsed once, checked, and only its problems kept (so 10,000
 * reviews do not sit in memory), with no templates compiled and, with `--cache`, not parsed at
 * all when its content and vatl's setup are unchanged. A memo and the review it renders from
 * go through `checkDecisions`, which renders the memo (against the decisions in force, for the
 * overlap note) and compares.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import type { Framework } from '../core/framework/types.js';
import { INDEX_FILE } from '../core/portfolio/index-page.js';
import { isoDate } from '../core/dates.js';
import { LANGUAGES, resolveLanguage } from '../core/i18n/language.js';
import type { Config } from '../io/config.js';
import type { FoundFile } from '../io/find-files.js';
import { displayPath } from '../io/paths.js';
import { readTextFile } from '../io/read-text-file.js';
import type { ReadTextResult } from '../io/read-text-file.js';
import type { ValidateCache } from '../io/validate-cache.js';
import type { CommandContext } from './deps.js';

export interface DecisionCheckOptions {
  /** `--cache`: reuse the problems of reviews unchanged since the last run. */
  cache?: boolean;
  /** `--cache-location FILE|DIR`. */
  cacheLocation?: string;
}

/** No memo is rendered for these reviews, so no search for what would reach a better outcome. */
const NO_PATH = { path: false };

/** How many files are read ahead of the one being checked. */
const READ_AHEAD = 16;

/** Reviews and memos: read and paired by io, checked by core against the installed frameworks. */
export async function checkDecisionFolder(
  ctx: CommandContext,
  files: readonly FoundFile[],
  explicit: ReadonlySet<string>,
  config: Config,
  installed: ParsedFramework[],
  options: DecisionCheckOptions = {},
): Promise<{ diagnostics: Diagnostic[]; checked: string[] }> {
  const [{ loadWorkspace }, { reviewPathsFor, memoPathFor, isDecisionRecord, languageOfMemoPath }] =
    await Promise.all([import('../io/workspace.js'), import('../io/decision-files.js')]);
  // The portfolio index is not a memo: it is checked against the folder's reviews instead.
  const indexPath = join(config.decisions, INDEX_FILE);
  const index = files.find((f) => f.path === indexPath);
  const listed = new Set(files.filter((f) => f.kind === 'review').map((f) => f.path));
  const paired = new Set<string>();
  for (const memo of files) {
    if (memo.kind !== 'memo' || memo === index) continue;
    for (const candidate of reviewPathsFor(memo.path)) {
      if (listed.has(candidate) || (await isFile(ctx, candidate))) {
        paired.add(candidate);
        break;
      }
    }
  }
  // A decision's review found in a folder whose memo is missing (a run stopped between the
  // two, or the memo was deleted) goes with the memos: its memo is rendered, so the missing memo
  // is reported with the command that writes it, and a broken template is found.
  for (const file of files) {
    if (file.kind !== 'review' || paired.has(file.path) || explicit.has(file.path)) continue;
    if (
      isDecisionRecord(file.path) &&
      !(await anyFile(
        ctx,
        LANGUAGES.map((l) => memoPathFor(file.path, l)),
      ))
    )
      paired.add(file.path);
  }
  const alone = files.filter((f) => f.kind === 'review' && !paired.has(f.path));
  const others = files.filter((f) => f.kind !== 'review' || paired.has(f.path));
  const rendering = others.some((f) => f !== index);
  // Only the languages of the memos and family summaries checked: no Spanish templates are
  // loaded unless a Spanish file is checked.
  const languages = [
    ...new Set(
      others.filter((f) => f.kind === 'memo' && f !== index).map((f) => languageOfMemoPath(f.path)),
    ),
  ];

  const { workspace, diagnostics } = await loadWorkspace(ctx.fs, ctx.cwd, {
    today: isoDate(ctx.now()),
    config,
    installed,
    decisions: rendering,
    languages,
  });
  if (!workspace) return { diagnostics, checked: [] };
  const result = await checkAlone(ctx, alone, workspace.frameworks, options);
  if (rendering) {
    const [{ readDecisionFiles }, { checkDecisions }] = await Promise.all([
      import('../io/decision-files.js'),
      import('../core/decisions/check-decisions.js'),
    ]);
    const memos = others.filter((f) => f !== index);
    const read = await readDecisionFiles(
      ctx.fs,
      ctx.cwd,
      memos,
      explicit,
      resolveLanguage(ctx.lang, config.language),
    );
    const found = checkDecisions(read, workspace.frameworks, workspace.setting);
    result.diagnostics.push(...found.diagnostics);
    result.checked.push(...found.checked);
  }
  if (index) {
    const { checkIndexFile } = await import('../io/portfolio.js');
    const found = await checkIndexFile(ctx.fs, ctx.cwd, config.decisions, workspace.frameworks);
    result.diagnostics.push(...found.diagnostics);
    result.checked.push(found.file);
  }
  return result;
}

/** Reviews with no memo: each read, checked (or taken from the cache) and let go. */
async function checkAlone(
  ctx: CommandContext,
  files: readonly FoundFile[],
  frameworks: readonly Framework[],
  options: DecisionCheckOptions,
): Promise<{ diagnostics: Diagnostic[]; checked: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const checked: string[] = [];
  if (files.length === 0) return { diagnostics, checked };
  let cache: ValidateCache | undefined;
  if (options.cache) {
    const { cacheKey, cachePath, openCache } = await import('../io/validate-cache.js');
    const path = await cachePath(ctx.fs, ctx.cwd, options.cacheLocation);
    cache = await openCache(ctx.fs, path, cacheKey(ctx.version, frameworks));
  }
  let check: CheckOne | undefined;
  const reads: (Promise<ReadTextResult> | undefined)[] = [];
  const read = (i: number) => {
    const file = files[i];
    if (file) reads[i] = readTextFile(ctx.fs, file.path, displayPath(ctx.cwd, file.path));
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) read(i);
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as FoundFile;
    const text = await (reads[i] as Promise<ReadTextResult>);
    reads[i] = undefined;
    read(i + READ_AHEAD);
    const shown = displayPath(ctx.cwd, file.path);
    checked.push(shown);
    if (text.diagnostic) {
      diagnostics.push(text.diagnostic);
      continue;
    }
    const hit = cache?.get(file.path, text.text, shown);
    if (hit) {
      diagnostics.push(...hit);
      continue;
    }
    check ??= await checker();
    const found = check(file.path, text.text, shown, frameworks);
    cache?.set(file.path, text.text, found);
    diagnostics.push(...found);
  }
  await cache?.save();
  return { diagnostics, checked };
}

type CheckOne = (
  path: string,
  text: string,
  shown: string,
  frameworks: readonly Framework[],
) => Diagnostic[];

/**
 * The parser and checks, loaded when the first review is not in the cache. A file js-yaml can
 * read (see fast-yaml.ts) and that then has no problems needs nothing more; any problem, or
 * any text it leaves alone, is read and checked again with `yaml`, which locates problems.
 */
async function checker(): Promise<CheckOne> {
  const [
    { parseReview, reviewFromYaml },
    { checkReviewOnly },
    { idOfReviewPath },
    { fastYamlData },
  ] = await Promise.all([
    import('../core/review/parse-review.js'),
    import('../core/decisions/check-review.js'),
    import('../io/decision-files.js'),
    import('../core/yaml/fast-yaml.js'),
  ]);
  return (path, text, shown, frameworks) => {
    const expectedId = idOfReviewPath(path);
    const data = fastYamlData(text);
    if (data) {
      const yaml = { file: shown, text, data, locate: () => ({ line: 1, column: 1 }) };
      const fast = checkReviewOnly(reviewFromYaml(yaml, shown), expectedId, frameworks, NO_PATH);
      if (fast.diagnostics.length === 0) return [];
    }
    return checkReviewOnly(parseReview(text, shown), expectedId, frameworks, NO_PATH).diagnostics;
  };
}

async function anyFile(ctx: CommandContext, paths: readonly string[]): Promise<boolean> {
  for (const path of paths) if (await isFile(ctx, path)) return true;
  return false;
}

async function isFile(ctx: CommandContext, path: string): Promise<boolean> {
  try {
    return (await ctx.fs.stat(path)).isFile();
  } catch {
    return false;
  }
}
