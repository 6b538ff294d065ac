import { join } from 'node:path';
import { formatId, idNumber } from '../core/review/serialize-review.js';
import { VatlError } from '../errors.js';
import { pathExists } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { displayPath } from './paths.js';
import { writeFileAtomic } from './write-file.js';

export interface DecisionPaths {
  id: string;
  review: string;
  memo: string;
}

export function decisionPaths(folder: string, id: string): DecisionPaths {
  return { id, review: join(folder, `${id}.review.yaml`), memo: join(folder, `${id}.md`) };
}

/** The next free number in the decisions folder: one more than the highest in use. */
export async function nextNumber(fs: FileSystem, folder: string): Promise<number> {
  let names: string[] = [];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 1;
  }
  return names.reduce((max, name) => Math.max(max, idNumber(name) ?? 0), 0) + 1;
}

/**
 * Writes a review and its memo. With a fixed id, an existing file is an error unless
 * `force`. Without one, the next number is claimed atomically: if another run took it a
 * moment ago, the next is tried, so concurrent runs never share an id.
 */
export async function writeDecision(
  fs: FileSystem,
  cwd: string,
  folder: string,
  files: {
    id?: string;
    slug: string;
    review: (id: string) => string;
    memo: (id: string) => string;
  },
  force: boolean,
): Promise<DecisionPaths> {
  if (files.id) {
    const paths = decisionPaths(folder, files.id);
    if (!force) {
      // Refuse before writing either file, so a refusal leaves the folder as it was.
      for (const path of [paths.review, paths.memo]) {
        if (await pathExists(fs, path)) {
          throw new VatlError('review/exists', `${displayPath(cwd, path)} already exists.`, {
            hint: 'Use --force to replace it, or --out to write elsewhere.',
            exitCode: 1,
          });
        }
      }
    }
    await writeFileAtomic(fs, paths.review, files.review(files.id), { overwrite: true });
    await writeFileAtomic(fs, paths.memo, files.memo(files.id), { overwrite: true });
    return paths;
  }
  let n = await nextNumber(fs, folder);
  for (let attempt = 0; attempt < 1000; attempt++, n++) {
    const id = formatId(n, files.slug);
    const paths = decisionPaths(folder, id);
    if (
      (await writeFileAtomic(fs, paths.review, files.review(id), { overwrite: false })) === 'exists'
    )
      continue;
    // The review file claimed the id; the memo beside it is ours to write.
    await writeFileAtomic(fs, paths.memo, files.memo(id), { overwrite: true });
    return paths;
  }
  throw new VatlError(
    'review/no-free-id',
    `No free decision number was found in ${displayPath(cwd, folder)}.`,
  );
}
