import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode, pathExists } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { fileFault } from './file-fault.js';

export type WriteResult = 'written' | 'exists';

/** One file of a write: its content, and whether it may replace a file already there. */
export interface FileToWrite {
  path: string;
  content: string;
  overwrite: boolean;
}

/**
 * vatl's temporary files: `.0007-x.md.<pid>-<12 hex>.tmp` beside the file they become. The pid
 * tells a later run whether the run that made one is still going; the older form (a UUID, no
 * pid) is always stale.
 */
const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;
const OLD_TEMP = /^\.(.+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

function tempPathFor(path: string): string {
  const name = `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  return join(dirname(path), name);
}

/** The name of the file a vatl temporary file was to become, or undefined for other names. */
export function targetOfTemp(name: string): string | undefined {
  return (TEMP.exec(name) ?? OLD_TEMP.exec(name))?.[1];
}

/** Whether a file name is a vatl temporary file whose run has ended (it was killed mid-write). */
export function isStaleTemp(name: string): boolean {
  if (OLD_TEMP.test(name)) return true;
  const pid = TEMP.exec(name)?.[2];
  return pid !== undefined && !isRunning(Number(pid));
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another account.
    return errorCode(error) === 'EPERM';
  }
}

/** Deletes the temporary files runs killed mid-write left in `folder`; a run still going keeps its own. */
export async function removeStaleTemps(fs: FileSystem, folder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names.filter(isStaleTemp))
    await fs.rm(join(folder, name), { force: true }).catch(() => undefined);
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which
 * then takes the target's name in one step, so a crash leaves the old file or the new one,
 * never half of one. Without `overwrite`, an existing target is left alone and `'exists'`
 * comes back — checked in the same step (a hard link fails if the name is taken), so two
 * processes cannot both claim one name. A failure is a `FileFault` naming the target.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  path: string,
  content: string,
  options: { overwrite: boolean },
): Promise<WriteResult> {
  return writeFilesAtomic(fs, [{ path, content, overwrite: options.overwrite }]);
}

/**
 * Writes files that belong together (a review and its memo) so a fault or a kill leaves as
 * little as can be between old and new: every file's content is written to its temporary file
 * first — where a full disk strikes, with nothing changed yet — and only then does each take
 * its name, one rename after another. A file without `overwrite` claims its name: if it is
 * taken, `'exists'` comes back and the files after it are not written. When a later file
 * fails, files this call claimed are removed again, so a claim is never left half-done.
 * Stale temporary files of killed runs in the folders written are deleted first.
 */
export async function writeFilesAtomic(
  fs: FileSystem,
  files: readonly FileToWrite[],
): Promise<WriteResult> {
  const temps: string[] = [];
  const written: string[] = [];
  const claimed: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const folder of new Set(files.map((f) => dirname(f.path)))) {
      await fs.mkdir(folder, { recursive: true });
      await removeStaleTemps(fs, folder);
    }
    for (const file of files) {
      current = file.path;
      const temp = tempPathFor(file.path);
      temps.push(temp);
      await fs.writeFile(temp, file.content, { flag: 'wx' });
    }
    for (const [i, file] of files.entries()) {
      current = file.path;
      const temp = temps[i] as string;
      if (file.overwrite) await fs.rename(temp, file.path);
      else if (await claim(fs, temp, file.path)) claimed.push(file.path);
      else return 'exists';
      written.push(file.path);
    }
    return 'written';
  } catch (error) {
    for (const path of claimed.reverse()) {
      await fs.unlink(path).catch(() => undefined);
      written.splice(written.indexOf(path), 1);
    }
    throw await fileFault(fs, error, 'write', current, { written, of: files.length });
  } finally {
    for (const temp of temps) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Gives `temp` the name `path` unless something has it: false when it was taken. */
async function claim(fs: FileSystem, temp: string, path: string): Promise<boolean> {
  try {
    await fs.link(temp, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    // No hard links on this file system: fall back to check-then-rename (a narrow race).
    if (await pathExists(fs, path)) return false;
    await fs.rename(temp, path);
    return true;
  }
}
