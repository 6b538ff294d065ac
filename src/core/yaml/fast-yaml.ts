/**
 * A fast reading of plain YAML, for the common case of a valid file in bulk (`vatl validate`
 * over a decisions folder). js-yaml reads about ten times faster than `yaml`, but `yaml` is
 * the parser of record: it refuses what vatl refuses (duplicate and prototype keys, deep
 * nesting, alias bombs, more than one document) and locates every problem. So this gives data
 * only for text that uses none of the constructs where the two could differ, and the caller
 * takes the result only when the file then has no problems at all; anything else is read
 * again with `parseYaml`, so what a user sees is the same either way.
 */
import { load, CORE_SCHEMA } from 'js-yaml';

/**
 * Text the fast reading leaves to `yaml`: anchors and aliases, tags, merge keys, directives
 * and document markers, complex keys, tabs, prototype keys, numbers with a leading zero, base
 * prefix or underscore, odd keys, control characters, and flow collections over several lines.
 */
const UNUSUAL = [
  /(^|[\s[\]{},])([&*]\S|[!@`])/m, // &anchor, *alias, !tag, reserved @ and `
  /<</, // merge keys
  /^(%|\s*\?(\s|$)|---|\.\.\.)/m, // directives, complex keys, document markers
  /^[\s-]*(null|Null|NULL|~|true|True|TRUE|false|False|FALSE)?\s*:(\s|$)/m, // odd keys
  /\t|^ +$/m, // tabs, lines of only spaces (block scalar indentation)
  /[\]}]\s*:(\s|$)|["']#/, // flow collections as keys, comments not set apart
  /__proto__|\bconstructor\b|\bprototype\b/,
  /(^|[\s[,:])[-+]?(0\d+(\.\d*)?|0b[01]+|0o[0-7]+|0x[\da-f]+|\d[\d_]*_[\d_.]*)(\s*(#.*)?$|\s*[,\]}])/im,
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\r]/,
];

/** Deeper than any vatl file needs, and well inside the limit `parseYaml` enforces. */
const MAX_DEPTH = 24;

/**
 * The data of a YAML text that is one plain mapping in the constructs both parsers read alike,
 * or undefined: the caller then uses `parseYaml`.
 */
export function fastYamlData(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.some((pattern) => pattern.test(text)) || !flowOnOneLine(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return shallowEnough(data, 0) ? (data as Record<string, unknown>) : undefined;
}

function shallowEnough(value: unknown, depth: number): boolean {
  if (!value || typeof value !== 'object') return true;
  if (depth > MAX_DEPTH) return false;
  for (const child of Object.values(value)) if (!shallowEnough(child, depth + 1)) return false;
  return true;
}

/** Whether every flow collection (`[a, b]`, `{a: 1}`) opens and closes on one line. */
function flowOnOneLine(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!/[[\]{}]/.test(line)) continue;
    const count = (c: string) => line.split(c).length - 1;
    if (count('[') !== count(']') || count('{') !== count('}')) return false;
  }
  return true;
}
