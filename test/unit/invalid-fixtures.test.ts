import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCrossReferences, parseFramework } from '../../src/core/framework/parse-framework.js';
import type { FrameworkCatalogue } from '../../src/core/framework/parse-framework.js';
import type { Severity } from '../../src/core/diagnostics.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/frameworks/', import.meta.url));
const INVALID = join(FIXTURES, 'invalid');

/** Other frameworks the fixtures may cross-reference: a fixed catalogue, not the built-in files. */
const CATALOGUE: FrameworkCatalogue = new Map([
  ['iste-leaders', new Set(['1a', '1b', 'visionary-planner'])],
  ['dp-leadership', new Set(['strategic-plan'])],
]);

interface Expected {
  file: string;
  code: string;
  line: number;
  column: number;
  severity?: Severity;
}

/**
 * The single source of expected results: each invalid fixture, the one diagnostic it must
 * produce, and where. Lines count from 1 at the fixture's first (comment) line.
 */
const EXPECTED: readonly Expected[] = [
  // JSON Schema errors, located at the offending YAML node.
  { file: 'missing-property.yaml', code: 'framework/missing-property', line: 32, column: 5 },
  { file: 'missing-property-top.yaml', code: 'framework/missing-property', line: 2, column: 1 },
  { file: 'unknown-property.yaml', code: 'framework/unknown-property', line: 37, column: 5 },
  {
    file: 'condition-unknown-property.yaml',
    code: 'framework/unknown-property',
    line: 54,
    column: 7,
  },
  { file: 'invalid-value.yaml', code: 'framework/invalid-value', line: 36, column: 11 },
  { file: 'invalid-value-pattern.yaml', code: 'framework/invalid-value', line: 3, column: 10 },
  { file: 'condition-no-form.yaml', code: 'framework/invalid-value', line: 53, column: 7 },
  { file: 'wrong-type.yaml', code: 'framework/wrong-type', line: 37, column: 13 },
  { file: 'too-few.yaml', code: 'framework/too-few', line: 10, column: 3 },
  { file: 'too-many.yaml', code: 'framework/too-many', line: 10, column: 3 },
  // Semantic rules.
  { file: 'duplicate-id.yaml', code: 'framework/duplicate-id', line: 40, column: 9 },
  { file: 'scale-order.yaml', code: 'framework/scale-order', line: 13, column: 12 },
  { file: 'unknown-cell.yaml', code: 'framework/unknown-cell', line: 41, column: 11 },
  { file: 'uncovered-cell.yaml', code: 'framework/uncovered-cell', line: 21, column: 13 },
  { file: 'missing-choices.yaml', code: 'framework/missing-choices', line: 36, column: 11 },
  { file: 'kind-mismatch.yaml', code: 'framework/kind-mismatch', line: 40, column: 5 },
  { file: 'missing-score.yaml', code: 'framework/missing-score', line: 41, column: 9 },
  { file: 'off-scale.yaml', code: 'framework/off-scale', line: 47, column: 11 },
  {
    file: 'missing-levels.yaml',
    code: 'framework/missing-levels',
    line: 37,
    column: 5,
    severity: 'warning',
  },
  { file: 'weight-not-positive.yaml', code: 'framework/weight-not-positive', line: 37, column: 13 },
  { file: 'threshold-order.yaml', code: 'framework/threshold-order', line: 48, column: 17 },
  { file: 'threshold-order-fallback.yaml', code: 'framework/threshold-order', line: 48, column: 5 },
  { file: 'threshold-range.yaml', code: 'framework/threshold-range', line: 44, column: 17 },
  { file: 'unknown-reference.yaml', code: 'framework/unknown-reference', line: 53, column: 17 },
  {
    file: 'unknown-reference-score.yaml',
    code: 'framework/unknown-reference',
    line: 53,
    column: 14,
  },
  {
    file: 'unknown-reference-cross.yaml',
    code: 'framework/unknown-reference',
    line: 41,
    column: 26,
  },
  { file: 'condition-value.yaml', code: 'framework/condition-value', line: 60, column: 15 },
  { file: 'blocks-fallback.yaml', code: 'framework/blocks-fallback', line: 56, column: 21 },
  { file: 'unknown-framework.yaml', code: 'framework/unknown-framework', line: 41, column: 7 },
  {
    file: 'gate-allows-not-applicable.yaml',
    code: 'framework/gate-allows-not-applicable',
    line: 32,
    column: 9,
  },
  {
    file: 'applicability-condition.yaml',
    code: 'framework/applicability-condition',
    line: 47,
    column: 7,
  },
  {
    file: 'conditional-cell.yaml',
    code: 'framework/conditional-cell',
    line: 21,
    column: 13,
    severity: 'warning',
  },
  // YAML problems, found before the schema is consulted.
  { file: 'yaml-syntax.yaml', code: 'yaml/syntax', line: 4, column: 8 },
  { file: 'yaml-duplicate-key.yaml', code: 'yaml/duplicate-key', line: 5, column: 1 },
  { file: 'yaml-empty.yaml', code: 'yaml/empty', line: 1, column: 1 },
  // The first alias of the bomb (`*a` on line 7), not the comment on line 1.
  { file: 'yaml-alias-limit.yaml', code: 'yaml/alias-limit', line: 7, column: 10 },
  { file: 'yaml-too-deep.yaml', code: 'yaml/too-deep', line: 5, column: 73 },
  { file: 'yaml-forbidden-key.yaml', code: 'yaml/forbidden-key', line: 7, column: 3 },
  { file: 'yaml-constructor-key.yaml', code: 'yaml/forbidden-key', line: 36, column: 5 },
];

/** Every code the framework loader can produce; each needs at least one fixture. */
const LOADER_CODES = [
  'framework/missing-property',
  'framework/unknown-property',
  'framework/invalid-value',
  'framework/wrong-type',
  'framework/too-few',
  'framework/too-many',
  'framework/duplicate-id',
  'framework/scale-order',
  'framework/unknown-cell',
  'framework/uncovered-cell',
  'framework/missing-choices',
  'framework/kind-mismatch',
  'framework/missing-score',
  'framework/off-scale',
  'framework/missing-levels',
  'framework/weight-not-positive',
  'framework/threshold-order',
  'framework/threshold-range',
  'framework/unknown-reference',
  'framework/condition-value',
  'framework/blocks-fallback',
  'framework/unknown-framework',
  'framework/gate-allows-not-applicable',
  'framework/applicability-condition',
  'framework/conditional-cell',
  'yaml/syntax',
  'yaml/duplicate-key',
  'yaml/empty',
  'yaml/alias-limit',
  'yaml/too-deep',
  'yaml/forbidden-key',
];

function check(file: string) {
  const text = readFileSync(join(INVALID, file), 'utf8');
  const parsed = parseFramework(text, file);
  const catalogue = new Map(CATALOGUE);
  if (parsed.framework) catalogue.set(parsed.framework.id, new Set());
  return [...parsed.diagnostics, ...checkCrossReferences(parsed, catalogue)];
}

describe('invalid framework fixtures', () => {
  it.each(EXPECTED)('$file: $code at $line:$column', (expected) => {
    const diagnostics = check(expected.file);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      `${expected.line}:${expected.column} ${expected.severity ?? 'error'} ${expected.code}`,
    ]);
    const [d] = diagnostics;
    expect(d?.file).toBe(expected.file);
    expect(d?.message.trim()).not.toBe('');
  });

  it('lists every fixture in the folder in the table, once', () => {
    const onDisk = readdirSync(INVALID).sort();
    expect(EXPECTED.map((e) => e.file).sort()).toEqual(onDisk);
  });

  it('has a fixture for every code the loader can produce', () => {
    const covered = new Set(EXPECTED.map((e) => e.code));
    expect(LOADER_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it("names, in each fixture's first line, the code the table expects", () => {
    for (const { file, code } of EXPECTED) {
      const firstLine = readFileSync(join(INVALID, file), 'utf8').split('\n')[0];
      expect(firstLine, file).toMatch(new RegExp(`^# ${code}\\b`));
    }
  });
});

describe('the valid minimal fixture', () => {
  it('gives no diagnostics at all', () => {
    const text = readFileSync(join(FIXTURES, 'valid', 'minimal.yaml'), 'utf8');
    const parsed = parseFramework(text, 'minimal.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(checkCrossReferences(parsed, CATALOGUE)).toEqual([]);
    expect(parsed.framework?.id).toBe('minimal');
  });
});
