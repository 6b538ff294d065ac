import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, pathExists } from './file-system.js';
import type { FileSystem } from './file-system.js';

export type WriteResult = 'written' | 'exists';

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which
 * then takes the target's name in one step, so a crash leaves the old file or the new one,
 * never half of one. Without `overwrite`, an existing target is left alone and `'exists'`
 * comes back — checked in the same step (a hard link fails if the name is taken), so two
 * processes cannot both claim one name.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  path: string,
  content: string,
  options: { overwrite: boolean },
): Promise<WriteResult> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  await fs.writeFile(temp, content, { flag: 'wx' });
  try {
    if (options.overwrite) {
      await fs.rename(temp, path);
      return 'written';
    }
    try {
      await fs.link(temp, path);
      return 'written';
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return 'exists';
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? ''))
        throw error;
      // No hard links on this file system: fall back to check-then-rename (a narrow race).
      if (await pathExists(fs, path)) return 'exists';
      await fs.rename(temp, path);
      return 'written';
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
