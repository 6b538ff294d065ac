/**
 * Checking strings files (`vatl.es.yaml` beside `vatl.yaml`) for `vatl validate`: each one
 * named or found, and each one beside a framework file it checks, against the framework beside
 * it (or, with none beside it, the installed framework its `strings:` names).
 */
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import { stringsFileName } from '../core/framework/parse-strings.js';
import type { ParsedStrings } from '../core/framework/parse-strings.js';
import { checkStrings } from '../core/framework/strings-rules.js';
import type { FileSystem } from './file-system.js';
import { readFramework, readStrings } from './framework-registry.js';

export async function checkStringsFiles(
  fs: FileSystem,
  cwd: string,
  options: {
    /** Strings files named or found, by absolute path. */
    paths: readonly string[];
    /** The framework files checked in this run, by absolute path (their strings come too). */
    parsedByPath: ReadonlyMap<string, ParsedFramework>;
    installed: readonly ParsedFramework[];
  },
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const byPath = new Map<string, ParsedStrings | undefined>();
  for (const p of options.paths) byPath.set(p, undefined);
  for (const parsed of options.parsedByPath.values())
    for (const s of parsed.stringsFiles ?? []) byPath.set(resolve(cwd, s.file), s);
  const frameworks = new Map<string, ParsedFramework>();
  for (const p of options.installed) frameworks.set(resolve(cwd, p.file), p);
  for (const [path, p] of options.parsedByPath) frameworks.set(path, p);
  const installed = options.installed.flatMap((p) => (p.framework ? [p.framework] : []));

  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [path, known] of [...byPath].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parsed = known ?? (await readStrings(fs, cwd, path));
    files.push(parsed.file);
    diagnostics.push(...parsed.diagnostics);
    const name = stringsFileName(path);
    const beside = name ? await frameworkBeside(fs, cwd, path, name.stem, frameworks) : undefined;
    // A broken framework beside it is reported as itself; its strings cannot be checked against it.
    if (beside && !beside.framework) continue;
    diagnostics.push(
      ...checkStrings(parsed, {
        ...(name ? { fileLanguage: name.language } : {}),
        ...(beside?.framework ? { beside: beside.framework } : {}),
        installed,
      }),
    );
  }
  return { files, diagnostics };
}

/** The framework file beside a strings file (`vatl.yaml` beside `vatl.es.yaml`), if any. */
async function frameworkBeside(
  fs: FileSystem,
  cwd: string,
  path: string,
  stem: string,
  known: Map<string, ParsedFramework>,
): Promise<ParsedFramework | undefined> {
  for (const ext of ['.yaml', '.yml']) {
    const candidate = join(dirname(path), `${stem}${ext}`);
    const parsed = known.get(candidate);
    if (parsed) return parsed;
    try {
      if (!(await fs.stat(candidate)).isFile()) continue;
    } catch {
      continue;
    }
    const read = await readFramework(fs, cwd, candidate);
    known.set(candidate, read);
    return read;
  }
  return undefined;
}
