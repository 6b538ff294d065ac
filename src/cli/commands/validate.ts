import { join, resolve } from 'node:path';
import { entryFor, exitCodeFor } from '../../core/catalogue/index.js';
import { isoDate } from '../../core/dates.js';
import { countBySeverity } from '../../core/diagnostics.js';
import type { CheckResult, Diagnostic } from '../../core/diagnostics.js';
import { INDEX_FILE } from '../../core/portfolio/index-page.js';
import { checkCrossReferences } from '../../core/framework/parse-framework.js';
import type { ParsedFramework } from '../../core/framework/parse-framework.js';
import { CONFIG_FILE, loadConfig } from '../../io/config.js';
import type { Config } from '../../io/config.js';
import { findFiles } from '../../io/find-files.js';
import type { FoundFile } from '../../io/find-files.js';
import {
  catalogueFrom,
  loadInstalledFrameworks,
  readFramework,
} from '../../io/framework-registry.js';
import { displayPath } from '../../io/paths.js';
import { EXIT, VatlError } from '../../errors.js';
import { printMessage } from '../message.js';
import type { CommandContext } from '../deps.js';
import { FORMATS } from '../formats/index.js';
import type { FormatName } from '../formats/index.js';
import { createStyle } from '../style.js';
import { plural } from '../formats/stylish.js';

export interface ValidateOptions {
  format: FormatName;
  maxWarnings?: number;
}

/**
 * `vatl validate [paths...]`: checks every framework, review and memo named or found, and
 * prints the problems in the chosen format. Exit 0 clean, 1 problems, 2 when a file could
 * not be read. Templates are loaded only when there are reviews or memos to check.
 */
export async function validateCommand(
  paths: readonly string[],
  options: ValidateOptions,
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics: configDiagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  const named = paths.length > 0;
  const targets = named ? paths : await defaultTargets(ctx, config);
  const { files, diagnostics: findDiagnostics } = await findFiles(ctx.fs, ctx.cwd, targets, {
    allowEmpty: !named,
    folders: !named,
    staleTemps: true,
  });
  const explicit = new Set(named ? paths.map((p) => resolve(ctx.cwd, p)) : []);

  const diagnostics: Diagnostic[] = [...configDiagnostics, ...findDiagnostics];
  const frameworkFiles = files.filter((f) => f.kind === 'framework');
  const parsed: ParsedFramework[] = [];
  const parsedByPath = new Map<string, ParsedFramework>();
  for (const file of frameworkFiles) {
    const p = await readFramework(ctx.fs, ctx.cwd, file.path);
    parsed.push(p);
    parsedByPath.set(file.path, p);
  }
  // Cross-references resolve against the installed frameworks, with the checked files winning.
  const installed = await loadInstalledFrameworks(ctx.fs, ctx.cwd, config, parsedByPath);
  const catalogue = catalogueFrom([...installed, ...parsed]);
  for (const p of parsed) diagnostics.push(...p.diagnostics, ...checkCrossReferences(p, catalogue));

  const decisionFiles = files.filter((f) => f.kind !== 'framework');
  const checked = frameworkFiles.map((f) => displayPath(ctx.cwd, f.path));
  // A broken config is reported once, where it is; reviews are then not checked against it.
  if (decisionFiles.length > 0 && configDiagnostics.length === 0) {
    const result = await checkDecisionFolder(ctx, decisionFiles, explicit, config, installed);
    diagnostics.push(...result.diagnostics);
    checked.push(...result.checked);
  }

  const result: CheckResult = { files: checked.sort(), diagnostics };
  const style = createStyle(ctx.color && options.format === 'stylish');
  ctx.stdout.write(FORMATS[options.format](result, { style, version: ctx.version }));

  const code = exitCodeFor(diagnostics, {
    stopped: configDiagnostics.length > 0,
    // -1 is no limit, as in ESLint.
    ...(options.maxWarnings !== undefined && options.maxWarnings >= 0
      ? { maxWarnings: options.maxWarnings }
      : {}),
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  if (code === EXIT.problems && errors === 0)
    printMessage(
      ctx.stderr,
      `${plural(warnings, 'warning')}, more than --max-warnings ${String(options.maxWarnings)} allows.`,
    );
  return code;
}

/** Reviews and memos: read and paired by io, checked by core against the installed frameworks. */
async function checkDecisionFolder(
  ctx: CommandContext,
  files: readonly FoundFile[],
  explicit: ReadonlySet<string>,
  config: Config,
  installed: ParsedFramework[],
): Promise<{ diagnostics: Diagnostic[]; checked: string[] }> {
  const [{ loadWorkspace }, { readDecisionFiles }, { checkDecisions }] = await Promise.all([
    import('../../io/workspace.js'),
    import('../../io/decision-files.js'),
    import('../../core/decisions/check-decisions.js'),
  ]);
  const { workspace, diagnostics } = await loadWorkspace(ctx.fs, ctx.cwd, {
    today: isoDate(ctx.now()),
    config,
    installed,
  });
  if (!workspace) return { diagnostics, checked: [] };
  // The portfolio index is not a memo: it is checked against the folder's reviews instead.
  const indexPath = join(config.decisions, INDEX_FILE);
  const index = files.find((f) => f.path === indexPath);
  const others = index ? files.filter((f) => f !== index) : files;
  const read = await readDecisionFiles(ctx.fs, ctx.cwd, others, explicit);
  const result = checkDecisions(read, workspace.frameworks, workspace.setting);
  if (index) {
    const { checkIndexFile } = await import('../../io/portfolio.js');
    const found = await checkIndexFile(ctx.fs, ctx.cwd, config.decisions, workspace.frameworks);
    result.diagnostics.push(...found.diagnostics);
    result.checked.push(found.file);
  }
  return result;
}

/**
 * With no paths: the config's framework folders and decisions folder, or without a config
 * ./frameworks and ./decisions, those that exist. When none does, nothing is searched (a whole
 * folder would pass any YAML file off as a framework): the run stops, saying what it looked for.
 */
async function defaultTargets(ctx: CommandContext, config: Config): Promise<string[]> {
  // A file where a folder should be is kept, so findFiles reports it rather than check nothing.
  const isFolder = async (path: string) => {
    try {
      await ctx.fs.stat(path);
      return true;
    } catch {
      return false;
    }
  };
  const candidates = config.file
    ? [...config.frameworks, config.decisions]
    : [join(ctx.cwd, 'frameworks'), join(ctx.cwd, 'decisions')];
  const found: string[] = [];
  for (const c of candidates) if (await isFolder(c)) found.push(c);
  if (found.length > 0) return found;
  const folders = candidates.map((c) => {
    const shown = displayPath(ctx.cwd, c) || '.';
    return shown.startsWith('.') || shown.startsWith('/') ? shown : `./${shown}`;
  });
  const hint = entryFor('file/nothing-to-validate').hint;
  throw new VatlError(
    'file/nothing-to-validate',
    config.file
      ? `nothing to validate: ${displayPath(ctx.cwd, config.file)} names ${listed(folders, 'and')}, and ${folders.length === 1 ? 'it does not exist' : 'none of them exists'}.`
      : `nothing to validate: there is no ${CONFIG_FILE} here or in a folder above, and no ${listed(folders, 'or')} folder.`,
    hint ? { hint } : {},
  );
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[], last: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}
