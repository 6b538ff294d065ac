import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/yaml/parse-yaml.js';
import type { ParseYamlResult } from '../../src/core/yaml/parse-yaml.js';

/** The diagnostics as the user reads them: `line:col code`. */
function where(result: ParseYamlResult): string[] {
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

/** A block mapping nested `depth` levels by indentation: `k:` / ` k:` / `  k:` ... */
function blockNesting(depth: number, indentStep = 1): string {
  let text = '';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(i * indentStep)}k:\n`;
  return `${text}${' '.repeat(depth * indentStep)}v\n`;
}

const BILLION_LAUGHS = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  'i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
  '',
].join('\n');

describe('parseYaml: valid documents', () => {
  it('returns the data and no diagnostics', () => {
    const result = parseYaml(
      'id: vatl\nversion: 1.0.0\nlist:\n  - 1\n  - two\nmap: {a: true}\n',
      'f.yaml',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.yaml?.file).toBe('f.yaml');
    expect(result.yaml?.data).toEqual({
      id: 'vatl',
      version: '1.0.0',
      list: [1, 'two'],
      map: { a: true },
    });
  });

  it('keeps the YAML 1.2 meaning of yes/no (strings, not booleans)', () => {
    expect(parseYaml('a: yes\nb: no\n', 'f.yaml').yaml?.data).toEqual({ a: 'yes', b: 'no' });
  });

  it('resolves a few aliases within the limit', () => {
    const result = parseYaml('base: &b {x: 1}\nc: *b\nd: *b\n', 'f.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.yaml?.data).toEqual({ base: { x: 1 }, c: { x: 1 }, d: { x: 1 } });
  });

  it('does not mistake brackets in quotes, comments or block scalars for nesting', () => {
    const brackets = '['.repeat(100);
    const text = [
      `a: "${brackets}"`,
      `b: '${brackets}'`,
      `c: 1 # ${brackets}`,
      'd: |',
      `  ${brackets}`,
      `  ${'{'.repeat(100)}`,
      'e: >-',
      `  ${brackets}`,
      'f: [[1, 2], {g: [3]}]',
      '',
    ].join('\n');
    const result = parseYaml(text, 'f.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.yaml?.data).toMatchObject({
      a: brackets,
      b: brackets,
      c: 1,
      f: [[1, 2], { g: [3] }],
    });
  });

  it('accepts nesting up to the limit', () => {
    const result = parseYaml(blockNesting(60, 2), 'f.yaml');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('parseYaml: duplicate keys', () => {
  it('reports the second key at its line and column', () => {
    const result = parseYaml('a: 1\nb:\n  c: 2\n  d: 3\n  c: 4\n', 'f.yaml');
    expect(where(result)).toEqual(['5:3 yaml/duplicate-key']);
    expect(result.yaml).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ file: 'f.yaml', severity: 'error' });
  });

  it('reports duplicates in flow mappings and between quoted and plain keys', () => {
    expect(where(parseYaml('m: {x: 1, y: 2, x: 3}\n', 'f.yaml'))).toEqual([
      '1:17 yaml/duplicate-key',
    ]);
    expect(where(parseYaml('a: 1\n"a": 2\n', 'f.yaml'))).toEqual(['2:1 yaml/duplicate-key']);
  });
});

describe('parseYaml: syntax errors', () => {
  it('locates a mapping inside a compact value', () => {
    const result = parseYaml('id: x\ntitle: Minimal: framework\n', 'f.yaml');
    expect(where(result)).toEqual(['2:8 yaml/syntax']);
    expect(result.diagnostics[0]?.message).toMatch(/mapping/i);
  });

  it('locates a tab used as indentation', () => {
    const result = parseYaml('a:\n\tb: 1\n', 'f.yaml');
    expect(where(result)).toEqual(['2:1 yaml/syntax']);
    expect(result.diagnostics[0]?.message).toMatch(/tab/i);
  });

  it('locates mapping items that do not line up', () => {
    expect(where(parseYaml('a:\n  b: 1\n c: 2\n', 'f.yaml'))).toEqual(['3:1 yaml/syntax']);
  });

  it('refuses a file of several documents', () => {
    expect(where(parseYaml('a: 1\n---\nb: 2\n', 'f.yaml'))).toEqual(['2:1 yaml/syntax']);
  });

  it("gives a one-line message without the parser's code excerpt", () => {
    const result = parseYaml('a:\n\tb: 1\n', 'f.yaml');
    expect(result.diagnostics[0]?.message).not.toContain('\n');
    expect(result.diagnostics[0]?.message).not.toMatch(/at line \d+, column \d+/);
  });

  it('reports an alias to an anchor that does not exist as that, at the alias, not as a YAML bomb', () => {
    const result = parseYaml('a: 1\nb: *nope\n', 'f.yaml');
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d?.code).not.toBe('yaml/alias-limit');
    expect(d?.code).toMatch(/^yaml\//);
    expect(d?.message).toContain('nope');
    expect([d?.line, d?.column]).toEqual([2, 4]);
  });
});

describe('parseYaml: empty files', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n\t\n'],
    ['only comments', '# a comment\n  # another\n\n'],
    ['comments and a document marker', '---\n# nothing here\n...\n'],
    ['CRLF comments', '# one\r\n# two\r\n'],
    ['a byte-order mark alone', '\uFEFF'],
  ])('reports %s as yaml/empty at 1:1', (_what, text) => {
    const result = parseYaml(text, 'f.yaml');
    expect(where(result)).toEqual(['1:1 yaml/empty']);
    expect(result.diagnostics[0]?.message).toMatch(/empty/);
  });
});

describe('parseYaml: hostile input', () => {
  it('refuses a "billion laughs" alias bomb with yaml/alias-limit', () => {
    const result = parseYaml(BILLION_LAUGHS, 'bomb.yaml');
    expect(result.yaml).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml/alias-limit']);
    expect(result.diagnostics[0]?.hint).toMatch(/instead of aliasing/);
  });

  it('points a YAML bomb at its first alias, not at the top of the file', () => {
    const result = parseYaml(BILLION_LAUGHS, 'bomb.yaml');
    expect(where(result)).toEqual(['2:8 yaml/alias-limit']);
  });

  it('refuses 10,000 levels of flow nesting `[[[...` with yaml/too-deep', () => {
    const text = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const result = parseYaml(text, 'deep.yaml');
    expect(result.yaml).toBeUndefined();
    // The 64th bracket (column 67) is the 65th level under the top mapping.
    expect(where(result)).toEqual(['1:67 yaml/too-deep']);
    expect(result.diagnostics[0]?.message).toContain('deeper than 64 levels');
  });

  it('refuses 10,000 levels of flow mappings `{a: {a: ...` with yaml/too-deep', () => {
    const text = `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    expect(where(parseYaml(text, 'deep.yaml'))).toEqual(['1:257 yaml/too-deep']);
  });

  it('refuses 10,000 levels of block indentation with yaml/too-deep at the first line too deep', () => {
    const result = parseYaml(blockNesting(10_000), 'deep.yaml');
    expect(result.yaml).toBeUndefined();
    expect(where(result)).toEqual(['65:65 yaml/too-deep']);
  });

  it('refuses 10,000 compact sequences `- - - ...` with yaml/too-deep', () => {
    const result = parseYaml(`${'- '.repeat(10_000)}x\n`, 'deep.yaml');
    expect(result.yaml).toBeUndefined();
    expect(where(result)).toEqual(['1:129 yaml/too-deep']);
  });

  it('refuses 10,000 compact sequences under a key with yaml/too-deep', () => {
    expect(where(parseYaml(`a:\n  ${'- '.repeat(10_000)}x\n`, 'deep.yaml'))).toEqual([
      '2:129 yaml/too-deep',
    ]);
  });

  it('refuses CRLF block nesting too', () => {
    expect(where(parseYaml(blockNesting(10_000, 2).replace(/\n/g, '\r\n'), 'deep.yaml'))).toEqual([
      '65:129 yaml/too-deep',
    ]);
  });

  it('still measures block nesting after a value with an unclosed bracket in plain text', () => {
    // `Tools [draft` is an ordinary plain scalar; it must not switch the nesting check off.
    const deep = blockNesting(100)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    const result = parseYaml(`title: Tools [draft\nx:\n${deep}\n`, 'deep.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml/too-deep']);
  });

  it('refuses 10,000 nested explicit keys `? ? ? ...` with yaml/too-deep', () => {
    const result = parseYaml(`${'? '.repeat(10_000)}x\n`, 'deep.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml/too-deep']);
  });
});

describe('parseYaml: prototype keys', () => {
  it('refuses __proto__ and constructor at their line and column', () => {
    const text = 'a: 1\nb:\n  __proto__:\n    polluted: true\n  list:\n    - constructor: x\n';
    const result = parseYaml(text, 'f.yaml');
    expect(result.yaml).toBeUndefined();
    expect(where(result)).toEqual(['3:3 yaml/forbidden-key', '6:7 yaml/forbidden-key']);
    expect(result.diagnostics[0]?.message).toBe(
      'The key `__proto__` is not allowed in vatl files.',
    );
    expect(result.diagnostics[1]?.message).toBe(
      'The key `constructor` is not allowed in vatl files.',
    );
  });

  it('refuses quoted, flow and top-level forms, and `prototype`', () => {
    expect(where(parseYaml('"__proto__": {polluted: true}\n', 'f.yaml'))).toEqual([
      '1:1 yaml/forbidden-key',
    ]);
    expect(where(parseYaml('m: {constructor: 1}\n', 'f.yaml'))).toEqual(['1:5 yaml/forbidden-key']);
    expect(where(parseYaml('x:\n  prototype: 1\n', 'f.yaml'))).toEqual(['2:3 yaml/forbidden-key']);
  });

  it('finds __proto__ inside an anchored mapping that is aliased elsewhere', () => {
    expect(where(parseYaml('base: &b {__proto__: {polluted: 1}}\nc: *b\n', 'f.yaml'))).toEqual([
      '1:11 yaml/forbidden-key',
    ]);
  });

  it('leaves Object.prototype untouched', () => {
    parseYaml(
      '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
      'f.yaml',
    );
    parseYaml('a: {__proto__: {polluted: true}}\n', 'f.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseYaml: byte-order mark and CRLF', () => {
  const text = '\uFEFFid: x\r\nlist:\r\n  - one\r\n  - two\r\nmap:\r\n  key: value\r\n';

  it('accepts the file with the same data as without them', () => {
    const result = parseYaml(text, 'f.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.yaml?.data).toEqual({ id: 'x', list: ['one', 'two'], map: { key: 'value' } });
    expect(result.yaml?.data).toEqual(
      parseYaml(text.slice(1).replace(/\r\n/g, '\n'), 'f.yaml').yaml?.data,
    );
  });

  it('does not leave a byte-order mark in the first key', () => {
    const data = parseYaml(text, 'f.yaml').yaml?.data as Record<string, unknown>;
    expect(Object.keys(data)[0]).toBe('id');
  });

  it('locates later nodes at the line and column an editor shows', () => {
    const yaml = parseYaml(text, 'f.yaml').yaml;
    expect(yaml?.locate(['id'], 'key')).toEqual({ line: 1, column: 1 });
    expect(yaml?.locate(['list', 1])).toEqual({ line: 4, column: 5 });
    expect(yaml?.locate(['map', 'key'], 'key')).toEqual({ line: 6, column: 3 });
    expect(yaml?.locate(['map', 'key'])).toEqual({ line: 6, column: 8 });
  });

  it('locates errors in such a file correctly', () => {
    const bad = '\uFEFFa: 1\r\nb:\r\n  c: 2\r\n  c: 3\r\n';
    expect(where(parseYaml(bad, 'f.yaml'))).toEqual(['4:3 yaml/duplicate-key']);
  });
});

describe('YamlFile.locate', () => {
  const text = [
    'id: vatl', // 1
    'scale:', // 2
    '  - value: 1', // 3
    '    label: Low', // 4
    'axes:', // 5
    '  rows: {id: area, items: [{id: gov}, {id: people}]}', // 6
    'levels:', // 7
    "  '1': Not yet.", // 8
    '',
  ].join('\n');
  const yaml = parseYaml(text, 'f.yaml').yaml;

  it.each([
    [['id'], 'value', 1, 5],
    [['id'], 'key', 1, 1],
    [['scale'], 'value', 3, 3],
    [['scale'], 'key', 2, 1],
    [['scale', 0], 'value', 3, 5],
    [['scale', 0, 'label'], 'value', 4, 12],
    [['scale', 0, 'label'], 'key', 4, 5],
    [['axes', 'rows', 'items', 1, 'id'], 'value', 6, 44],
    [['axes', 'rows', 'items', 1], 'value', 6, 39],
    [['levels', '1'], 'key', 8, 3],
    [['levels', 1], 'value', 8, 8],
  ] as const)('%j (%s) is at %d:%d', (path, part, line, column) => {
    expect(yaml?.locate(path, part)).toEqual({ line, column });
  });

  it('falls back to the deepest node that exists', () => {
    expect(yaml?.locate(['scale', 0, 'description'])).toEqual({ line: 3, column: 5 });
    expect(yaml?.locate(['scale', 7])).toEqual({ line: 3, column: 3 });
    expect(yaml?.locate(['id', 'deeper'])).toEqual({ line: 1, column: 5 });
  });

  it('locates the whole file at its first node', () => {
    expect(yaml?.locate([])).toEqual({ line: 1, column: 1 });
  });
});
