/**
 * The built-in frameworks, parsed at build time: `scripts/build.js` parses each file of
 * frameworks/ that has no problems and writes its data with the SHA-256 of its text to
 * dist/snapshot/frameworks.json. A built-in file whose text still has that hash is taken from
 * the snapshot (JSON reads far faster than YAML); an edited file, or a missing or unreadable
 * snapshot, is parsed as any other file. A framework from the snapshot parses its YAML only if
 * something asks for its `yaml` (to locate a problem).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  catalogueOf,
  checkCrossReferences,
  parseFramework,
} from '../core/framework/parse-framework.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import { parseStrings, stringsFileName } from '../core/framework/parse-strings.js';
import type { ParsedStrings } from '../core/framework/parse-strings.js';
import type { FrameworkStrings } from '../core/framework/localise.js';
import { checkStrings } from '../core/framework/strings-rules.js';
import { parseYaml } from '../core/yaml/parse-yaml.js';
import type { Framework } from '../core/framework/types.js';
import type { YamlFile } from '../core/yaml/parse-yaml.js';
import { BUILT_IN_FRAMEWORKS, PACKAGE_ROOT } from './paths.js';

export const SNAPSHOT_FILE = join(PACKAGE_ROOT, 'dist', 'snapshot', 'frameworks.json');
export const SNAPSHOT_VERSION = 2;

export interface FrameworkSnapshot {
  version: number;
  /** By file name in frameworks/ (`vatl.yaml`). */
  frameworks: Record<string, { sha256: string; framework: Framework }>;
  /** The built-in strings files (`vatl.es.yaml`), by file name. */
  strings: Record<string, { sha256: string; strings: FrameworkStrings }>;
}

let loaded: FrameworkSnapshot | null | undefined;
const fromSnapshot = new WeakSet<ParsedFramework>();

function snapshot(): FrameworkSnapshot | null {
  if (loaded !== undefined) return loaded;
  try {
    const data = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as FrameworkSnapshot;
    loaded = data.version === SNAPSHOT_VERSION && data.frameworks && data.strings ? data : null;
  } catch {
    loaded = null; // not built, or damaged: every file is parsed
  }
  return loaded;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The parse of a built-in framework file from the snapshot, when `path` is one and `text` is
 * what was snapshotted; otherwise undefined (the caller parses it).
 */
export function snapshotFramework(
  path: string,
  text: string,
  file: string,
): ParsedFramework | undefined {
  if (dirname(path) !== BUILT_IN_FRAMEWORKS) return undefined;
  const entry = snapshot()?.frameworks[basename(path)];
  if (!entry || entry.sha256 !== sha256(text)) return undefined;
  let yaml: YamlFile | undefined;
  const parsed: ParsedFramework = {
    file,
    // A fresh copy each time: callers may keep or change what they are given.
    framework: structuredClone(entry.framework),
    diagnostics: [],
    get yaml(): YamlFile | undefined {
      yaml ??= parseFramework(text, file).yaml;
      return yaml;
    },
  };
  fromSnapshot.add(parsed);
  return parsed;
}

/**
 * The parse of a built-in strings file from the snapshot, when `path` is one and `text` is what
 * was snapshotted; otherwise undefined (the caller parses it).
 */
export function snapshotStrings(
  path: string,
  text: string,
  file: string,
): ParsedStrings | undefined {
  if (dirname(path) !== BUILT_IN_FRAMEWORKS) return undefined;
  const entry = snapshot()?.strings[basename(path)];
  if (!entry || entry.sha256 !== sha256(text)) return undefined;
  let yaml: YamlFile | undefined;
  return {
    file,
    strings: structuredClone(entry.strings),
    diagnostics: [],
    get yaml(): YamlFile | undefined {
      yaml ??= parseYaml(text, file).yaml;
      return yaml;
    },
  };
}

/** Whether a parse came from the snapshot (checked at build time, cross-references included). */
export function isFromSnapshot(parsed: ParsedFramework): boolean {
  return fromSnapshot.has(parsed);
}

/** The ids of the snapshotted frameworks. */
export function snapshotIds(): ReadonlySet<string> {
  return new Set(Object.values(snapshot()?.frameworks ?? {}).map((e) => e.framework.id));
}

/** The snapshot's content for the given built-in files, for `scripts/build.js`. */
export function buildSnapshot(files: readonly { name: string; text: string }[]): {
  snapshot: FrameworkSnapshot;
  skipped: string[];
} {
  const frameworks: FrameworkSnapshot['frameworks'] = {};
  const strings: FrameworkSnapshot['strings'] = {};
  const skipped: string[] = [];
  const stringsFiles = files.filter((f) => stringsFileName(f.name));
  const parsed = files
    .filter((f) => !stringsFileName(f.name))
    .map(({ name, text }) => ({
      name,
      text,
      parsed: parseFramework(text, name),
    }));
  const catalogue = catalogueOf(
    parsed.flatMap((p) => (p.parsed.framework ? [p.parsed.framework] : [])),
  );
  for (const { name, text, parsed: p } of parsed) {
    const problems = [...p.diagnostics, ...checkCrossReferences(p, catalogue)];
    if (!p.framework || problems.length > 0) skipped.push(name);
    else frameworks[name] = { sha256: sha256(text), framework: p.framework };
  }
  // A strings file goes in when it has no errors against the framework beside it (a string
  // still missing is a warning, and falls back to the base language at run time as well).
  for (const { name, text } of stringsFiles) {
    const p = parseStrings(text, name);
    const { stem, language } = stringsFileName(name) ?? {};
    const beside = parsed.find((f) => f.name.replace(/\.ya?ml$/, '') === stem)?.parsed.framework;
    const problems = [
      ...p.diagnostics,
      ...checkStrings(p, {
        ...(language ? { fileLanguage: language } : {}),
        ...(beside ? { beside } : {}),
        installed: [],
      }),
    ].filter((d) => d.severity === 'error');
    if (!p.strings || !beside || problems.length > 0) skipped.push(name);
    else strings[name] = { sha256: sha256(text), strings: p.strings };
  }
  return { snapshot: { version: SNAPSHOT_VERSION, frameworks, strings }, skipped };
}
