import { describe, expect, it } from 'vitest';
import { dueItems } from '../../src/core/portfolio/due.js';
import {
  checkIndexText,
  csvField,
  portfolioRows,
  renderIndexCsv,
  renderIndexJson,
  renderIndexMarkdown,
} from '../../src/core/portfolio/index-page.js';
import type { PortfolioEntry } from '../../src/core/portfolio/index-page.js';
import { evaluateReview } from '../../src/core/review/evaluate-review.js';
import { parseReview } from '../../src/core/review/parse-review.js';
import {
  EXAMPLES,
  brokenTableRows,
  builtInFrameworks,
  exampleReview,
  reviewYaml,
  tables,
  unescapedPipes,
} from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

const installed = builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : []));

function entry(data: ReviewData, fileId = data.id ?? 'x'): PortfolioEntry {
  const parsed = parseReview(reviewYaml(data), `${fileId}.review.yaml`);
  const { evaluated, diagnostics } = evaluateReview(parsed, installed);
  if (!evaluated) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return { evaluated, fileId };
}

function example(name: string, changes: Partial<ReviewData> = {}): PortfolioEntry {
  return entry({ ...exampleReview(name, { keepId: true }), ...changes });
}

const examples = () => EXAMPLES.map((name) => example(name));

describe('portfolio rows', () => {
  it('lists the three examples by category label, with outcome, score and dates', () => {
    const rows = portfolioRows(examples());
    expect(rows.map((r) => [r.category, r.id])).toEqual([
      ['Analytics and reporting', expect.stringMatching(/early-warning/)],
      ['Learning management system', '0001-lms-replacement'],
      ['Supplemental instructional tool', '0002-ai-tutoring-chatbot'],
    ]);
    const lms = rows.find((r) => r.id === '0001-lms-replacement');
    expect(lms).toMatchObject({
      status: 'decided',
      outcome: 'Adopt',
      overall: 3.03,
      date: '2026-03-18',
      reviewBy: '2027-03-18',
    });
    expect(lms?.supersededBy).toBeUndefined();
  });

  it('orders by category then id, whatever the reading order, with Uncategorised last', () => {
    const base = exampleReview('lms-replacement');
    const make = (id: string, category?: string) => {
      const proposal = { ...base.proposal };
      if (category === undefined) delete proposal.category;
      else proposal.category = category;
      return entry({ ...base, id, proposal });
    };
    const entries = [
      make('0005-e'),
      make('0004-d', 'analytics'),
      make('0003-c', 'assessment'),
      make('0001-a', 'analytics'),
    ];
    const ids = (list: PortfolioEntry[]) => portfolioRows(list).map((r) => `${r.category}:${r.id}`);
    expect(ids(entries)).toEqual([
      'Analytics and reporting:0001-a',
      'Analytics and reporting:0004-d',
      'Assessment:0003-c',
      'Uncategorised:0005-e',
    ]);
    expect(ids([...entries].reverse())).toEqual(ids(entries));
  });

  it('says the suggested outcome when there is no decision yet', () => {
    const data = exampleReview('lms-replacement');
    delete data.decision;
    const [row] = portfolioRows([entry({ ...data, id: '0009-draft', status: 'proposed' })]);
    expect(row?.outcome).toMatch(/^suggested: \w/);
    expect(row?.reviewBy).toBeUndefined();
  });

  it("derives superseded-by from a later review's supersedes", () => {
    const rows = portfolioRows([
      example('lms-replacement', { status: 'superseded' }),
      example('lms-replacement', { id: '0010-lms-again', supersedes: '0001-lms-replacement' }),
    ]);
    expect(rows.find((r) => r.id === '0001-lms-replacement')?.supersededBy).toBe('0010-lms-again');
  });

  it('reads a supersededBy the review records, alongside ones derived from supersedes', () => {
    const old = example('lms-replacement', { status: 'superseded' });
    Object.assign(old.evaluated.review, { supersededBy: '0011-recorded' });
    const rows = portfolioRows([
      old,
      example('lms-replacement', { id: '0010-lms-again', supersedes: '0001-lms-replacement' }),
    ]);
    expect(rows.find((r) => r.id === '0001-lms-replacement')?.supersededBy).toBe(
      '0010-lms-again, 0011-recorded',
    );
  });

  it('uses the file name id when a review has none, and an unknown category value as is', () => {
    const data = exampleReview('lms-replacement');
    const [row] = portfolioRows([
      entry({ ...data, proposal: { ...data.proposal, category: 'robots' } }, '0042-from-name'),
    ]);
    expect(row).toMatchObject({ id: '0042-from-name', category: 'robots' });
  });
});

describe('the index page', () => {
  const hostile = () =>
    example('lms-replacement', {
      title: '# Pipes | and <b>html</b> {{x}} *stars*',
    });

  it('is a heading per category with a table of its decisions, and no memo front matter', () => {
    const page = renderIndexMarkdown(portfolioRows(examples()));
    expect(page.startsWith('# Decisions\n')).toBe(true);
    expect(page).not.toMatch(/^---/);
    expect(page).toContain('## Learning management system\n');
    expect(page).toContain(
      '| 0001-lms-replacement | Replace ClassHub 7 with Harbor LMS as the district learning management system | decided | Adopt | 3.03 | 2026-03-18 | 2027-03-18 | — |',
    );
    expect(tables(page)).toHaveLength(3);
  });

  it('escapes user text so a table cell stays one cell', () => {
    const page = renderIndexMarkdown(portfolioRows([hostile()]));
    const row = page.split('\n').find((l) => l.includes('Pipes')) ?? '';
    expect(unescapedPipes(row)).toBe(9);
    expect(row).toContain('\\# Pipes \\| and &lt;b&gt;html&lt;/b&gt; \\{\\{x\\}\\} \\*stars\\*');
    expect(brokenTableRows(page)).toEqual([]);
  });

  it('is byte for byte the same for the same reviews', () => {
    expect(renderIndexMarkdown(portfolioRows(examples()))).toBe(
      renderIndexMarkdown(portfolioRows([...examples()].reverse())),
    );
  });

  it('is flagged at its first differing line when stale, and passes when current', () => {
    const page = renderIndexMarkdown(portfolioRows(examples()));
    expect(checkIndexText({ file: 'decisions/index.md', text: page }, page)).toBeUndefined();
    const stale = page.replace('Adopt', 'Abandon');
    const found = checkIndexText({ file: 'decisions/index.md', text: stale }, page);
    expect(found).toMatchObject({ code: 'memo/index-out-of-date', severity: 'error' });
    expect(stale.split('\n')[(found?.line ?? 0) - 1]).toContain('Abandon');
  });
});

describe('JSON and CSV', () => {
  it('JSON has every column, with null for what is missing', () => {
    const [first] = JSON.parse(renderIndexJson(portfolioRows(examples()))) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'title',
      'category',
      'status',
      'outcome',
      'overall',
      'date',
      'reviewBy',
      'supersededBy',
    ]);
    expect(first?.supersededBy).toBeNull();
  });

  it('quotes CSV fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = renderIndexCsv(portfolioRows([example('lms-replacement', { title: 'A, "B"' })]));
    expect(csv.split('\r\n')).toEqual([
      'id,title,category,status,outcome,overall,date,reviewBy,supersededBy',
      '0001-lms-replacement,"A, ""B""",Learning management system,decided,Adopt,3.03,2026-03-18,2027-03-18,',
      '',
    ]);
  });
});

describe('what is due', () => {
  const tutor = () => example('ai-tutoring-chatbot');

  it('lists nothing before the first date', () => {
    expect(dueItems(examples(), '2026-01-01')).toEqual([]);
  });

  it('counts a date as past only after it: due on the as-of day is not yet due', () => {
    const on = dueItems([tutor()], '2026-07-31');
    expect(on.map((i) => i.due)).not.toContain('2026-07-31');
    const after = dueItems([tutor()], '2026-08-01');
    expect(after).toEqual([
      expect.objectContaining({
        id: '0002-ai-tutoring-chatbot',
        kind: 'condition',
        due: '2026-07-31',
        daysOverdue: 1,
        owner: 'Luis Ferreira, Data Privacy Officer',
      }),
    ]);
  });

  it('lists a decision past its review-by date, owned by its sign-offs, oldest first', () => {
    const items = dueItems(examples(), '2027-03-19');
    const reviews = items.filter((i) => i.kind === 'review');
    expect(reviews.map((i) => [i.id, i.due])).toContainEqual([
      '0001-lms-replacement',
      '2027-03-18',
    ]);
    const lms = reviews.find((i) => i.id === '0001-lms-replacement');
    expect(lms?.owner).not.toBe('');
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
  });

  it('leaves out superseded and retired decisions', () => {
    for (const status of ['superseded', 'retired'])
      expect(dueItems([example('ai-tutoring-chatbot', { status })], '2030-01-01')).toEqual([]);
  });
});
