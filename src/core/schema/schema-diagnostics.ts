import type { ErrorObject } from 'ajv';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import type { PathSegment, YamlFile } from '../yaml/parse-yaml.js';
import { closest } from '../text/closest.js';

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
): Diagnostic[] {
  if (validate(yaml.data)) return [];
  const errors = pickRelevantErrors(validate.errors ?? [], yaml.data);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    const d = toDiagnostic(error, yaml, codePrefix);
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
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const suggestion = closest(name, known);
      hint = suggestion
        ? `Did you mean \`${suggestion}\`?`
        : known.length
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
      message = `${where} must be ${PATTERN_WORDS[pattern] ?? `text matching ${pattern}`}.`;
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
  const word =
    type === 'integer'
      ? 'a whole number'
      : type === 'object'
        ? 'a mapping'
        : type === 'array'
          ? 'a list'
          : type === 'null'
            ? 'null'
            : `a ${type}`;
  return word.replace(/ or (string|number|boolean)/g, ' or a $1');
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
 * `oneOf` failures report every branch's complaints. Keep only the branch the data was
 * evidently meant for (the one whose required key is present), or one summary error.
 */
function pickRelevantErrors(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  if (oneOfs.length === 0) return errors;
  let kept = errors;
  // Innermost first, so nested conditions are resolved before their parents.
  for (const failure of [...oneOfs].sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
    const prefix = failure.schemaPath.replace(/\/oneOf$/, '/oneOf/');
    const branchErrors = kept.filter(
      (e) => e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(failure.instancePath),
    );
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const value = valueAt(data, pathOf(failure.instancePath));
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    // A branch is "meant" when it has no complaint that a required key is missing at this level.
    const meant = isObject
      ? [...byBranch.entries()].filter(
          ([, list]) =>
            !list.some((e) => e.keyword === 'required' && e.instancePath === failure.instancePath),
        )
      : [];
    const drop = new Set(branchErrors);
    if (meant.length === 1) {
      for (const e of meant[0]?.[1] ?? []) drop.delete(e);
      drop.add(failure);
    }
    kept = kept.filter((e) => !drop.has(e));
  }
  return kept;
}
