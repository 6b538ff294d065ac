import { exitCodeFor } from '../../core/catalogue/index.js';
import { countBySeverity } from '../../core/diagnostics.js';
import { upgradeReview } from '../../core/review/upgrade-review.js';
import { scoreReview } from '../../core/scoring/score-review.js';
import { expandReviewPaths } from '../../io/expand-paths.js';
import { displayPath } from '../../io/paths.js';
import { readTextFile } from '../../io/read-text-file.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { visible } from '../../core/text/terminal-text.js';
import type { CommandContext } from '../deps.js';
import { frameworkFor } from '../../core/review/evaluate-review.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { parseReview } from '../../core/review/parse-review.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { UPGRADE_TEXT } from './upgrade-text.js';

export interface UpgradeOptions {
  dryRun?: boolean;
}

/**
 * `vatl upgrade REVIEW...`: moves each review to the installed version of its framework.
 * Unchanged answers carry over; changed and removed ones are kept under `previousAnswers`;
 * what must be answered again is listed. The review file is edited in place, comments kept.
 */
export async function upgradeCommand(
  files: readonly string[],
  options: UpgradeOptions,
  ctx: CommandContext,
): Promise<number> {
  const workspace = await openWorkspace(ctx);
  const t = UPGRADE_TEXT[resolveLanguage(ctx.lang, workspace.config.language)];
  const dryRun = Boolean(options.dryRun);
  const expanded = await expandReviewPaths(ctx.fs, ctx.cwd, files);
  printDiagnostics(ctx, expanded.diagnostics, []);
  let code: number = exitCodeFor(expanded.diagnostics);
  for (const path of expanded.paths) {
    const shown = displayPath(ctx.cwd, path);
    const read = await readTextFile(ctx.fs, path, shown);
    const parsed = read.diagnostic
      ? { file: shown, diagnostics: [read.diagnostic] }
      : parseReview(read.text, shown);
    if (!('review' in parsed) || !parsed.review || read.text === undefined) {
      printDiagnostics(ctx, parsed.diagnostics, [shown]);
      code = Math.max(code, exitCodeFor(parsed.diagnostics));
      continue;
    }
    const review = parsed.review;
    const found = frameworkFor({ ...parsed, review }, workspace.frameworks);
    if (!found.framework) {
      printDiagnostics(ctx, [found.diagnostic]);
      code = Math.max(code, exitCodeFor([found.diagnostic]));
      continue;
    }
    const framework = found.framework;
    const report = scoreReview(framework, review);
    const result = upgradeReview(read.text, review, framework, report.doesNotApply);
    const { changed, removed, added, unchanged } = result.changes;
    if (result.from === result.to && changed.length === 0 && removed.length === 0) {
      if (result.stamped > 0 && !options.dryRun)
        await writeFileAtomic(ctx.fs, path, result.text, { overwrite: true });
      ctx.stdout.write(
        visible(
          result.stamped > 0
            ? t.stamped(shown, result.to, dryRun, result.stamped)
            : t.alreadyOn(shown, result.to),
        ) + '\n',
      );
      continue;
    }
    const reparsed = parseReview(result.text, shown);
    if (countBySeverity(reparsed.diagnostics).errors > 0) {
      // Never write a file that no longer parses: report it as the bug it would be.
      throw new Error(
        `upgrading ${shown} produced a file that does not parse: ${reparsed.diagnostics[0]?.message ?? ''}`,
      );
    }
    if (!options.dryRun) await writeFileAtomic(ctx.fs, path, result.text, { overwrite: true });
    const lines = [t.upgraded(shown, result.from, result.to, dryRun, unchanged.length)];
    if (changed.length) lines.push(t.changed(changed.join(', ')));
    if (removed.length) lines.push(t.removed(removed.join(', ')));
    if (added.length) lines.push(t.added(added.join(', ')));
    if (changed.length + added.length > 0) lines.push(t.answerThen(shown));
    else lines.push(t.thenRender(shown));
    ctx.stdout.write(`${lines.map((line) => visible(line)).join('\n')}\n`);
  }
  return code;
}
