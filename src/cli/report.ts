/**
 * How commands report problems on stderr: located problems in the stylish format, and the
 * workspace every review command opens, whose problems stop the run.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import { exitCodeFor } from '../core/catalogue/index.js';
import { ExitError } from '../errors.js';
import { loadWorkspace } from '../io/workspace.js';
import type { Workspace } from '../io/workspace.js';
import { isoDate } from '../core/dates.js';
import type { CommandContext } from './deps.js';
import { formatStylish } from './formats/stylish.js';
import { createStyle } from './style.js';
import { resolveLanguage } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';

/** The language the command speaks: the one it resolved, else `--lang`, else English. */
export function languageOf(ctx: CommandContext): Language {
  return ctx.spoken?.language ?? ctx.lang ?? 'en';
}

/**
 * Records the language a command resolved from `--lang` and the config, for what it prints and
 * for run() to print an error in; returns it.
 */
export function useLanguage(ctx: CommandContext, language: Language): Language {
  if (ctx.spoken) ctx.spoken.language = language;
  return language;
}

/** Located problems on stderr, in the stylish format, with the files they are in. */
export function printDiagnostics(
  ctx: CommandContext,
  diagnostics: readonly Diagnostic[],
  files: readonly string[] = [...new Set(diagnostics.map((d) => d.file))],
): void {
  if (diagnostics.length === 0) return;
  ctx.stderr.write(
    formatStylish(
      { files: [...files], diagnostics: [...diagnostics] },
      { style: createStyle(ctx.color), version: ctx.version, language: languageOf(ctx) },
    ),
  );
}

/**
 * The config, installed frameworks and memo templates a command works with. A broken config
 * or a missing template is printed once, where it is, and the run stops with exit 2.
 */
export async function openWorkspace(
  ctx: CommandContext,
  options: { template?: string } = {},
): Promise<Workspace> {
  const { workspace, diagnostics } = await loadWorkspace(ctx.fs, ctx.cwd, {
    today: isoDate(ctx.now()),
    ...options,
  });
  if (workspace) {
    useLanguage(ctx, resolveLanguage(ctx.lang, workspace.config.language));
    return workspace;
  }
  printDiagnostics(ctx, diagnostics);
  throw new ExitError(exitCodeFor(diagnostics, { stopped: true }));
}
