import type { ErrorObject } from 'ajv';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { PathSegment, YamlFile } from '../yaml/parse-yaml.js';
import { closest } from '../text/closest.js';
import { knownProperties } from './known-properties.js';
import type { KnownSchema } from './known-properties.js';

/** A validator precompiled by scripts/build.js. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Friendly wording for patterns the schemas share, keyed by the pattern. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'an id of lower-case letters, digits and hyphens (e.g. `do-more`)',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'a semantic version such as `1.2.0`',
  '^https?://': 'a web address starting with http:// or https://',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'a date as YYYY-MM-DD',
  '^[a-z0-9][a-z0-9-]*@(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'a framework and its version, as id@version (e.g. `vatl@1.0.0`)',
  '^[0-9]{4,}-[a-z0-9][a-z0-9-]*$': 'an id as `<number>-<slug>` (e.g. `0007-ai-tutoring-chatbot`)',
};

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

function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'The file';
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return `\`${out}\``;
}

function toDiagnostic(
  error: ErrorObject,
  yaml: YamlFile,
  codePrefix: SchemaCodePrefix,
  schemaOf: KnownSchema,
): Diagnostic {
  const path = pathOf(error.instancePath);
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  let part: 'key' | 'value' = 'value';
  let target = path;
  let code: DiagnosticCode = `${codePrefix}/schema`;
  let message: string;
  let hint: string | undefined;

  switch (error.keyword) {
    case 'required': {
      code = `${codePrefix}/missing-property`;
      const name = String(params.missingProperty);
      message = `${where} is missing the required property \`${name}\`.`;
      break;
    }
    case 'additionalProperties': {
      code = `${codePrefix}/unknown-property`;
      const name = String(params.additionalProperty);
      target = [...path, name];
      part = 'key';
      message = `${where === 'The file' ? 'The top level' : where} has an unknown property \`${name}\`.`;
      // The precompiled validators keep no parentSchema: the names come from the schema itself.
      const fromError = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const known = fromError.length > 0 ? fromError : knownProperties(schemaOf, path);
      const suggestion = closest(name, known);
      hint = suggestion
        ? `Did you mean \`${suggestion}\`?`
        : known.length > 0 && known.length <= MAX_LISTED
          ? `Allowed: ${known.join(', ')}.`
          : undefined;
      break;
    }
    case 'enum': {
      code = `${codePrefix}/invalid-value`;
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      message = `${where} must be one of: ${allowed.join(', ')}.`;
      const suggestion = closest(String(valueAt(yaml.data, path)), allowed);
      if (suggestion) hint = `Did you mean \`${suggestion}\`?`;
      break;
    }
    case 'type': {
      code = `${codePrefix}/wrong-type`;
      message = `${where} must be ${article(String(params.type).replace(/,/g, ' or '))}.`;
      break;
    }
    case 'pattern': {
      code = `${codePrefix}/invalid-value`;
      const pattern = String(params.pattern);
      const words = PATTERN_WORDS[pattern] ?? `text matching ${pattern}`;
      message = error.propertyName
        ? `The key \`${error.propertyName}\` in ${where} must be ${words}.`
        : `${where} must be ${words}.`;
      break;
    }
    case 'minItems':
      code = `${codePrefix}/too-few`;
      message = `${where} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`;
      break;
    case 'maxItems':
      code = `${codePrefix}/too-many`;
      message = `${where} may have at most ${String(params.limit)} items.`;
      break;
    case 'minLength':
      code = `${codePrefix}/invalid-value`;
      message =
        params.limit === 1
          ? `${where} must not be empty.`
          : `${where} must be at least ${String(params.limit)} characters long.`;
      break;
    case 'maxLength':
      code = `${codePrefix}/invalid-value`;
      message = `${where} must be at most ${String(params.limit)} characters long.`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      code = `${codePrefix}/invalid-value`;
      message = `${where} must be ${String(params.comparison)} ${String(params.limit)}.`;
      break;
    case 'propertyNames':
      code = `${codePrefix}/invalid-value`;
      message = `${where} has a key that is not allowed: \`${String(params.propertyName)}\`.`;
      target = [...path, String(params.propertyName)];
      part = 'key';
      break;
    case 'oneOf':
      code = `${codePrefix}/invalid-value`;
      message = `${where} does not match any allowed form.`;
      break;
    default:
      message = `${where} ${error.message ?? 'is invalid'}.`;
  }
  const { line, column } = yaml.locate(target, part);
  return {
    file: yaml.file,
    line,
    column,
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
  };
}

function article(type: string): string {
  const word = (t: string) =>
    t === 'integer'
      ? 'a whole number'
      : t === 'object'
        ? 'a mapping'
        : t === 'array'
          ? 'a list'
          : t === 'null'
            ? 'null'
            : `a ${t}`;
  return type.split(' or ').map(word).join(' or ');
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
