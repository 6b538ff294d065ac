import configSchema from '../../../frameworks/schema/config.schema.json' with { type: 'json' };
import frameworkSchema from '../../../frameworks/schema/framework.schema.json' with { type: 'json' };
import stringsSchema from '../../../frameworks/schema/framework-strings.schema.json' with { type: 'json' };
import reviewSchema from '../../../frameworks/schema/review.schema.json' with { type: 'json' };
import type { PathSegment } from '../yaml/parse-yaml.js';

type Schema = Record<string, unknown>;

/**
 * The published schemas, read as data. The precompiled validators report an unknown key
 * without the schema it broke (ajv's `parentSchema` is only kept in verbose mode, and the
 * `schemaPath` of a `$ref`'d definition is relative to that definition), so the names a "did
 * you mean" is chosen from are looked up here, by the data's path.
 */
const SCHEMAS: Record<'config' | 'framework' | 'framework-strings' | 'review', Schema> = {
  config: configSchema as Schema,
  framework: frameworkSchema as Schema,
  'framework-strings': stringsSchema as Schema,
  review: reviewSchema as Schema,
};

/**
 * The property names the schema allows for the mapping at `path` in the data, in the order the
 * schema lists them: followed through `$ref`, `items`, `properties`, `patternProperties` and
 * `additionalProperties`, and every branch of `oneOf`, `anyOf`, `allOf` and `if`/`then`/`else`.
 */
export type KnownSchema = keyof typeof SCHEMAS;

export function knownProperties(schemaOf: KnownSchema, path: readonly PathSegment[]): string[] {
  const root = SCHEMAS[schemaOf];
  let here = expand(root, root);
  for (const segment of path)
    here = here.flatMap((s) => children(s, segment)).flatMap((s) => expand(root, s));
  const names = here.flatMap((s) => (isSchema(s.properties) ? Object.keys(s.properties) : []));
  return [...new Set(names)];
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A schema and every schema it stands for: its `$ref` target and its branches. */
function expand(root: Schema, schema: unknown, seen = new Set<Schema>()): Schema[] {
  if (!isSchema(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  if (typeof schema.$ref === 'string')
    out.push(...expand(root, resolveRef(root, schema.$ref), seen));
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const b of branches) out.push(...expand(root, b, seen));
  }
  for (const key of ['if', 'then', 'else']) out.push(...expand(root, schema[key], seen));
  return out;
}

/** `#/definitions/question` → that schema (local references are all the schemas use). */
function resolveRef(root: Schema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isSchema(node) ? node[key] : undefined;
  }
  return node;
}

/** The schemas that may describe the value at `segment` inside a value `schema` describes. */
function children(schema: Schema, segment: PathSegment): unknown[] {
  const out: unknown[] = [];
  if (typeof segment === 'number') {
    const items = schema.items;
    if (Array.isArray(items)) out.push(items[segment]);
    else out.push(items);
  }
  const name = String(segment);
  const properties = schema.properties;
  if (isSchema(properties) && name in properties) return [...out, properties[name]];
  const patterns = schema.patternProperties;
  if (isSchema(patterns))
    for (const [pattern, sub] of Object.entries(patterns))
      if (new RegExp(pattern, 'u').test(name)) out.push(sub);
  out.push(schema.additionalProperties);
  return out;
}
