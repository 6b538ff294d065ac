/** Reading every review in a decisions folder, for the portfolio index and what is due. */
import { basename } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Framework } from '../core/framework/types.js';
import type { PortfolioEntry } from '../core/portfolio/index-page.js';
import { evaluateReview } from '../core/review/evaluate-review.js';
import { idOfReviewPath, readReview } from './decision-files.js';
import type { FileSystem } from './file-system.js';
import { findFiles } from './find-files.js';

/**
 * Reads and evaluates the reviews in a folder (and its subfolders). A review that cannot be
 * read, parsed or checked comes back as diagnostics and is left out of the entries.
 */
export async function readPortfolio(
  fs: FileSystem,
  cwd: string,
  folder: string,
  installed: readonly Framework[],
): Promise<{ entries: PortfolioEntry[]; diagnostics: Diagnostic[] }> {
  const entries: PortfolioEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let exists = true;
  try {
    exists = (await fs.stat(folder)).isDirectory();
  } catch {
    exists = false;
  }
  if (!exists) return { entries, diagnostics };
  const found = await findFiles(fs, cwd, [folder], { kinds: ['review'], allowEmpty: true });
  diagnostics.push(...found.diagnostics);
  const paths = found.files.map((f) => f.path).sort();
  for (const path of paths) {
    const parsed = await readReview(fs, cwd, path);
    const { evaluated, diagnostics: own } = evaluateReview(parsed, installed);
    const errors = own.filter((d) => d.severity === 'error');
    if (!evaluated || errors.length > 0) {
      diagnostics.push(...(errors.length > 0 ? errors : own));
      continue;
    }
    entries.push({
      evaluated,
      fileId: idOfReviewPath(path) ?? basename(path).replace(/\.ya?ml$/i, ''),
    });
  }
  return { entries, diagnostics };
}
