import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Language } from '../core/i18n/language.js';
import { parseYaml } from '../core/yaml/parse-yaml.js';
import { validateAgainstSchema } from '../core/schema/schema-diagnostics.js';
import type { CompiledValidator } from '../core/schema/schema-diagnostics.js';
import validateConfigSchema from '../generated/validate-config.js';
import type { FileSystem } from './file-system.js';
import { displayPath } from './paths.js';
import { readTextFile } from './read-text-file.js';

export const CONFIG_FILE = 'vatl.config.yaml';

/** Settings resolved to absolute folders. */
export interface Config {
  /** The config file, or undefined when none was found and defaults apply. */
  file?: string;
  /** The folder the config file is in (or the working folder). */
  root: string;
  decisions: string;
  frameworks: string[];
  templates?: string;
  defaultFramework: string;
  /** Who families can ask about decisions (`contact:`), for family summaries. */
  contact?: string;
  /** The language vatl writes in (`language:`); `--lang` wins over it. */
  language?: Language;
}

export interface LoadConfigResult {
  config: Config;
  diagnostics: Diagnostic[];
}

/** Finds `vatl.config.yaml` by walking up from `cwd`; defaults apply when there is none. */
export async function loadConfig(fs: FileSystem, cwd: string): Promise<LoadConfigResult> {
  const file = await findUp(fs, cwd, CONFIG_FILE);
  const defaults: Config = {
    root: cwd,
    decisions: join(cwd, 'decisions'),
    frameworks: [],
    defaultFramework: 'vatl',
  };
  if (!file) return { config: defaults, diagnostics: [] };
  const shown = displayPath(cwd, file);
  const read = await readTextFile(fs, file, shown);
  if (read.diagnostic) return { config: defaults, diagnostics: [read.diagnostic] };
  return parseConfig(read.text, { file, shown, defaults });
}

/**
 * The settings in the text of a config file at `file` (shown to the user as `shown`), folders
 * resolved against the file's folder; `defaults`, and the diagnostics, when it is not valid.
 * Pure: reads nothing. Never throws on bad input.
 */
export function parseConfig(
  text: string,
  where: { file: string; shown: string; defaults: Config },
): LoadConfigResult {
  const { file, shown, defaults } = where;
  const { yaml, diagnostics } = parseYaml(text, shown);
  // An empty config (or one of comments only) marks the repository's root with every default.
  const empty = !yaml && diagnostics.length === 1 && diagnostics[0]?.code === 'yaml/empty';
  if (!yaml && !empty) return { config: defaults, diagnostics };
  const schemaDiagnostics = yaml
    ? validateAgainstSchema(validateConfigSchema as unknown as CompiledValidator, yaml, 'config')
    : [];
  if (schemaDiagnostics.length > 0) return { config: defaults, diagnostics: schemaDiagnostics };
  const data = (yaml?.data ?? {}) as {
    decisions?: string;
    frameworks?: string[];
    templates?: string;
    defaultFramework?: string;
    contact?: string;
    language?: Language;
  };
  const root = dirname(file);
  return {
    config: {
      file,
      root,
      decisions: resolve(root, data.decisions ?? 'decisions'),
      frameworks: (data.frameworks ?? []).map((folder) => resolve(root, folder)),
      ...(data.templates ? { templates: resolve(root, data.templates) } : {}),
      defaultFramework: data.defaultFramework ?? 'vatl',
      ...(data.contact ? { contact: data.contact } : {}),
      ...(data.language ? { language: data.language } : {}),
    },
    diagnostics: [],
  };
}

async function findUp(fs: FileSystem, from: string, name: string): Promise<string | undefined> {
  let folder = resolve(from);
  for (;;) {
    const candidate = join(folder, name);
    try {
      if ((await fs.stat(candidate)).isFile()) return candidate;
    } catch {
      // Not here; keep walking up.
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
