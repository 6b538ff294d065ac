import { basename, dirname, join } from 'node:path';
import { fileDiagnostic } from '../core/diagnostics.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import type { FoundFile } from '../io/find-files.js';
import { displayPath } from '../io/paths.js';
import { readTextFile } from '../io/read-text-file.js';
import { TemplateError, VatlError } from '../errors.js';
import type { CommandContext } from './deps.js';
import {
  evaluateReviewFile,
  isoDate,
  loadReviewEnvironment,
  renderReviewMemo,
} from './review-support.js';
import type { ReviewEnvironment } from './review-support.js';

/**
 * Checks review files against their frameworks, and memos against what their reviews render:
 * a memo edited by hand (or rendered by an older template) is an error, so CI catches it.
 */
export async function checkDecisionFiles(
  ctx: CommandContext,
  files: readonly FoundFile[],
  explicit: ReadonlySet<string>,
  installed?: ParsedFramework[],
): Promise<{ diagnostics: Diagnostic[]; checked: FoundFile[] }> {
  const diagnostics: Diagnostic[] = [];
  const checked: FoundFile[] = [];
  let env: ReviewEnvironment;
  try {
    env = await loadReviewEnvironment(ctx, undefined, installed);
  } catch (error) {
    if (!(error instanceof VatlError)) throw error;
    return {
      diagnostics: [fileDiagnostic('vatl.config.yaml', error.code, error.message, error.hint)],
      checked,
    };
  }
  const today = isoDate(ctx.now());
  const rendered = new Map<string, string | undefined>();

  const renderFor = async (
    reviewPath: string,
  ): Promise<{ memo?: string; diagnostics: Diagnostic[] }> => {
    try {
      const { parsed, evaluated } = await evaluateReviewFile(ctx, env, reviewPath);
      const own = evaluated ? evaluated.diagnostics : parsed.diagnostics;
      if (!evaluated || own.some((d) => d.severity === 'error')) return { diagnostics: own };
      if (
        evaluated.review.id &&
        /\.review\.ya?ml$/i.test(reviewPath) &&
        evaluated.review.id !== basename(reviewPath).replace(/\.review\.ya?ml$/i, '')
      ) {
        const at = parsed.yaml?.locate(['id']) ?? { line: 1, column: 1 };
        own.push({
          file: parsed.file,
          ...at,
          severity: 'error',
          code: 'review/id-mismatch',
          message: `The id \`${evaluated.review.id}\` does not match the file name.`,
          hint: `Name the file ${evaluated.review.id}.review.yaml.`,
        });
      }
      return { memo: renderReviewMemo(env, evaluated, today), diagnostics: own };
    } catch (error) {
      if (error instanceof VatlError || error instanceof TemplateError) {
        const code = error instanceof VatlError ? error.code : 'template/invalid';
        const file =
          error instanceof TemplateError ? error.template : displayPath(ctx.cwd, reviewPath);
        return {
          diagnostics: [fileDiagnostic(file, code, error.message)],
        };
      }
      throw error;
    }
  };

  for (const file of files.filter((f) => f.kind === 'review')) {
    const result = await renderFor(file.path);
    rendered.set(file.path, result.memo);
    diagnostics.push(...result.diagnostics);
    checked.push(file);
  }

  for (const file of files.filter((f) => f.kind === 'memo')) {
    const shown = displayPath(ctx.cwd, file.path);
    const reviewPath = await siblingReview(ctx, file.path);
    const read = await readTextFile(ctx.fs, file.path, shown);
    if (!reviewPath) {
      // A folder scan passes over Markdown that is not a vatl memo (a README, notes).
      const looksLikeMemo =
        read.text !== undefined && /^---\r?\n[\s\S]*?^framework:/m.test(read.text.slice(0, 2000));
      if (explicit.has(file.path) || looksLikeMemo) {
        diagnostics.push(
          fileDiagnostic(
            shown,
            'memo/no-review',
            'This memo has no review file beside it to render it from.',
            `Expected ${basename(file.path, '.md')}.review.yaml in the same folder.`,
          ),
        );
        checked.push(file);
      }
      continue;
    }
    checked.push(file);
    if (read.diagnostic) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    if (!rendered.has(reviewPath)) {
      const result = await renderFor(reviewPath);
      rendered.set(reviewPath, result.memo);
      if (result.memo === undefined && !files.some((f) => f.path === reviewPath))
        diagnostics.push(...result.diagnostics);
    }
    const expected = rendered.get(reviewPath);
    if (expected === undefined) continue; // the review's own problems are reported already
    if (read.text !== expected) {
      const line = firstDifferentLine(read.text, expected);
      diagnostics.push({
        file: shown,
        line,
        column: 1,
        severity: 'error',
        code: 'memo/out-of-date',
        message: `The memo differs from what ${basename(reviewPath)} renders (first at line ${line}).`,
        hint: `Make changes in the review file, then run: vatl render --force ${displayPath(ctx.cwd, reviewPath)}`,
      });
    }
  }
  return { diagnostics, checked };
}

async function siblingReview(ctx: CommandContext, memoPath: string): Promise<string | undefined> {
  for (const ext of ['.review.yaml', '.review.yml']) {
    const candidate = join(dirname(memoPath), basename(memoPath, '.md') + ext);
    try {
      if ((await ctx.fs.stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next spelling
    }
  }
  // examples/<case>/memo.md beside examples/<case>/review.yaml
  const plain = join(dirname(memoPath), 'review.yaml');
  if (basename(memoPath) === 'memo.md') {
    try {
      if ((await ctx.fs.stat(plain)).isFile()) return plain;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function firstDifferentLine(actual: string, expected: string): number {
  const a = actual.split('\n');
  const b = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return 1;
}
