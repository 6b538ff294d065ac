import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDiagnosticCode } from '../../src/core/catalogue/index.js';
import { REPO } from '../helpers/cli.js';
import { CASES, DRAFT_HANGS } from '../helpers/limits-runner.js';
import { ensureBuilt, spawnProgram } from '../helpers/spawn.js';

/**
 * The memory-hungry property cases: alias bombs, deep nesting and huge documents, run through
 * every loader (review, framework, config, draft) in a child process whose heap is capped, so
 * a loader that blows up kills the child, not the test run, and a hang ends at the timeout.
 */
const HEAP_MB = 192;

interface Outcome {
  case: string;
  loader: 'review' | 'framework' | 'config' | 'draft';
  ms: number;
  result: 'value' | 'diagnostics' | 'broken';
  diagnostics: { file: string; line: number; column: number; code: string }[];
}

/** The YAML-level code each case is refused with (the 2 MB line is valid YAML: the schema speaks). */
const EXPECTED: Record<string, string | undefined> = {
  'alias bomb': 'yaml/alias-limit',
  '10,000 aliases of one anchor': 'yaml/alias-limit',
  'block sequences 20,000 deep': 'yaml/too-deep',
  'flow sequences 50,000 deep': 'yaml/too-deep',
  'flow mappings 50,000 deep, unclosed': 'yaml/too-deep',
  'block mappings 3,000 deep': 'yaml/too-deep',
  'a 2 MB line': undefined,
  'a mapping of 20,000 keys': 'yaml/too-many-entries',
  '20,000 duplicate keys': 'yaml/too-many-entries',
  '5,000 documents': 'yaml/syntax',
};

let run: { code: number | null; stderr: string; outcomes: Outcome[] };

beforeAll(() => {
  ensureBuilt();
  const { code, stdout, stderr } = spawnProgram(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, join(REPO, 'test', 'helpers', 'limits-runner.js')],
    { cwd: REPO, timeout: 120_000 },
  );
  const outcomes = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Outcome);
  run = { code, stderr, outcomes };
}, 150_000);

describe(`loaders over hostile files, in a child process with a ${HEAP_MB} MB heap`, () => {
  it('finishes every case within the heap, without an exception', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
    const ran = run.outcomes.map((o) => `${o.case} / ${o.loader}`);
    const expected = Object.keys(CASES).flatMap((name) =>
      ['review', 'framework', 'config', 'draft']
        .filter((loader) => loader !== 'draft' || !DRAFT_HANGS.includes(name))
        .map((loader) => `${name} / ${loader}`),
    );
    expect(ran).toEqual(expected);
  });

  it.each(Object.keys(CASES))(
    '%s: every YAML loader refuses it with a located diagnostic',
    (name) => {
      const text = CASES[name]?.() ?? '';
      const lines = text.split('\n');
      for (const o of run.outcomes.filter((x) => x.case === name && x.loader !== 'draft')) {
        expect(o.result).toBe('diagnostics');
        const first = o.diagnostics[0];
        if (EXPECTED[name]) expect(first?.code).toBe(EXPECTED[name]);
        for (const d of o.diagnostics) {
          expect(isDiagnosticCode(d.code)).toBe(true);
          const line = lines[d.line - 1];
          expect(line, `${o.loader} ${d.line}:${d.column}`).toBeDefined();
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeLessThanOrEqual((line ?? '').length + 1);
        }
      }
    },
  );

  it('lists a hostile draft as broken rather than loading it', () => {
    const drafts = run.outcomes.filter((o) => o.loader === 'draft');
    expect(drafts.map((o) => `${o.case}: ${o.result}`)).toEqual(
      drafts.map((o) => `${o.case}: broken`),
    );
  });
});
