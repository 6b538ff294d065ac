import type { FrameworkTranslations } from './localise.js';
import type { ParsedStrings } from './parse-strings.js';
import type { Diagnostic } from '../diagnostics.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { YamlFile } from '../yaml/parse-yaml.js';
import { validateAgainstSchema } from '../schema/schema-diagnostics.js';
import type { CompiledValidator } from '../schema/schema-diagnostics.js';
import validateFrameworkSchema from '../../generated/validate-framework.js';
import { FRAMEWORK_RULES, referenceableIds } from './rules.js';
import { locateFinding } from '../findings.js';
import type { Finding } from '../findings.js';
import type { Framework } from './types.js';
import { say } from '../i18n/said.js';
import { FRAMEWORK_TEXT as T } from './framework-text.js';

/** A framework file after parsing: the framework when it is usable, and every problem found. */
export interface ParsedFramework {
  file: string;
  /** Present when the file parsed and matched the schema (it may still have rule errors). */
  framework?: Framework;
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
  /** The strings files found beside it, by language (see localise.ts). */
  translations?: FrameworkTranslations;
  /** Every strings file beside it (`vatl.es.yaml` beside `vatl.yaml`), as parsed. */
  stringsFiles?: ParsedStrings[];
}

/** Other frameworks' referenceable ids, by framework id, for resolving cross-references. */
export type FrameworkCatalogue = ReadonlyMap<string, ReadonlySet<string>>;

const schemaValidator = validateFrameworkSchema as unknown as CompiledValidator;

/**
 * Parses and checks one framework file: YAML → JSON Schema → semantic rules.
 * Returns data and diagnostics; never throws on bad input.
 */
export function parseFramework(text: string, file: string): ParsedFramework {
  const { yaml, diagnostics } = parseYaml(text, file);
  if (!yaml) return { file, diagnostics };
  const schemaDiagnostics = validateAgainstSchema(schemaValidator, yaml, 'framework');
  if (schemaDiagnostics.length > 0) return { file, yaml, diagnostics: schemaDiagnostics };
  const framework = yaml.data as Framework;
  const findings = FRAMEWORK_RULES.flatMap((rule) => rule(framework));
  return { file, yaml, framework, diagnostics: findings.map((f) => locateFinding(yaml, f)) };
}

/**
 * Checks that every cross-reference to another framework names one the catalogue holds,
 * and an item that framework defines.
 */
export function checkCrossReferences(
  parsed: ParsedFramework,
  catalogue: FrameworkCatalogue,
): Diagnostic[] {
  const { framework, yaml } = parsed;
  if (!framework || !yaml) return [];
  const findings: Finding[] = [];
  framework.questions.forEach((q, i) => {
    for (const [target, ids] of Object.entries(q.refs ?? {})) {
      if (target === framework.id) continue;
      const known = catalogue.get(target);
      if (!known) {
        findings.push({
          path: ['questions', i, 'refs', target],
          part: 'key',
          code: 'framework/unknown-framework',
          ...say(T, 'framework.unknown-framework', {
            id: q.id,
            target,
            installed: [...catalogue.keys()].sort(),
          }),
        });
        continue;
      }
      ids.forEach((id, ri) => {
        if (!known.has(id)) {
          findings.push({
            path: ['questions', i, 'refs', target, ri],
            code: 'framework/unknown-reference',
            ...say(T, 'framework.unknown-ref', { id: q.id, ref: id, framework: target }),
          });
        }
      });
    }
  });
  return findings.map((f) => locateFinding(yaml, f));
}

/** Builds a catalogue entry for each usable framework. */
export function catalogueOf(frameworks: readonly Framework[]): Map<string, ReadonlySet<string>> {
  return new Map(frameworks.map((fw) => [fw.id, referenceableIds(fw)]));
}
