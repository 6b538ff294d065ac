import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';
import { EXAMPLES, exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';

/** A workspace whose decisions folder holds the three examples, under their ids. */
function examples(): MemoryWorkspace {
  const ws = memoryWorkspace();
  for (const name of EXAMPLES) {
    const data = exampleReview(name, { keepId: true });
    ws.write(`decisions/${data.id ?? name}.review.yaml`, readExample(name, 'review.yaml'));
    ws.write(`decisions/${data.id ?? name}.md`, readExample(name, 'memo.md'));
  }
  return ws;
}

/** A portfolio of `n` decisions made from the lms-replacement example. */
function portfolio(n: number): MemoryWorkspace {
  const ws = memoryWorkspace();
  const base = exampleReview('lms-replacement');
  const categories = ['analytics', 'assessment', 'communication', 'other'];
  for (let i = 1; i <= n; i++) {
    const id = `${String(i).padStart(4, '0')}-tool-${i}`;
    const proposal = { ...base.proposal };
    proposal.category = categories[i % categories.length];
    const data = {
      ...base,
      id,
      title: `Tool ${i}, of ${n}`,
      proposal,
      status: i % 10 === 0 ? 'retired' : 'decided',
      ...(i > 1 && i % 7 === 0
        ? { supersedes: `${String(i - 1).padStart(4, '0')}-tool-${i - 1}` }
        : {}),
      decision: {
        ...base.decision,
        outcome: 'adopt',
        reviewBy: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
        conditions: [],
      },
    };
    ws.write(`decisions/${id}.review.yaml`, reviewYaml(data));
  }
  return ws;
}

describe('vatl log', () => {
  it('writes decisions/index.md and prints the table', async () => {
    const ws = examples();
    const { code, stdout, stderr } = await ws.run(['log']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Id +Title +Category +Status +Outcome +Overall +Date +Review by +Superseded by\n/,
    );
    expect(stdout).toMatch(
      /0001-lms-replacement .* Learning management system +decided +Adopt +3\.03/,
    );
    expect(stdout).toContain('Wrote decisions/index.md (3 decisions).\n');
    const page = ws.read('decisions/index.md');
    expect(page).toContain('## Analytics and reporting');
    expect(page).toContain('| 0002-ai-tutoring-chatbot |');
  });

  it('says the index is up to date the second time, and leaves it as it is', async () => {
    const ws = examples();
    await ws.run(['log']);
    const before = ws.read('decisions/index.md');
    const { code, stdout } = await ws.run(['log']);
    expect(code).toBe(0);
    expect(stdout).toContain('decisions/index.md is up to date (3 decisions).');
    expect(ws.read('decisions/index.md')).toBe(before);
  });

  it('prints JSON or CSV and writes nothing', async () => {
    const ws = examples();
    const json = await ws.run(['log', '--format', 'json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { id: string; outcome: string }[];
    expect(rows.map((r) => r.id)).toHaveLength(3);
    expect(rows.find((r) => r.id === '0001-lms-replacement')?.outcome).toBe('Adopt');
    const csv = await ws.run(['log', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'id,title,category,status,outcome,overall,date,reviewBy,supersededBy',
    );
    expect(ws.exists('decisions/index.md')).toBe(false);
  });

  it('reports a broken review where it is, lists the rest, and exits 1', async () => {
    const ws = examples();
    ws.write('decisions/0009-broken.review.yaml', 'title: [unclosed\n');
    const { code, stdout, stderr } = await ws.run(['log', '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toContain('decisions/0009-broken.review.yaml:');
    expect((JSON.parse(stdout) as unknown[]).length).toBe(3);
  });

  it('lists 200 decisions grouped by category, with superseded-by', async () => {
    const ws = portfolio(200);
    const { code, stderr } = await ws.run(['log']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const page = ws.read('decisions/index.md');
    expect(page).toContain('200 decisions, by category.');
    expect(page.match(/^## .*/gm)).toEqual([
      '## Analytics and reporting',
      '## Assessment',
      '## Other',
      '## School and family communication',
    ]);
    expect(page.match(/^\| \d{4}-tool/gm)).toHaveLength(200);
    expect(page).toContain('| 0006-tool-6 | Tool 6, of 200 | decided | Adopt |');
    expect(page).toMatch(/\| 0006-tool-6 \|.*\| 0007-tool-7 \|\n/);
  });
});

describe('vatl validate and the index', () => {
  it('passes a fresh index and flags a stale one', async () => {
    const ws = examples();
    await ws.run(['log']);
    const fresh = await ws.run(['validate', 'decisions']);
    expect(fresh.stdout).not.toContain('index');
    expect(fresh.code).toBe(0);
    ws.write(
      'decisions/0007-new.review.yaml',
      readExample('lms-replacement', 'review.yaml').replace(/^id: .*$/m, 'id: 0007-new'),
    );
    const stale = await ws.run(['validate', 'decisions']);
    expect(stale.stdout).toMatch(/decisions\/index\.md:\d+:1 +error +memo\/index-out-of-date/);
    expect(stale.code).toBe(1);
  });

  it('does not take the index for a memo without a review, even when named', async () => {
    const ws = examples();
    await ws.run(['log']);
    const { code, stdout } = await ws.run(['validate', 'decisions/index.md']);
    expect(stdout).not.toContain('memo/no-review');
    expect(code).toBe(0);
  });
});

describe('vatl due', () => {
  it('says nothing is due before any date, and exits 0 even with --fail', async () => {
    const ws = examples();
    const { code, stdout } = await ws.run(['due', '--as-of', '2026-01-01', '--fail']);
    expect(stdout).toBe('Nothing is due as of 2026-01-01 (3 decisions).\n');
    expect(code).toBe(0);
  });

  it('lists past-due conditions with owners, and exits 1 with --fail', async () => {
    const ws = examples();
    const listed = await ws.run(['due', '--as-of', '2026-08-01']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^1 past due as of 2026-08-01:/);
    expect(listed.stdout).toMatch(
      /2026-07-31 +1d +0002-ai-tutoring-chatbot +condition +Luis Ferreira, Data Privacy Officer/,
    );
    const failed = await ws.run(['due', '--as-of', '2026-08-01', '--fail']);
    expect(failed.code).toBe(1);
  });

  it('prints JSON with the as-of date and each item', async () => {
    const ws = examples();
    const { stdout } = await ws.run(['due', '--as-of', '2027-03-19', '--format', 'json']);
    const out = JSON.parse(stdout) as { asOf: string; due: { id: string; kind: string }[] };
    expect(out.asOf).toBe('2027-03-19');
    expect(out.due).toContainEqual(
      expect.objectContaining({ id: '0001-lms-replacement', kind: 'review' }),
    );
  });

  it('leaves retired decisions out of a large portfolio', async () => {
    const ws = portfolio(200);
    const { stdout } = await ws.run(['due', '--as-of', '2030-01-01', '--format', 'json']);
    const ids = (JSON.parse(stdout) as { due: { id: string }[] }).due.map((i) => i.id);
    expect(ids).toHaveLength(180);
    expect(ids).not.toContain('0010-tool-10');
  });

  it('refuses an --as-of that is not a date with exit 2', async () => {
    const ws = examples();
    const { code, stderr } = await ws.run(['due', '--as-of', '2026-02-30']);
    expect(stderr).toContain('vatl: --as-of 2026-02-30 is not a date.');
    expect(code).toBe(2);
  });

  it('uses today when --as-of is not given', async () => {
    const ws = examples();
    const { stdout } = await ws.run(['due']);
    expect(stdout).toBe('Nothing is due as of 2025-03-01 (3 decisions).\n');
  });

  it('stops with exit 2 when there is no decisions folder, and creates nothing', async () => {
    const ws = memoryWorkspace();
    for (const command of ['log', 'due']) {
      const { code, stdout, stderr } = await ws.run([command]);
      expect(stderr).toContain('vatl: There is no decisions folder at decisions.');
      expect(stdout).toBe('');
      expect(code).toBe(2);
    }
    expect(ws.exists('decisions')).toBe(false);
  });
});
