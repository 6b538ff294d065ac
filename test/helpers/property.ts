import fc from 'fast-check';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { isDiagnosticCode } from '../../src/core/catalogue/index.js';

/**
 * Shared pieces of the property tests (test/unit/property/): cheap arbitraries for hostile
 * text and YAML, random edits of a known-good file, and the check that a loader's problems
 * are catalogued diagnostics located inside the text they are about.
 */

/** Cases per property: the issue's floor, kept for every loader. */
export const RUNS = 10_000;

/** Raw control characters: C0 but newline, DEL, C1. A memo or terminal must never hold them. */
// eslint-disable-next-line no-control-regex -- matching raw control characters is the point
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;
/** Bidirectional overrides, embeddings, isolates and marks. */
export const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Fragments that break naive YAML, Markdown or terminal handling. */
const HOSTILE = [
  '\u0000',
  '\u0007',
  '\b',
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200f',
  '\ufeff',
  '\ud800',
  '\u{1f600}',
  '__proto__',
  'constructor',
  'prototype',
  '1e999',
  '-1e-999',
  '0x7fffffffffffffff',
  '9'.repeat(40),
  '.inf',
  '.nan',
  '-0',
  '~',
  'null',
  'yes',
  'NO',
  '2026-02-30',
  '&a ',
  '*a',
  '*',
  '!!binary ',
  '!!js/function ',
  '!<tag:x> ',
  '<<: ',
  '? ',
  '- ',
  ': ',
  ':',
  ' #',
  '#',
  '{',
  '}',
  '[',
  ']',
  ',',
  '|',
  '|-',
  '>',
  '"',
  "'",
  '\\',
  '%YAML 1.2',
  '@',
  '`',
  '---',
  '...',
  '{{',
  '}}',
  '<script>',
  '&#x41;',
  '<!--',
  '  ',
  'x'.repeat(2_000),
];

/** One fragment: a hostile piece or a short random string of any code points. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** Hostile text: a handful of fragments run together. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(hostilePiece, { maxLength: 6 })
  .map((parts) => parts.join(''));

const key = fc.oneof(
  fc.constantFrom('id', 'title', 'framework', 'answers', 'value', '__proto__', 'constructor'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  hostileText,
);

/** Random YAML-looking text: lines of keys, values, list items and fragments, randomly indented. */
export const yamlishText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.nat({ max: 6 }),
      fc.oneof(
        fc.tuple(key, hostileText).map(([k, v]) => `${k}: ${v}`),
        hostileText.map((v) => `- ${v}`),
        key.map((k) => `${k}:`),
        hostileText,
      ),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map(([indent, line]) => `${' '.repeat(indent)}${line}`).join('\n'));

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'drop-line'; line: number }
  | { kind: 'indent-line'; line: number; by: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: hostilePiece }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
    text: hostilePiece,
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('indent-line' as const),
    line: fc.nat(),
    by: fc.integer({ min: -4, max: 4 }),
  }),
);

function applyEdit(text: string, e: Edit): string {
  if (e.kind === 'insert') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === 'delete' || e.kind === 'replace') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + (e.kind === 'replace' ? e.text : '') + text.slice(at + e.length);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const line = lines[i] ?? '';
  if (e.kind === 'duplicate-line') lines.splice(i, 0, line);
  else if (e.kind === 'drop-line') lines.splice(i, 1);
  else lines[i] = e.by >= 0 ? ' '.repeat(e.by) + line : line.replace(/^ {1,4}/, '');
  return lines.join('\n');
}

/** `base` with one to four random edits: hostile insertions, deletions, moved indentation. */
export function editsOf(base: string): fc.Arbitrary<string> {
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce(applyEdit, base));
}

/**
 * What is wrong with a loader's diagnostics, or `undefined` when each has a catalogued code,
 * names `file`, and points at a line of `text` and a column on that line (or just past its
 * end). Lines and columns count as vatl's YAML parser does: after a leading byte-order mark,
 * lines split at `\n`.
 */
export function locationProblem(
  diagnostics: readonly Diagnostic[],
  file: string,
  text: string,
): string | undefined {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (const d of diagnostics) {
    const where = `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
    if (!isDiagnosticCode(d.code)) return `uncatalogued code: ${where}`;
    if (d.file !== file) return `wrong file: ${where}`;
    const line = lines[d.line - 1];
    if (!Number.isInteger(d.line) || line === undefined) return `line outside the text: ${where}`;
    if (!Number.isInteger(d.column) || d.column < 1 || d.column > line.length + 1)
      return `column outside line ${d.line} (${line.length} characters): ${where}`;
    if (d.message.trim() === '') return `empty message: ${where}`;
  }
  return undefined;
}

/** Throws (failing the property, with fast-check's seed) when the diagnostics are not located. */
export function assertLocated(
  diagnostics: readonly Diagnostic[],
  file: string,
  text: string,
): void {
  const problem = locationProblem(diagnostics, file, text);
  if (problem) throw new Error(problem);
}

/**
 * Throws unless `actual` is the same plain data as `expected`, key order included: what a YAML
 * file written from data must read back as. (Far cheaper than `toEqual`, which matters at
 * ten thousand cases.)
 */
export function assertSameData(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${what} does not read back as written:\n${a}\n${b}`);
}

/** Throws unless there are no diagnostics, listing them if there are. */
export function assertNone(diagnostics: readonly Diagnostic[], what: string): void {
  if (diagnostics.length > 0)
    throw new Error(
      `${what}: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`,
    );
}
