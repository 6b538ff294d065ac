import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { fileDiagnostic } from '../core/diagnostics.js';
import { say } from '../core/i18n/said.js';
import { FILES_TEXT } from './files-text.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { FileSystem } from './file-system.js';
import { kindOf } from './find-files.js';

/**
 * The review files named on a command line, with glob patterns expanded as `vatl validate`
 * expands them, so `vatl render 'decisions/*.review.yaml'` (quoted, or from a shell that does
 * not expand it) works as the unquoted one does. A name that exists as a file is taken as it
 * is, even with glob characters in it; a pattern keeps only review files, in name order, and
 * one that matches none is a `file/no-match` problem. Paths come back absolute, in the order
 * given (a file named twice is not merged away: the command decides what that means).
 */
export async function expandReviewPaths(
  fs: FileSystem,
  cwd: string,
  args: readonly string[],
): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    if (!isDynamicPattern(arg) || (await exists(fs, resolve(cwd, arg)))) {
      paths.push(resolve(cwd, arg));
      continue;
    }
    const matches = (
      await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      })
    )
      .filter((path) => kindOf(path) === 'review')
      .map((path) => resolve(path))
      .sort();
    if (matches.length === 0)
      diagnostics.push(
        fileDiagnostic(arg, 'file/no-match', say(FILES_TEXT, 'files.no-review-match', {})),
      );
    paths.push(...matches);
  }
  return { paths, diagnostics };
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
