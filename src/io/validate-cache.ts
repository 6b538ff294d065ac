/**
 * The `vatl validate --cache` file, as ESLint keeps `.eslintcache`: each checked review's
 * problems, keyed on the file's content, under a key made of vatl's version, the review schema
 * and the installed frameworks. A review whose content and key are unchanged is not parsed
 * again. The file is safe to delete; one that cannot be read or parsed, or was written under
 * another key, is ignored (and replaced when the run ends).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Framework } from '../core/framework/types.js';
import type { FileSystem } from './file-system.js';
import { PACKAGE_ROOT } from './paths.js';
import { writeFileAtomic } from './write-file.js';

/** The cache's name when `--cache-location` is not given, or names a folder. */
export const CACHE_FILE = '.vatlcache';

interface CacheData {
  key: string;
  /** By absolute path: the SHA-256 of the content, and its problems without `file`. */
  files: Record<string, { sha256: string; diagnostics: Omit<Diagnostic, 'file'>[] }>;
}

export interface ValidateCache {
  /** The problems cached for this content, with `file` set to how the file is shown. */
  get(path: string, text: string, file: string): Diagnostic[] | undefined;
  set(path: string, text: string, diagnostics: readonly Diagnostic[]): void;
  /** Writes the cache if anything changed; a write that fails is not an error. */
  save(): Promise<void>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Where the cache lives: `--cache-location` as a file, or `.vatlcache` inside it when it is a
 * folder (an existing one, or a path ending in a slash); `.vatlcache` in `cwd` by default.
 */
export async function cachePath(fs: FileSystem, cwd: string, location?: string): Promise<string> {
  if (location === undefined || location === '') return join(cwd, CACHE_FILE);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, CACHE_FILE);
  try {
    if ((await fs.stat(path)).isDirectory()) return join(path, CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return path;
}

/** The key every cached result depends on besides the file's own content. */
export function cacheKey(version: string, frameworks: readonly Framework[]): string {
  let schema = '';
  try {
    schema = readFileSync(join(PACKAGE_ROOT, 'frameworks', 'schema', 'review.schema.json'), 'utf8');
  } catch {
    // the validators are compiled in; the version still keys them
  }
  const ordered = [...frameworks].sort((a, b) => a.id.localeCompare(b.id));
  return digest(JSON.stringify([version, digest(schema), ordered]));
}

export async function openCache(fs: FileSystem, path: string, key: string): Promise<ValidateCache> {
  let data: CacheData = { key, files: {} };
  try {
    const read = JSON.parse((await fs.readFile(path)).toString('utf8')) as Partial<CacheData>;
    if (read && read.key === key && read.files && typeof read.files === 'object')
      data = { key, files: read.files };
  } catch {
    // missing or damaged: start empty
  }
  let changed = false;
  return {
    get(filePath, text, file) {
      const entry = data.files[filePath];
      if (!entry || !Array.isArray(entry.diagnostics) || entry.sha256 !== digest(text))
        return undefined;
      return entry.diagnostics.map((d) => ({ file, ...d }) as Diagnostic);
    },
    set(filePath, text, diagnostics) {
      data.files[filePath] = {
        sha256: digest(text),
        diagnostics: diagnostics.map(({ file: _file, ...rest }) => rest),
      };
      changed = true;
    },
    async save() {
      if (!changed) return;
      try {
        await writeFileAtomic(fs, path, JSON.stringify(data), { overwrite: true });
      } catch {
        // a read-only folder runs without a cache
      }
    },
  };
}
