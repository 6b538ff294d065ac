/** Reading every review in a decisions folder, for the portfolio index and what is due. */
import { basename, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Framework } from '../core/framework/types.js';
import {
  INDEX_FILE,
  checkIndexText,
  renderIndexMarkdown,
  rowSeed,
  rowsFromSeeds,
} from '../core/portfolio/index-page.js';
import type { PortfolioEntry } from '../core/portfolio/index-page.js';
import { evaluateReview } from '../core/review/evaluate-review.js';
import { idOfReviewPath, readReview } from './decision-files.js';
import type { FileSystem } from './file-system.js';
import { findFiles } from './find-files.js';
import { displayPath } from './paths.js';
import { readTextFile } from './read-text-file.js';

/**
 * Reads and evaluates the reviews in a folder (and its subfolders), keeping what `project`
 * takes from each, so a large folder is not held in memory whole. A review that cannot be
 * read, parsed or checked comes back as diagnostics and is left out of the entries.
 */
export async function readPortfolio<T>(
  fs: FileSystem,
  cwd: string,
  folder: string,
  installed: readonly Framework[],
  project: (entry: PortfolioEntry) => T,
): Promise<{ entries: T[]; diagnostics: Diagnostic[]; missing?: true }> {
  const entries: T[] = [];
  const diagnostics: Diagnostic[] = [];
  let exists = true;
  try {
    exists = (await fs.stat(folder)).isDirectory();
  } catch {
    exists = false;
  }
  if (!exists) return { entries, diagnostics, missing: true };
  const found = await findFiles(fs, cwd, [folder], { kinds: ['review'], allowEmpty: true });
  diagnostics.push(...found.diagnostics);
  const paths = found.files.map((f) => f.path).sort();
  for (const path of paths) {
    const parsed = await readReview(fs, cwd, path);
    // The index and the due list show scores and outcomes, not what would raise them.
    const { evaluated, diagnostics: own } = evaluateReview(parsed, installed, undefined, {
      path: false,
    });
    const errors = own.filter((d) => d.severity === 'error');
    if (!evaluated || errors.length > 0) {
      diagnostics.push(...(errors.length > 0 ? errors : own));
      continue;
    }
    const fileId = idOfReviewPath(path) ?? basename(path).replace(/\.ya?ml$/i, '');
    // A copy, so strings sliced from the file's text do not keep each whole file in memory.
    entries.push(JSON.parse(JSON.stringify(project({ evaluated, fileId }))) as T);
  }
  return { entries, diagnostics };
}

/**
 * Checks `<folder>/index.md` against what `vatl log` would write now. The reviews' own
 * problems are not repeated here: `vatl validate` reports them with the reviews.
 */
export async function checkIndexFile(
  fs: FileSystem,
  cwd: string,
  folder: string,
  installed: readonly Framework[],
): Promise<{ file: string; diagnostics: Diagnostic[] }> {
  const path = join(folder, INDEX_FILE);
  const file = displayPath(cwd, path);
  const read = await readTextFile(fs, path, file);
  if (read.diagnostic) return { file, diagnostics: [read.diagnostic] };
  const { entries } = await readPortfolio(fs, cwd, folder, installed, rowSeed);
  const stale = checkIndexText(
    { file, text: read.text ?? '' },
    renderIndexMarkdown(rowsFromSeeds(entries)),
  );
  return { file, diagnostics: stale ? [stale] : [] };
}
