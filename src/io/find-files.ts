import type { Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { fileDiagnostic } from '../core/diagnostics.js';
import { say } from '../core/i18n/said.js';
import type { Said, TextRef } from '../core/i18n/said.js';
import { FILES_TEXT } from './files-text.js';
import type { Diagnostic, DiagnosticCode } from '../core/diagnostics.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { displayPath } from './paths.js';
import { isStaleTemp, targetOfTemp } from './write-file.js';
import { shellQuote } from '../core/text/terminal-text.js';

export type FileKind = 'framework' | 'review' | 'memo';

export interface FoundFile {
  path: string;
  kind: FileKind;
}

/** Folders never searched: dependencies, version control, tool caches. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'coverage']);

/** What kind of vatl file a name is, or undefined for files vatl does not check. */
export function kindOf(name: string): FileKind | undefined {
  if (/(^|[\\/.])review\.ya?ml$/i.test(name)) return 'review';
  if (/^vatl\.config\.ya?ml$/i.test(name.split('/').pop() ?? '')) return undefined;
  if (/\.ya?ml$/i.test(name)) return 'framework';
  if (/\.md$/i.test(name)) return 'memo';
  return undefined;
}

/**
 * Expands files, folders and glob patterns into the vatl files they hold. A file named
 * outright is checked whatever it is called; folders and globs keep only vatl files.
 * Problems (a missing path, a folder with nothing to check) come back as diagnostics.
 */
export async function findFiles(
  fs: FileSystem,
  cwd: string,
  targets: readonly string[],
  options: {
    kinds?: readonly FileKind[];
    allowEmpty?: boolean;
    /** Every target must be a folder (the config's folders): a file there is reported. */
    folders?: boolean;
    /** Report temporary files that runs killed mid-write left in the folders searched. */
    staleTemps?: boolean;
  } = {},
): Promise<{ files: FoundFile[]; diagnostics: Diagnostic[] }> {
  const kinds = new Set<FileKind>(options.kinds ?? ['framework', 'review', 'memo']);
  const files = new Map<string, FoundFile>();
  const diagnostics: Diagnostic[] = [];
  const problem = (target: string, code: DiagnosticCode, said: Said & { text: TextRef }) =>
    diagnostics.push(fileDiagnostic(target, code, said));

  for (const target of targets) {
    if (isDynamicPattern(target)) {
      const matches = await glob(target, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      const kept = matches
        .map((path) => ({ path, kind: kindOf(path) }))
        .filter((f): f is FoundFile => !!f.kind && kinds.has(f.kind));
      if (kept.length === 0)
        problem(target, 'file/no-match', say(FILES_TEXT, 'files.no-match', {}));
      for (const f of kept) files.set(f.path, f);
      continue;
    }
    const path = resolve(cwd, target);
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(path)).isDirectory();
    } catch (error) {
      if (errorCode(error) === 'ENOENT')
        problem(target, 'file/not-found', say(FILES_TEXT, 'files.no-such-path', {}));
      else
        problem(
          target,
          'file/unreadable',
          say(FILES_TEXT, 'files.cannot-read-it', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        );
      continue;
    }
    if (!isDirectory && options.folders) {
      problem(
        displayPath(cwd, path) || '.',
        'io/not-a-folder',
        say(FILES_TEXT, 'files.file-not-folder', {}),
      );
      continue;
    }
    if (!isDirectory) {
      files.set(path, { path, kind: kindOf(path) ?? 'framework' });
      continue;
    }
    const { found, unreadable, temps } = await walk(fs, path, kinds);
    for (const folder of unreadable)
      problem(
        displayPath(cwd, folder.path) || '.',
        'file/unreadable',
        say(FILES_TEXT, 'files.unreadable-folder', { detail: folder.reason }),
      );
    if (options.staleTemps)
      for (const temp of temps) {
        const shown = displayPath(cwd, temp);
        const target = targetOfTemp(basename(temp)) ?? '';
        diagnostics.push({
          ...fileDiagnostic(
            shown,
            'io/stale-temp',
            say(FILES_TEXT, 'files.stale-temp', { target, command: `rm ${shellQuote(shown)}` }),
          ),
          severity: 'warning',
        });
      }
    if (found.length === 0 && !options.allowEmpty) {
      problem(
        displayPath(cwd, path) || '.',
        'file/nothing-to-check',
        say(FILES_TEXT, 'files.nothing-to-check', { kinds: [...kinds] }),
      );
    }
    for (const f of found) files.set(f.path, f);
  }
  return {
    files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    diagnostics,
  };
}

/**
 * Every vatl file under a folder. Each folder and file is visited once by its identity on
 * disk, so a symbolic link back up the tree (or two links to one folder) cannot loop or count
 * a file twice.
 */
const STAT_BATCH = 256;

async function walk(
  fs: FileSystem,
  folder: string,
  kinds: ReadonlySet<FileKind>,
): Promise<{
  found: FoundFile[];
  unreadable: { path: string; reason: string }[];
  temps: string[];
}> {
  const out: FoundFile[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const temps: string[] = [];
  const result = { found: out, unreadable, temps };
  const seen = new Set<string>();
  const identity = (stats: { dev: number; ino: number }) => `${stats.dev}:${stats.ino}`;
  try {
    seen.add(identity(await fs.stat(folder)));
  } catch {
    return result;
  }
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    let names: string[];
    try {
      names = await fs.readdir(current);
    } catch (error) {
      // A folder that vanished meanwhile holds nothing; one that cannot be read is a problem.
      if (errorCode(error) !== 'ENOENT')
        unreadable.push({ path: current, reason: readFailure(error) });
      continue;
    }
    const paths = names
      .sort()
      .filter((name) => {
        if (isStaleTemp(name)) temps.push(join(current, name));
        return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
      })
      .map((name) => join(current, name));
    // Many at a time (a decisions folder may hold thousands), then taken in name order.
    const statted: (Stats | undefined)[] = [];
    for (let i = 0; i < paths.length; i += STAT_BATCH) {
      const batch = paths.slice(i, i + STAT_BATCH);
      statted.push(...(await Promise.all(batch.map((p) => fs.stat(p).catch(() => undefined)))));
    }
    for (const [i, path] of paths.entries()) {
      const stats = statted[i];
      if (!stats) continue;
      const name = basename(path);
      const kind = stats.isDirectory() ? undefined : kindOf(name);
      if (!stats.isDirectory() && !(kind && kinds.has(kind))) continue;
      // ino 0 is a file system that gives no identities: nothing to compare them by.
      if (stats.ino !== 0) {
        if (seen.has(identity(stats))) continue;
        seen.add(identity(stats));
      }
      if (stats.isDirectory()) pending.push(path);
      else if (kind) out.push({ path, kind });
    }
  }
  return result;
}

function readFailure(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'it is not a folder';
  return error instanceof Error ? error.message : String(error);
}
