import type { ErrorObject } from 'ajv';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { PathSegment, YamlFile } from '../yaml/parse-yaml.js';
import { closest } from '../text/closest.js';
import { knownProperties } from './known-properties.js';
import type { KnownSchema } from './known-properties.js';
import { say } from '../i18n/said.js';
import type { Said, TextRef } from '../i18n/said.js';
import { SCHEMA_TEXT } from './schema-text.js';

/** A validator precompiled by scripts/build.js. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** An unknown key with no near match lists the allowed ones, when they are this few. */
const MAX_LISTED = 12;

/** The namespaces whose files are checked against a JSON Schema. */
export type SchemaCodePrefix = 'framework' | 'review' | 'config';

/**
 * Runs a precompiled schema validator and turns its errors into located diagnostics,
 * one per problem, with the noise of `oneOf` branches reduced to the branch the user meant.
 */
export function validateAgainstSchema(
  validate: CompiledValidator,
  yaml: YamlFile,
  codePrefix: SchemaCodePrefix,
  /** The schema the names of a did-you-mean come from, when not the prefix's own. */
  schemaOf: KnownSchema = codePrefix,
): Diagnostic[] {
  if (validate(yaml.data)) return [];
  const all = pickRelevantErrors(validate.errors ?? []);
  // A key that breaks `propertyNames` is reported by its pattern error, which says what a key
  // must look like; the generic "has a key that is not allowed" beside it says less.
  const namedKeys = new Set(
    all.flatMap((e) => (e.propertyName ? [`${e.instancePath}:${e.propertyName}`] : [])),
  );
  const errors = all.filter(
    (e) =>
      !(
        e.keyword === 'propertyNames' &&
        namedKeys.has(`${e.instancePath}:${String(e.params.propertyName)}`)
      ),
  );
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    const d = toDiagnostic(error, yaml, codePrefix, schemaOf);
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  return diagnostics;
}

export function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `decision.outcome`, `answers[0]`; '' for the whole file. */
function describePath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}

function toDiagnostic(
  error: ErrorObject,
  yaml: YamlFile,
  codePrefix: SchemaCodePrefix,
  schemaOf: KnownSchema,
): Diagnostic {
  const path = pathOf(error.instancePath);
  const where = { path: describePath(path) };
  const params = error.params as Record<string, unknown>;
  let part: 'key' | 'value' = 'value';
  let target = path;
  let code: DiagnosticCode = `${codePrefix}/invalid-value`;
  let said: Said & { text: TextRef };

  switch (error.keyword) {
    case 'required': {
      code = `${codePrefix}/missing-property`;
      said = say(SCHEMA_TEXT, 'schema.required', {
        ...where,
        name: String(params.missingProperty),
      });
      break;
    }
    case 'additionalProperties': {
      code = `${codePrefix}/unknown-property`;
      const name = String(params.additionalProperty);
      target = [...path, name];
      part = 'key';
      // The precompiled validators keep no parentSchema: the names come from the schema itself.
      const fromError = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const known = fromError.length > 0 ? fromError : knownProperties(schemaOf, path);
      const suggestion = closest(name, known);
      said = say(SCHEMA_TEXT, 'schema.unknown-property', {
        ...where,
        name,
        ...(suggestion
          ? { suggestion }
          : known.length > 0 && known.length <= MAX_LISTED
            ? { allowed: known }
            : {}),
      });
      break;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      const suggestion = closest(String(valueAt(yaml.data, path)), allowed);
      said = say(SCHEMA_TEXT, 'schema.enum', {
        ...where,
        allowed,
        ...(suggestion ? { suggestion } : {}),
      });
      break;
    }
    case 'type': {
      code = `${codePrefix}/wrong-type`;
      said = say(SCHEMA_TEXT, 'schema.type', { ...where, types: String(params.type).split(',') });
      break;
    }
    case 'pattern': {
      said = say(SCHEMA_TEXT, 'schema.pattern', {
        ...where,
        pattern: String(params.pattern),
        ...(error.propertyName ? { key: error.propertyName } : {}),
      });
      break;
    }
    case 'minItems':
      code = `${codePrefix}/too-few`;
      said = say(SCHEMA_TEXT, 'schema.min-items', { ...where, limit: Number(params.limit) });
      break;
    case 'maxItems':
      code = `${codePrefix}/too-many`;
      said = say(SCHEMA_TEXT, 'schema.max-items', { ...where, limit: Number(params.limit) });
      break;
    case 'minLength':
      said = say(SCHEMA_TEXT, 'schema.min-length', { ...where, limit: Number(params.limit) });
      break;
    case 'maxLength':
      said = say(SCHEMA_TEXT, 'schema.max-length', { ...where, limit: Number(params.limit) });
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      said = say(SCHEMA_TEXT, 'schema.range', {
        ...where,
        comparison: String(params.comparison),
        limit: String(params.limit),
      });
      break;
    case 'propertyNames':
      said = say(SCHEMA_TEXT, 'schema.property-name', {
        ...where,
        key: String(params.propertyName),
      });
      target = [...path, String(params.propertyName)];
      part = 'key';
      break;
    case 'oneOf':
      said = say(SCHEMA_TEXT, 'schema.one-of', where);
      break;
    default:
      code = `${codePrefix}/schema`;
      said = say(SCHEMA_TEXT, 'schema.other', {
        ...where,
        ...(error.message !== undefined ? { detail: error.message } : {}),
      });
  }
  const { line, column } = yaml.locate(target, part);
  return {
    file: yaml.file,
    line,
    column,
    severity: 'error',
    code,
    message: said.message,
    ...(said.hint ? { hint: said.hint } : {}),
    text: said.text,
  };
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[String(segment)];
  }
  return value;
}

/**
 * `oneOf` and `anyOf` failures report every branch's complaints. Keep only the branch the data
 * was evidently meant for — the one with no complaint that the value has the wrong type, or
 * that a required key is missing, at this level — or, when the value fits no branch's type,
 * one error naming the types allowed; else one summary error.
 */
function pickRelevantErrors(errors: ErrorObject[]): ErrorObject[] {
  if (!errors.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) return errors;
  let kept = errors;
  // Innermost first, so nested alternatives are resolved before their parents.
  const failures = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const failure of failures) {
    const here = failure.instancePath;
    const at = kept.indexOf(failure);
    // The branches' errors come right before the failure, at or under its value. (A branch
    // that is a `$ref` reports the referenced schema's path, so paths alone cannot find them.)
    let start = at;
    while (start > 0 && (kept[start - 1] as ErrorObject).instancePath.startsWith(here)) start--;
    const block = kept.slice(start, at);
    const prefix = `${failure.schemaPath}/`;
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of block.filter((x) => x.schemaPath.startsWith(prefix))) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const misfit = (e: ErrorObject) =>
      e.instancePath === here && (e.keyword === 'required' || e.keyword === 'type');
    const wrongType = block.filter((e) => e.keyword === 'type' && e.instancePath === here);
    const rest = block.filter((e) => !misfit(e));
    const meant = [...byBranch.values()].filter((list) => !list.some(misfit));
    let keep: ErrorObject[] = [failure];
    if (rest.length === 0 && wrongType.length === block.length && block.length > 0) {
      // The value is of none of the allowed types: say which types are, once.
      const types = [...new Set(wrongType.flatMap((e) => String(e.params.type).split(',')))];
      keep = [{ ...failure, keyword: 'type', params: { type: types.join(',') } }];
    } else if (meant.length === 1 && byBranch.size > 1) {
      keep = meant[0] ?? [failure];
    } else if (rest.length > 0 && block.every((e) => !misfit(e) || e.keyword === 'type')) {
      // Only wrong types at this level: those branches were not meant; the others' complaints stand.
      keep = rest;
    }
    kept = [...kept.slice(0, start), ...keep, ...kept.slice(at + 1)];
  }
  return kept;
}
