import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';

/** Cases the property tests and the conformance suite found, kept as plain regression tests. */
describe('parseYaml, regressions found by the property tests', () => {
  it('locates an error after a NUL on the line it is on, not past the end of an earlier line', () => {
    // The yaml package's line counter missed the line break after the NUL, so this came out
    // at 2:7 on a line three characters long.
    const { diagnostics } = parseYaml(' - \n- \u0000\n \u0000: ', 'x.yaml');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:1 Unexpected seq-item-ind at node end',
      '2:3 Unexpected scalar at node end',
      '3:3 Unexpected map-value-ind token in YAML stream: ":"',
    ]);
  });

  it('refuses a %YAML directive given twice for one document (yaml-test-suite SF5V)', () => {
    const { yaml, diagnostics } = parseYaml('%YAML 1.2\n%YAML 1.2\n---\n', 'x.yaml');
    expect(yaml).toBeUndefined();
    // `text` (how the message is said in another language) is not compared here.
    expect(diagnostics.map(({ text: _text, ...shown }) => shown)).toEqual([
      {
        file: 'x.yaml',
        line: 2,
        column: 1,
        severity: 'error',
        code: 'yaml/syntax',
        message: 'The %YAML directive is given twice for one document; give it once.',
      },
    ]);
  });

  it('still reads one %YAML directive, and one per document', () => {
    expect(parseYaml('%YAML 1.2\n---\na: 1\n', 'x.yaml').yaml?.data).toEqual({ a: 1 });
  });

  it('refuses a mapping of more than 5,000 keys before checking them for duplicates (minutes, before)', () => {
    const text = `a:\n${Array.from({ length: 5_001 }, (_, i) => `  k${i}: v`).join('\n')}\n`;
    const { yaml, diagnostics } = parseYaml(text, 'x.yaml');
    expect(yaml).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '2:3 yaml/too-many-entries',
    ]);
    expect(parseYaml(text.replace('  k5000: v\n', ''), 'x.yaml').diagnostics).toEqual([]);
  });

  it('refuses more than 100 aliases at the first, counted before composing (the yaml package walks the document for each one)', () => {
    const text = `a: &x 1\nb: [${Array(101).fill('*x').join(', ')}]\n`;
    expect(
      parseYaml(text, 'x.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`),
    ).toEqual(['2:5 yaml/alias-limit']);
  });
});
