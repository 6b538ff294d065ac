import type { Stats } from 'node:fs';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Volume, createFsFromVolume } from 'memfs';
import type { DirectoryJSON } from 'memfs';
import type { FileSystem } from '../../src/io/file-system.js';
import { BUILT_IN_FRAMEWORKS, BUILT_IN_TEMPLATES } from '../../src/io/paths.js';
import { FIXTURES, REPO, runVatl } from './cli.js';
import type { CliOptions, CliRun } from './cli.js';

/**
 * The working folder of a memory workspace. No such folder exists on disk, so code that
 * reads the real disk instead of `deps.fs` finds nothing there and the test shows it.
 */
export const MEMORY_CWD = '/memory/workspace';

/** vatl's FileSystem over a memfs volume: memfs's `promises` API, typed as vatl's port. */
export function memoryFileSystem(vol: Volume): FileSystem {
  const fs = createFsFromVolume(vol).promises;
  return {
    readFile: async (path) => (await fs.readFile(path)) as Buffer,
    writeFile: (path, data, options) => fs.writeFile(path, data, options),
    stat: async (path) => (await fs.stat(path)) as unknown as Stats,
    readdir: async (path) => (await fs.readdir(path)) as string[],
    mkdir: (path, options) => fs.mkdir(path, options),
    rename: (from, to) => fs.rename(from, to),
    rm: (path, options) => fs.rm(path, options),
    link: (existing, newPath) => fs.link(existing, newPath),
    unlink: (path) => fs.unlink(path),
  };
}

/** Every file under a real folder, keyed by the path it is to have in the volume. */
function filesUnder(folder: string, as: string): DirectoryJSON {
  const files: DirectoryJSON = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[join(as, relative(folder, path))] = readFileSync(path);
  }
  return files;
}

let seed: DirectoryJSON | undefined;

/**
 * What every memory workspace starts with. vatl reads its built-in frameworks and templates
 * from its install folder by real path (src/io/paths.ts), so copies sit at those same paths;
 * the workspace gets frameworks/ and fixtures/ as makeWorkspace copies them. Read from disk
 * once per test file.
 */
function seedFiles(cwd: string): DirectoryJSON {
  seed ??= {
    ...filesUnder(BUILT_IN_FRAMEWORKS, BUILT_IN_FRAMEWORKS),
    ...filesUnder(BUILT_IN_TEMPLATES, BUILT_IN_TEMPLATES),
  };
  return {
    ...seed,
    ...filesUnder(join(REPO, 'frameworks'), join(cwd, 'frameworks')),
    ...filesUnder(join(FIXTURES, 'frameworks'), join(cwd, 'fixtures')),
  };
}

export interface MemoryWorkspace {
  /** The working folder, an absolute path inside the volume. */
  cwd: string;
  /** The volume itself, for set-up and inspection with memfs's synchronous API. */
  vol: Volume;
  /** The FileSystem to give vatl. */
  fs: FileSystem;
  /** An absolute path inside the volume, from one relative to the working folder. */
  path(rel: string): string;
  /** Writes a file, making its folders. */
  write(rel: string, content: string | Buffer): void;
  read(rel: string): string;
  exists(rel: string): boolean;
  /** A folder's entries, sorted (dot files included); [] when it does not exist. */
  list(rel: string): string[];
  /** Runs vatl in-process in the working folder over this file system. */
  run(argv: readonly string[], options?: Omit<CliOptions, 'fs'>): Promise<CliRun>;
}

/**
 * An in-memory workspace: the built-in frameworks and templates where vatl looks for them,
 * copies of frameworks/ and the framework fixtures in the working folder, and `files`
 * (relative to the working folder) on top. Nothing touches the disk.
 *
 * The volume holds copies rather than reading through to the real disk: a test sees exactly
 * what is in it, writes can never reach the repository, and faults or barriers wrapped around
 * `fs` apply to every file vatl opens, built-in ones included.
 */
export function memoryWorkspace(files: Record<string, string | Buffer> = {}): MemoryWorkspace {
  const cwd = MEMORY_CWD;
  const vol = Volume.fromJSON({ ...seedFiles(cwd) });
  const fs = memoryFileSystem(vol);
  const path = (rel: string) => join(cwd, rel);
  const write = (rel: string, content: string | Buffer) => {
    vol.mkdirSync(dirname(path(rel)), { recursive: true });
    vol.writeFileSync(path(rel), content);
  };
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  return {
    cwd,
    vol,
    fs,
    path,
    write,
    read: (rel) => vol.readFileSync(path(rel), 'utf8') as string,
    exists: (rel) => vol.existsSync(path(rel)),
    list: (rel) =>
      vol.existsSync(path(rel)) ? (vol.readdirSync(path(rel)) as string[]).sort() : [],
    run: (argv, options = {}) => runVatl(cwd, argv, { ...options, fs }),
  };
}

/** One call vatl makes on its FileSystem, with its arguments. */
export type FsCall = {
  [K in keyof FileSystem]: { op: K; args: Parameters<FileSystem[K]> };
}[keyof FileSystem];

/**
 * Wraps a FileSystem so `before` sees each call before it is made. `before` may wait (a
 * barrier), throw (a disk fault) or act on `fs` itself first (half a write, then a fault).
 */
export function intercept(
  fs: FileSystem,
  before: (call: FsCall) => void | Promise<void>,
): FileSystem {
  return {
    readFile: async (...args) => (await before({ op: 'readFile', args }), fs.readFile(...args)),
    writeFile: async (...args) => (await before({ op: 'writeFile', args }), fs.writeFile(...args)),
    stat: async (...args) => (await before({ op: 'stat', args }), fs.stat(...args)),
    readdir: async (...args) => (await before({ op: 'readdir', args }), fs.readdir(...args)),
    mkdir: async (...args) => (await before({ op: 'mkdir', args }), fs.mkdir(...args)),
    rename: async (...args) => (await before({ op: 'rename', args }), fs.rename(...args)),
    rm: async (...args) => (await before({ op: 'rm', args }), fs.rm(...args)),
    link: async (...args) => (await before({ op: 'link', args }), fs.link(...args)),
    unlink: async (...args) => (await before({ op: 'unlink', args }), fs.unlink(...args)),
  };
}

const MESSAGES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  EIO: 'i/o error',
  EPERM: 'operation not permitted',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
};

/** An error as Node's fs gives it: `CODE: description, syscall 'path'`, with code and errno. */
export function fsError(code: keyof typeof MESSAGES, syscall: string, path?: string): Error {
  const error = new Error(
    `${code}: ${MESSAGES[code]}, ${syscall}${path ? ` '${path}'` : ''}`,
  ) as NodeJS.ErrnoException;
  error.code = code;
  error.syscall = syscall;
  if (path) error.path = path;
  return error;
}
