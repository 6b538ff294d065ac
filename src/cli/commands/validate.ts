import { join } from 'node:path';
import { countBySeverity } from '../../core/diagnostics.js';
import type { CheckResult, Diagnostic } from '../../core/diagnostics.js';
import { checkCrossReferences } from '../../core/framework/parse-framework.js';
import type { ParsedFramework } from '../../core/framework/parse-framework.js';
import { loadConfig } from '../../io/config.js';
import { findFiles } from '../../io/find-files.js';
import {
  catalogueFrom,
  loadInstalledFrameworks,
  readFramework,
} from '../../io/framework-registry.js';
import { displayPath } from '../../io/paths.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { FORMATS } from '../formats/index.js';
import type { FormatName } from '../formats/index.js';
import { createStyle } from '../style.js';

export interface ValidateOptions {
  format: FormatName;
  maxWarnings?: number;
}

/**
 * `vatl validate [paths...]`: checks every framework file named or found, and prints the
 * problems in the chosen format. Exit 0 clean, 1 problems, 2 when a file could not be read.
 */
export async function validateCommand(
  paths: readonly string[],
  options: ValidateOptions,
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics: configDiagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  const targets = paths.length > 0 ? paths : await defaultTargets(ctx, config.frameworks);
  const { files, diagnostics: findDiagnostics } = await findFiles(ctx.fs, ctx.cwd, targets, {
    kinds: ['framework'],
  });

  const parsed: ParsedFramework[] = [];
  for (const file of files) parsed.push(await readFramework(ctx.fs, ctx.cwd, file.path));
  // Cross-references resolve against the installed frameworks, with the checked files winning.
  const catalogue = catalogueFrom([
    ...(await loadInstalledFrameworks(ctx.fs, ctx.cwd, config)),
    ...parsed,
  ]);
  const diagnostics: Diagnostic[] = [...configDiagnostics, ...findDiagnostics];
  for (const p of parsed) diagnostics.push(...p.diagnostics, ...checkCrossReferences(p, catalogue));

  const result: CheckResult = {
    files: files.map((f) => displayPath(ctx.cwd, f.path)),
    diagnostics,
  };
  const style = createStyle(ctx.color && options.format === 'stylish');
  ctx.stdout.write(FORMATS[options.format](result, { style, version: ctx.version }));

  const { errors, warnings } = countBySeverity(diagnostics);
  const couldNotRead = diagnostics.some(
    (d) => d.code.startsWith('file/') || d.code.startsWith('config/'),
  );
  if (couldNotRead) return EXIT.usage;
  if (errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    ctx.stderr.write(
      `vatl: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows.\n`,
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** With no paths: the config's framework folders, else ./frameworks, else the working folder. */
async function defaultTargets(
  ctx: CommandContext,
  configured: readonly string[],
): Promise<string[]> {
  if (configured.length > 0) return [...configured];
  try {
    if ((await ctx.fs.stat(join(ctx.cwd, 'frameworks'))).isDirectory()) return ['frameworks'];
  } catch {
    // No ./frameworks: check the working folder itself.
  }
  return ['.'];
}
