import type { Stats } from 'node:fs';

/**
 * The file-system calls vatl makes, as `node:fs/promises` provides them. Passed in as a
 * dependency so tests can watch or fake it.
 */
export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string, options?: { flag?: string }): Promise<void>;
  stat(path: string): Promise<Stats>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Node's error code of a failed file-system call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Whether anything (file or folder) is at `path`. */
export async function pathExists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
