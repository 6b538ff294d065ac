import { exitCodeFor } from '../../core/catalogue/index.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { sayIn } from './commands-text.js';
import { renderDecisionMemo } from '../../core/memo/decision-memo.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import { renderFamilySummary } from '../../core/memo/family-view.js';
import { familyPathFor, memoPathFor, readReview } from '../../io/decision-files.js';
import { expandReviewPaths } from '../../io/expand-paths.js';
import { readTextFile } from '../../io/read-text-file.js';
import { displayPath } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { visible } from '../../core/text/terminal-text.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';

export interface RenderOptions {
  stdout?: boolean;
  force?: boolean;
  template?: string;
  /** `board` (the decision memo, the default) or `family` (the family summary). */
  audience?: 'board' | 'family';
}

/**
 * `vatl render REVIEW...`: re-renders each memo from its review file, or with `--audience
 * family` the family summary beside it, in the language `--lang` or the config's `language:`
 * says (`0007-x.md`, `0007-x.es.md`, `0007-x.family.es.md`). A file that would change is only
 * replaced with --force: it may carry edits the review does not.
 */
export async function renderCommand(
  files: readonly string[],
  options: RenderOptions,
  ctx: CommandContext,
): Promise<number> {
  const workspace = await openWorkspace(ctx, options);
  // The overlap note reads the decisions folder, as review and validate do, so all three agree.
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const setting = { ...workspace.setting, language };
  const expanded = await expandReviewPaths(ctx.fs, ctx.cwd, files);
  printDiagnostics(ctx, expanded.diagnostics, []);
  let code: number = exitCodeFor(expanded.diagnostics);
  for (const path of expanded.paths) {
    const parsed = await readReview(ctx.fs, ctx.cwd, path);
    const { evaluated, diagnostics } = evaluateReview(parsed, workspace.frameworks);
    printDiagnostics(ctx, diagnostics, [parsed.file]);
    const found = exitCodeFor(diagnostics);
    if (!evaluated || found !== EXIT.ok) {
      code = Math.max(code, found === EXIT.ok ? EXIT.problems : found);
      continue;
    }
    const family = options.audience === 'family';
    const memo = family
      ? renderFamilySummary(evaluated, setting)
      : renderDecisionMemo(evaluated, setting);
    if (options.stdout) {
      ctx.stdout.write(memo);
      continue;
    }
    const memoPath = family ? familyPathFor(path, language) : memoPathFor(path, language);
    const shown = displayPath(ctx.cwd, memoPath);
    const current = await readTextFile(ctx.fs, memoPath, shown);
    if (current.text === memo) {
      ctx.stdout.write(
        `${sayIn(language, 'commands.render-up-to-date', { memo: visible(shown) }).message}\n`,
      );
      continue;
    }
    if (current.text !== undefined && !options.force) {
      const said = sayIn(language, 'commands.render-differs', { memo: shown, review: parsed.file });
      printMessage(ctx.stderr, said.message, said.hint);
      code = Math.max(code, EXIT.problems);
      continue;
    }
    await writeFileAtomic(ctx.fs, memoPath, memo, { overwrite: true });
    ctx.stdout.write(
      `${sayIn(language, 'commands.render-wrote', { memo: visible(shown) }).message}\n`,
    );
  }
  return code;
}
