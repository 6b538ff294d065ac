import { join, resolve } from 'node:path';
import { entryFor, exitCodeFor } from '../../core/catalogue/index.js';
import { countBySeverity } from '../../core/diagnostics.js';
import type { CheckResult, Diagnostic } from '../../core/diagnostics.js';
import { checkCrossReferences } from '../../core/framework/parse-framework.js';
import type { ParsedFramework } from '../../core/framework/parse-framework.js';
import { CONFIG_FILE, loadConfig } from '../../io/config.js';
import type { Config } from '../../io/config.js';
import { findFiles } from '../../io/find-files.js';
import {
  catalogueFrom,
  loadInstalledFrameworks,
  readFramework,
} from '../../io/framework-registry.js';
import { displayPath } from '../../io/paths.js';
import { checkStringsFiles } from '../../io/framework-strings.js';
import { stringsFileName } from '../../core/framework/parse-strings.js';
import { EXIT, VatlError } from '../../errors.js';
import { printMessage } from '../message.js';
import { useLanguage } from '../report.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import type { CommandContext } from '../deps.js';
import { FORMATS } from '../formats/index.js';
import type { FormatName } from '../formats/index.js';
import { createStyle } from '../style.js';
import { say } from '../../core/i18n/said.js';
import { COMMANDS_TEXT, sayIn } from './commands-text.js';
import { checkDecisionFolder } from '../validate-decisions.js';
import type { DecisionCheckOptions } from '../validate-decisions.js';

export interface ValidateOptions extends DecisionCheckOptions {
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
  const language = useLanguage(ctx, resolveLanguage(ctx.lang, config.language));
  const named = paths.length > 0;
  const targets = named ? paths : await defaultTargets(ctx, config);
  const { files, diagnostics: findDiagnostics } = await findFiles(ctx.fs, ctx.cwd, targets, {
    allowEmpty: !named,
    folders: !named,
    staleTemps: true,
  });
  const explicit = new Set(named ? paths.map((p) => resolve(ctx.cwd, p)) : []);

  const diagnostics: Diagnostic[] = [...configDiagnostics, ...findDiagnostics];
  // `vatl.es.yaml` is the Spanish strings of `vatl.yaml`, not a framework of its own.
  const frameworkFiles = files.filter((f) => f.kind === 'framework' && !stringsFileName(f.path));
  const stringsPaths = files.filter((f) => f.kind === 'framework' && stringsFileName(f.path));
  const parsed: ParsedFramework[] = [];
  const parsedByPath = new Map<string, ParsedFramework>();
  for (const file of frameworkFiles) {
    const p = await readFramework(ctx.fs, ctx.cwd, file.path);
    parsed.push(p);
    parsedByPath.set(file.path, p);
  }
  // Cross-references resolve against the installed frameworks, with the checked files winning.
  // Strings files of the installed frameworks are read only if a memo in another language is
  // checked (loadWorkspace); those beside the files named here were read with them.
  const installed = await loadInstalledFrameworks(ctx.fs, ctx.cwd, config, parsedByPath, {
    strings: false,
  });
  const catalogue = catalogueFrom([...installed, ...parsed]);
  for (const p of parsed) diagnostics.push(...p.diagnostics, ...checkCrossReferences(p, catalogue));

  const decisionFiles = files.filter((f) => f.kind !== 'framework');
  const checked = frameworkFiles.map((f) => displayPath(ctx.cwd, f.path));
  const strings = await checkStringsFiles(ctx.fs, ctx.cwd, {
    paths: stringsPaths.map((f) => f.path),
    parsedByPath,
    installed,
  });
  diagnostics.push(...strings.diagnostics);
  checked.push(...strings.files);
  // A broken config is reported once, where it is; reviews are then not checked against it.
  if (decisionFiles.length > 0 && configDiagnostics.length === 0) {
    const result = await checkDecisionFolder(
      ctx,
      decisionFiles,
      explicit,
      config,
      installed,
      options,
    );
    diagnostics.push(...result.diagnostics);
    checked.push(...result.checked);
  }

  const result: CheckResult = { files: checked.sort(), diagnostics };
  const style = createStyle(ctx.color && options.format === 'stylish');
  ctx.stdout.write(FORMATS[options.format](result, { style, version: ctx.version, language }));

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
      sayIn(language, 'commands.max-warnings', { warnings, max: String(options.maxWarnings) })
        .message,
    );
  return code;
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
  const said = config.file
    ? say(COMMANDS_TEXT, 'commands.nothing-to-validate-config', {
        config: displayPath(ctx.cwd, config.file),
        folders,
      })
    : say(COMMANDS_TEXT, 'commands.nothing-to-validate', { configFile: CONFIG_FILE, folders });
  throw new VatlError('file/nothing-to-validate', said.message, {
    ...(hint ? { hint } : {}),
    text: said.text,
  });
}
