import fc from 'fast-check';
import type { Framework } from '../../src/core/framework/types.js';
import { hostileText } from './property.js';
import { typedLine } from './review-arbitraries.js';

/**
 * Arbitraries for framework files, built on a known-good framework (the helper's mini framework,
 * the minimal fixture): valid ones with their prose retyped, and ones with random values put
 * where the rules look.
 */

/** Keys whose string values are prose a framework author types (not ids or references). */
const PROSE = new Set(['title', 'label', 'description', 'prompt', 'help', 'why', 'publisher']);

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Every string of `value` under a prose key, or under `levels`, replaced through `retype`. */
function mapProse(value: Plain, retype: () => string, key = ''): Plain {
  if (typeof value === 'string') return PROSE.has(key) || key === 'level' ? retype() : value;
  if (Array.isArray(value)) return value.map((v) => mapProse(v, retype, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        mapProse(v, retype, key === 'levels' ? 'level' : k),
      ]),
    );
  return value;
}

/** A framework with every piece of its prose retyped: still valid under every rule. */
export function retypedFramework(base: Framework): fc.Arbitrary<Framework> {
  return fc.array(typedLine, { minLength: 1, maxLength: 16 }).map((lines) => {
    let n = 0;
    const retype = () => lines[n++ % lines.length] ?? 'x';
    return mapProse(base as unknown as Plain, retype) as unknown as Framework;
  });
}

/** Every path to a value in a plain-data tree, parents before children. */
function pathsOf(value: Plain, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

/** Ids and values the mini framework uses elsewhere, so a swapped value often passes the schema. */
const NEAR_MISSES: Plain[] = [
  'gov',
  'people',
  'more',
  'better',
  'gov/more',
  'people/better',
  'nowhere/more',
  'q-scale',
  'q-yes-no',
  'q-missing',
  'adopt',
  'abandon',
  'mini',
  'other-fw',
  'c1',
  'student-data',
  'category',
  'users',
  'scale',
  'choice',
  'yes-no',
  'text',
  'multi-choice',
  'yes',
  'no',
  0,
  1,
  2,
  3,
  -1,
  2.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  true,
  null,
  [],
  {},
  ['gov'],
  { all: [] },
  { any: [{ score: 'overall', atLeast: 9 }] },
  { not: { question: 'q-text', equals: 'x' } },
  { question: 'q-missing', equals: 'no' },
  { score: 'nowhere', atMost: 1 },
];

/** A deep copy of `value` with the node at `path` replaced (or, with `undefined`, removed). */
function setAt(value: Plain, path: (string | number)[], replacement: Plain | undefined): Plain {
  const [head, ...rest] = path;
  if (head === undefined) return replacement ?? null;
  if (Array.isArray(value)) {
    const copy = [...value];
    const i = Number(head);
    if (rest.length === 0 && replacement === undefined) copy.splice(i, 1);
    else copy[i] = setAt(copy[i] ?? null, rest, replacement);
    return copy;
  }
  if (value && typeof value === 'object') {
    const name = String(head);
    if (rest.length === 0 && replacement === undefined)
      return Object.fromEntries(Object.entries(value).filter(([k]) => k !== name));
    return { ...value, [name]: setAt(value[name] ?? null, rest, replacement) };
  }
  return value;
}

/**
 * `base` with one to three nodes replaced by a near miss (an id from elsewhere, an
 * edge number, an empty list, a condition on nothing), a hostile string, or removed: most still
 * pass the schema, so the semantic rules and the scoring they call see them.
 */
export function mutatedFramework(base: Framework): fc.Arbitrary<unknown> {
  const data = base as unknown as Plain;
  const paths = pathsOf(data).filter((p) => p.length > 0);
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...paths),
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...NEAR_MISSES) },
          { weight: 1, arbitrary: hostileText },
          { weight: 1, arbitrary: fc.constant(undefined) },
        ),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((edits) => edits.reduce<Plain>((d, [path, value]) => setAt(d, path, value), data));
}
