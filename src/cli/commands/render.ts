import { resolve } from 'node:path';
import { countBySeverity } from '../../core/diagnostics.js';
import { readTextFile } from '../../io/read-text-file.js';
import { displayPath } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { formatStylish } from '../formats/stylish.js';
import {
  evaluateReviewFile,
  isoDate,
  loadReviewEnvironment,
  renderReviewMemo,
} from '../review-support.js';
import { createStyle } from '../style.js';

export interface RenderOptions {
  stdout?: boolean;
  force?: boolean;
  template?: string;
}

/** The memo beside a review: `0007-x.review.yaml` → `0007-x.md`; `review.yaml` → `memo.md`. */
export function memoPathFor(reviewPath: string): string {
  if (/(^|[\\/])review\.ya?ml$/i.test(reviewPath))
    return reviewPath.replace(/review\.ya?ml$/i, 'memo.md');
  return reviewPath.replace(/\.review\.ya?ml$/i, '') + '.md';
}

/**
 * `vatl render REVIEW...`: re-renders each memo from its review file. A memo that would
 * change is only replaced with --force: it may carry edits the review does not.
 */
export async function renderCommand(
  files: readonly string[],
  options: RenderOptions,
  ctx: CommandContext,
): Promise<number> {
  const env = await loadReviewEnvironment(ctx, options.template);
  const style = createStyle(ctx.color);
  let code: number = EXIT.ok;
  for (const file of files) {
    const path = resolve(ctx.cwd, file);
    const { parsed, evaluated } = await evaluateReviewFile(ctx, env, path);
    const diagnostics = evaluated ? evaluated.diagnostics : parsed.diagnostics;
    if (diagnostics.length > 0)
      ctx.stderr.write(
        formatStylish({ files: [parsed.file], diagnostics }, { style, version: ctx.version }),
      );
    if (!evaluated || countBySeverity(diagnostics).errors > 0) {
      code = Math.max(
        code,
        diagnostics.some((d) => d.code.startsWith('file/')) ? EXIT.usage : EXIT.problems,
      );
      continue;
    }
    const memo = renderReviewMemo(env, evaluated, isoDate(ctx.now()));
    if (options.stdout) {
      ctx.stdout.write(memo);
      continue;
    }
    const memoPath = memoPathFor(path);
    const shown = displayPath(ctx.cwd, memoPath);
    const current = await readTextFile(ctx.fs, memoPath, shown);
    if (current.text === memo) {
      ctx.stdout.write(`${shown} is up to date.\n`);
      continue;
    }
    if (current.text !== undefined && !options.force) {
      ctx.stderr.write(
        `vatl: ${shown} differs from what ${parsed.file} renders; it was left as it is.\n  Use --force to replace it (hand edits in it will be lost).\n`,
      );
      code = Math.max(code, EXIT.problems);
      continue;
    }
    await writeFileAtomic(ctx.fs, memoPath, memo, { overwrite: true });
    ctx.stdout.write(`Wrote ${shown}\n`);
  }
  return code;
}
