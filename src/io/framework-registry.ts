import { basename, dirname, join, resolve } from 'node:path';
import {
  catalogueOf,
  checkCrossReferences,
  parseFramework,
} from '../core/framework/parse-framework.js';
import type { FrameworkCatalogue, ParsedFramework } from '../core/framework/parse-framework.js';
import { fileDiagnostic } from '../core/diagnostics.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Framework } from '../core/framework/types.js';
import type { Config } from './config.js';
import type { FileSystem } from './file-system.js';
import { closest } from '../core/text/closest.js';
import { say } from '../core/i18n/said.js';
import { FRAMEWORK_TEXT } from '../core/framework/framework-text.js';
import { BUILT_IN_FRAMEWORKS, displayPath } from './paths.js';
import { readTextFile } from './read-text-file.js';
import {
  isFromSnapshot,
  snapshotFramework,
  snapshotIds,
  snapshotStrings,
} from './framework-snapshot.js';
import type { Language } from '../core/i18n/language.js';
import { parseStrings, stringsFileName } from '../core/framework/parse-strings.js';
import type { ParsedStrings } from '../core/framework/parse-strings.js';
import type { FrameworkTranslations } from '../core/framework/localise.js';

/**
 * Reads and parses one framework file, with the strings files beside it (`vatl.es.yaml` beside
 * `vatl.yaml`): each is in `stringsFiles`, and those that are usable for it in `translations`.
 */
export async function readFramework(
  fs: FileSystem,
  cwd: string,
  path: string,
  /** `strings: false`: leave the strings files for `readTranslations`, when a run needs them. */
  options: { strings?: boolean } = {},
): Promise<ParsedFramework> {
  const shown = displayPath(cwd, path);
  const read = await readTextFile(fs, path, shown);
  if (read.diagnostic) return { file: shown, diagnostics: [read.diagnostic] };
  const parsed = snapshotFramework(path, read.text, shown) ?? parseFramework(read.text, shown);
  pathOf.set(parsed, path);
  if (options.strings === false) return parsed;
  return withStrings(parsed, await readStringsBeside(fs, cwd, path));
}

/** Where each framework was read from, for reading its strings files later. */
const pathOf = new WeakMap<ParsedFramework, string>();

/**
 * Reads the strings files of frameworks read with `strings: false`, for the languages a run
 * writes in other than each framework's own: an English run over English frameworks reads none.
 */
export async function readTranslations(
  fs: FileSystem,
  cwd: string,
  installed: readonly ParsedFramework[],
  languages: readonly Language[],
): Promise<void> {
  for (const parsed of installed) {
    const path = pathOf.get(parsed);
    const base = parsed.framework?.language ?? 'en';
    if (!path || parsed.stringsFiles || languages.every((l) => l === base)) continue;
    withStrings(parsed, await readStringsBeside(fs, cwd, path));
  }
}

function withStrings(parsed: ParsedFramework, stringsFiles: ParsedStrings[]): ParsedFramework {
  if (stringsFiles.length === 0) return parsed;
  parsed.stringsFiles = stringsFiles;
  const translations: FrameworkTranslations = {};
  for (const s of stringsFiles) {
    const language = stringsFileName(s.file)?.language;
    // Only strings for this framework, in the language the name says: validate reports the rest.
    if (s.strings && s.strings.language === language && s.strings.strings === parsed.framework?.id)
      translations[language] = s.strings;
  }
  if (Object.keys(translations).length > 0) parsed.translations = translations;
  return parsed;
}

/** Reads and parses one strings file. */
export async function readStrings(
  fs: FileSystem,
  cwd: string,
  path: string,
): Promise<ParsedStrings> {
  const shown = displayPath(cwd, path);
  const read = await readTextFile(fs, path, shown);
  if (read.diagnostic) return { file: shown, diagnostics: [read.diagnostic] };
  return snapshotStrings(path, read.text, shown) ?? parseStrings(read.text, shown);
}

/** The strings files beside a framework file, in file-name order. */
export async function stringsPathsBeside(fs: FileSystem, path: string): Promise<string[]> {
  const stem = basename(path).replace(/\.ya?ml$/i, '');
  let names: string[];
  try {
    names = await fs.readdir(dirname(path));
  } catch {
    return [];
  }
  return names
    .filter((n) => stringsFileName(n)?.stem === stem)
    .sort()
    .map((n) => join(dirname(path), n));
}

async function readStringsBeside(
  fs: FileSystem,
  cwd: string,
  path: string,
): Promise<ParsedStrings[]> {
  if (stringsFileName(path)) return [];
  const out: ParsedStrings[] = [];
  for (const p of await stringsPathsBeside(fs, path)) out.push(await readStrings(fs, cwd, p));
  return out;
}

/** The framework files of one folder (not its subfolders). */
export async function listFrameworkFiles(fs: FileSystem, folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  return names
    .filter(
      (n) =>
        /\.ya?ml$/i.test(n) &&
        !/\.review\.ya?ml$/i.test(n) &&
        !n.startsWith('.') &&
        // `vatl.es.yaml` is the strings of `vatl.yaml`, read with it: not a framework.
        !stringsFileName(n),
    )
    .sort()
    .map((n) => join(folder, n));
}

/** Every installed framework: the built-in ones, then the config's folders (which win on id). */
export async function loadInstalledFrameworks(
  fs: FileSystem,
  cwd: string,
  config: Config,
  /** Files already parsed in this run, by absolute path, so none is parsed twice. */
  parsedByPath: ReadonlyMap<string, ParsedFramework> = new Map(),
  /** `strings: false`: no strings files yet (see `readTranslations`). */
  options: { strings?: boolean } = {},
): Promise<ParsedFramework[]> {
  const folders = [BUILT_IN_FRAMEWORKS, ...config.frameworks];
  const byId = new Map<string, ParsedFramework>();
  const broken: ParsedFramework[] = [];
  for (const folder of folders) {
    for (const path of await listFrameworkFiles(fs, folder)) {
      const parsed = parsedByPath.get(path) ?? (await readFramework(fs, cwd, path, options));
      if (parsed.framework) byId.set(parsed.framework.id, parsed);
      else broken.push(parsed);
    }
  }
  return [...byId.values(), ...broken];
}

/** The catalogue cross-references resolve against. */
export function catalogueFrom(parsed: readonly ParsedFramework[]): FrameworkCatalogue {
  return catalogueOf(parsed.flatMap((p) => (p.framework ? [p.framework] : [])));
}

export interface ResolvedFramework {
  framework?: Framework;
  parsed?: ParsedFramework;
  diagnostics: Diagnostic[];
}

/**
 * Finds a framework by id among the installed ones, or reads it from a path (anything
 * with a slash or a .yaml ending), checking its cross-references against the installed ones.
 */
export async function resolveFramework(
  fs: FileSystem,
  cwd: string,
  config: Config,
  idOrPath: string,
): Promise<ResolvedFramework> {
  const installed = await loadInstalledFrameworks(fs, cwd, config);
  const looksLikePath = /[/\\]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath);
  let parsed: ParsedFramework | undefined;
  if (looksLikePath) {
    parsed = await readFramework(fs, cwd, resolve(cwd, idOrPath));
  } else {
    parsed = installed.find((p) => p.framework?.id === idOrPath);
    if (!parsed) {
      const ids = installed.flatMap((p) => (p.framework ? [p.framework.id] : [])).sort();
      return {
        diagnostics: [
          fileDiagnostic(
            idOrPath,
            'framework/not-installed',
            say(FRAMEWORK_TEXT, 'framework.not-installed', {
              id: idOrPath,
              suggestion: closest(idOrPath, ids),
              installed: ids,
            }),
          ),
        ],
      };
    }
  }
  // A built-in framework's cross-references were checked at build time against the other
  // built-in ones: again only when a folder of the config replaces one of them.
  const checked =
    isFromSnapshot(parsed) &&
    installed.every((p) => isFromSnapshot(p) || !snapshotIds().has(p.framework?.id ?? ''));
  const catalogue = catalogueFrom([...installed, parsed]);
  const diagnostics = [
    ...parsed.diagnostics,
    ...(checked ? [] : checkCrossReferences(parsed, catalogue)),
  ];
  return { ...(parsed.framework ? { framework: parsed.framework } : {}), parsed, diagnostics };
}
