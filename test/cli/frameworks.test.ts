import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { isScored } from '../../src/core/framework/question-kinds.js';
import {
  ANSI,
  REPO,
  STACK_TRACE,
  makeWorkspace,
  removeWorkspace,
  runVatl,
} from '../helpers/cli.js';
import type { CliOptions, CliRun } from '../helpers/cli.js';

let cwd: string;

beforeAll(async () => {
  cwd = await makeWorkspace();
});

afterAll(async () => {
  await removeWorkspace(cwd);
});

async function vatl(argv: readonly string[], options?: CliOptions): Promise<CliRun> {
  const result = await runVatl(cwd, argv, options);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stdout).not.toMatch(STACK_TRACE);
  return result;
}

/** Scored questions per cell of vatl.yaml, counted from the file itself. */
function vatlCounts(): Map<string, number> {
  const text = readFileSync(join(REPO, 'frameworks', 'vatl.yaml'), 'utf8');
  const fw = parseFramework(text, 'vatl.yaml').framework;
  const counts = new Map<string, number>();
  for (const q of fw?.questions.filter(isScored) ?? []) {
    counts.set(q.cell, (counts.get(q.cell) ?? 0) + 1);
  }
  return counts;
}

describe('vatl frameworks list', () => {
  it('lists the four built-in frameworks, vatl marked as the default', async () => {
    const { code, stdout, stderr } = await vatl(['frameworks', 'list']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+VERSION\s+QUESTIONS\s+LANGUAGES\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([
      'dp-leadership',
      'iste-leaders',
      'tla-edtech-systems',
      'vatl',
    ]);
    expect(stdout).toMatch(
      /^vatl \(default\)\s+2\.0\.0\s+\d+\s+en(, es)?\s+Value Add of Technology for Leadership/m,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('--json lists them as data', async () => {
    const { code, stdout } = await vatl(['frameworks', 'list', '--json']);
    const list = JSON.parse(stdout) as { id: string; default: boolean; questions: number }[];
    expect(list.map((f) => f.id)).toEqual([
      'dp-leadership',
      'iste-leaders',
      'tla-edtech-systems',
      'vatl',
    ]);
    expect(list.filter((f) => f.default).map((f) => f.id)).toEqual(['vatl']);
    // 22 lettered indicators and two red-line checks.
    expect(list.find((f) => f.id === 'iste-leaders')?.questions).toBe(24);
    expect(code).toBe(0);
  });
});

describe('vatl frameworks show vatl', () => {
  it('shows the 3 × 3 grid with the scored questions in each cell', async () => {
    const { code, stdout, stderr } = await vatl(['frameworks', 'show', 'vatl']);
    expect(stdout).toContain('Grid: Area of Impact × Value Add');
    expect(stdout).toMatch(/^\s+Do More\s+Do Better\s+Do New\s+Total$/m);
    const counts = vatlCounts();
    const rows = [
      ['Governance & Ethics', 'governance'],
      ['People & Capacity', 'people'],
      ['Infrastructure & Resources', 'infrastructure'],
    ] as const;
    for (const [label, id] of rows) {
      const cells = ['do-more', 'do-better', 'do-new'].map((c) => counts.get(`${id}/${c}`) ?? 0);
      const total = cells.reduce((a, b) => a + b, 0);
      expect(stdout).toMatch(new RegExp(`^  ${label}\\s+${cells.join('\\s+')}\\s+${total}$`, 'm'));
      for (const n of cells) expect(n).toBeGreaterThanOrEqual(3);
    }
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('shows the questions by cell, the gates, the warnings and the outcomes', async () => {
    const { stdout } = await vatl(['frameworks', 'show', 'vatl']);
    expect(stdout).toContain('Value Add of Technology for Leadership  vatl@2.0.0');
    expect(stdout).toContain('Source: Leading Educators');
    expect(stdout).toContain('  Governance & Ethics · Do More');
    expect(stdout).toMatch(/^ {4}ge-priority-reach \[scale/m);
    expect(stdout).toMatch(
      /^ {4}ir-privacy-agreement \[choice, evidence required, not scored, no N\/A\]$/m,
    );
    expect(stdout).toMatch(/^ {6}only when student-data is yes$/m);
    expect(stdout).toMatch(/^Gates \(\d+\)/m);
    expect(stdout).toMatch(/^ {2}no-privacy-agreement {2}.*\(red-line; blocks Adopt, Adapt\)$/m);
    expect(stdout).toMatch(/^ {2}security-floor {2}.*\(floor; blocks Adopt\)$/m);
    expect(stdout).toMatch(/^ {2}students-not-student-facing {2}.*\(error\)$/m);
    expect(stdout).toMatch(/^ {2}efficiency-only {2}/m);
    expect(stdout).toMatch(/^ {2}Adopt\s+overall ≥ 3, every cell ≥ 2, 67% of each item answered/m);
    expect(stdout).toMatch(/^ {2}Abandon\s+otherwise/m);
  });

  it('--json parses, with the grid counts', async () => {
    const { code, stdout } = await vatl(['frameworks', 'show', 'vatl', '--json']);
    const fw = JSON.parse(stdout) as {
      id: string;
      questions: unknown[];
      grid: { rows: string[]; columns: string[]; counts: Record<string, Record<string, number>> };
    };
    expect(fw.id).toBe('vatl');
    expect(fw.grid.rows).toEqual(['governance', 'people', 'infrastructure']);
    expect(fw.grid.columns).toEqual(['do-more', 'do-better', 'do-new']);
    expect(fw.grid.counts.people?.['do-new']).toBe(vatlCounts().get('people/do-new'));
    expect(code).toBe(0);
  });

  it('has colour on a colour terminal and none with NO_COLOR', async () => {
    expect((await vatl(['frameworks', 'show', 'vatl'], { colorSupported: true })).stdout).toMatch(
      ANSI,
    );
    const plain = await vatl(['frameworks', 'show', 'vatl'], {
      colorSupported: true,
      env: { NO_COLOR: '1' },
    });
    expect(plain.stdout).not.toMatch(ANSI);
  });
});

describe('vatl frameworks show: other frameworks and paths', () => {
  it('shows a rows-only framework (iste-leaders) with its five standards', async () => {
    const { code, stdout } = await vatl(['frameworks', 'show', 'iste-leaders']);
    for (const label of ['Visionary Planner', 'Systems Designer', 'Connected Learner']) {
      // One count per standard, with no total column repeating it.
      expect(stdout).toMatch(new RegExp(`^  ${label}\\s+\\d+$`, 'm'));
    }
    expect(code).toBe(0);
  });

  it('shows a framework file given by path', async () => {
    const { code, stdout } = await vatl(['frameworks', 'show', 'fixtures/valid/minimal.yaml']);
    expect(stdout).toContain('Minimal framework  minimal@1.0.0');
    expect(stdout).toMatch(/^ {2}Governance\s+1\s+1$/m);
    expect(code).toBe(0);
  });

  it('exits 2 for a framework that is not installed, naming the installed ones', async () => {
    const { code, stdout, stderr } = await vatl(['frameworks', 'show', 'nope']);
    expect(stdout).toBe('');
    // One plain line, not a located problem "in 1 file checked": an id is not a file.
    expect(stderr).toContain('vatl: there is no framework `nope`.');
    expect(stderr).not.toContain('file checked');
    expect(stderr).toContain('Installed: dp-leadership, iste-leaders, tla-edtech-systems, vatl.');
    expect(code).toBe(2);
  });

  it('exits 1 for an invalid framework file, reporting it at file:line:col', async () => {
    const { code, stdout, stderr } = await vatl([
      'frameworks',
      'show',
      'fixtures/invalid/threshold-range.yaml',
    ]);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'fixtures/invalid/threshold-range.yaml:44:17  error    framework/threshold-range',
    );
    expect(code).toBe(1);
  });

  it('exits 2 for a framework path that does not exist', async () => {
    const { code, stderr } = await vatl(['frameworks', 'show', 'missing/framework.yaml']);
    expect(stderr).toContain('missing/framework.yaml  error    file/not-found');
    expect(code).toBe(2);
  });

  it('exits 2 with usage when the framework is not named', async () => {
    const { code, stderr } = await vatl(['frameworks', 'show']);
    expect(stderr).toMatch(/missing required argument 'framework'/);
    expect(code).toBe(2);
  });
});
