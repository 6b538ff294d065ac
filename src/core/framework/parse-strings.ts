/**
 * A framework strings file (`vatl.es.yaml` beside `vatl.yaml`): parsed with vatl's own YAML
 * reader and checked against frameworks/schema/framework-strings.schema.json. What it says
 * about the framework it is for (ids it names, strings it lacks) is checked by strings-rules.ts.
 */
import type { Diagnostic } from '../diagnostics.js';
import { isLanguage } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { YamlFile } from '../yaml/parse-yaml.js';
import { validateAgainstSchema } from '../schema/schema-diagnostics.js';
import type { CompiledValidator } from '../schema/schema-diagnostics.js';
import validateStringsSchema from '../../generated/validate-framework-strings.js';
import type { FrameworkStrings } from './localise.js';

/** A strings file after parsing: its strings when it matched the schema, and its problems. */
export interface ParsedStrings {
  file: string;
  /** Present when the file parsed and matched the schema. */
  strings?: FrameworkStrings;
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

const schemaValidator = validateStringsSchema as unknown as CompiledValidator;

/** Parses one strings file: YAML → JSON Schema. Never throws on bad input. */
export function parseStrings(text: string, file: string): ParsedStrings {
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { file, diagnostics };
  const schemaDiagnostics = validateAgainstSchema(
    schemaValidator,
    yaml,
    'framework',
    'framework-strings',
  );
  if (schemaDiagnostics.length > 0) return { file, yaml, diagnostics: schemaDiagnostics };
  return { file, yaml, strings: yaml.data as FrameworkStrings, diagnostics: [] };
}

/**
 * What a file name says when it names a strings file: `vatl.es.yaml` → the framework file's
 * stem (`vatl`) and the language (`es`). A name whose second-last part is not a language vatl
 * speaks (`vatl.yaml`, `my.rubric.yaml`) is not a strings file.
 */
export function stringsFileName(name: string): { stem: string; language: Language } | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const match = /^(.+)\.([a-z]{2})\.ya?ml$/i.exec(base);
  if (!match || /\.review$/i.test(match[1] ?? '')) return undefined;
  const language = (match[2] ?? '').toLowerCase();
  return isLanguage(language) ? { stem: match[1] ?? '', language } : undefined;
}
