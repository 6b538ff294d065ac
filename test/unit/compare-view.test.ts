import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCompareView } from '../../src/core/compare/compare-view.js';
import type { ComparedReview } from '../../src/core/compare/compare-view.js';
import { renderCompare } from '../../src/core/compare/render-compare.js';
import type { Framework } from '../../src/core/framework/types.js';
import { referenceLabels } from '../../src/core/memo/reference-labels.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { TemplateError } from '../../src/errors.js';
import { FIXTURES, REPO } from '../helpers/cli.js';
import { builtInFramework, builtInFrameworks, markdownProblems } from '../helpers/reviews.js';

const HARBOR = '0001-lms-replacement.review.yaml';
const CANOPY = '0002-canopy-lms.review.yaml';
const FILES = [HARBOR, CANOPY];

function compared(file: string, framework: Framework = builtInFramework('vatl')): ComparedReview {
  const shown = `decisions/${file}`;
  const parsed = parseReview(readFileSync(join(FIXTURES, 'compare', file), 'utf8'), shown);
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const { report } = checkReview(parsed.review, framework, parsed.yaml);
  return { file: shown, review: parsed.review, framework, report };
}

const references = referenceLabels(
  builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : [])),
);

function templates() {
  return {
    main: { name: 'memo.md.hbs', source: '' },
    partials: {},
    compare: {
      name: 'templates/compare.md.hbs',
      source: readFileSync(join(REPO, 'templates', 'compare.md.hbs'), 'utf8'),
    },
  };
}

describe('buildCompareView', () => {
  const view = buildCompareView(
    FILES.map((f) => compared(f)),
    references,
  );
  const row = (label: string) =>
    view.summary.find((r) => r.label === label)?.values.map((v) => v.text);

  it('puts the intake, scores and outcomes of each proposal side by side, in the order given', () => {
    expect(view.headers.map((h) => h.text)).toEqual([
      '1. Harbor LMS (District Edition)',
      '2. Canopy Classroom',
    ]);
    expect(row('Decision')).toEqual(['0001-lms-replacement', '0002-canopy-lms']);
    expect(row('Category')).toEqual(['Learning management system', 'Learning management system']);
    expect(row('Term')?.[1]).toBe(
      '3 years from 2026-07-01, automatic renewal unless cancelled 60 days before the anniversary.',
    );
    expect(row('Overall score')).toEqual(['3.03', '2.93']);
    expect(row('Suggested outcome')).toEqual(['Adopt', 'Adapt']);
    expect(row('Decision recorded')).toEqual(['Adopt', '—']);
    expect(view.versionNote).toBe('');
    expect(view.refs).toBe('vatl@2.0.0');
  });

  it('has one row per grid cell and per gate, and a rows × columns grid per proposal', () => {
    expect(view.cells).toHaveLength(9);
    expect(view.cells[0]).toEqual({
      label: 'Governance & Ethics · Do More',
      values: [{ text: '3.33' }, { text: '2.50' }],
    });
    expect(view.gates.length).toBeGreaterThan(3);
    const grid = view.proposals[1]?.grid;
    expect(grid?.columns.map((c) => c.text)).toEqual(['Do More', 'Do Better', 'Do New']);
    expect(grid?.rows[0]?.values.map((v) => v.text)).toEqual(['2.50', '2.50', '3.67', '2.89']);
    expect(grid?.overall).toBe('2.93');
  });

  it('escapes user text for Markdown', () => {
    expect(row('Vendor')?.[1]).toBe('Canopy\\_Ed &lt;sales\\@canopy.example&gt;');
    expect(view.proposals[1]?.title).toBe(
      'Replace ClassHub 7 with Canopy Classroom \\| the low-cost option',
    );
  });

  it('notes when the reviews use different versions of the framework', () => {
    const older = { ...builtInFramework('vatl'), version: '1.9.0' };
    const mixed = buildCompareView([compared(HARBOR), compared(CANOPY, older)], references);
    expect(mixed.refs).toBe('vatl@2.0.0, vatl@1.9.0');
    expect(mixed.versionNote).toContain('different versions of the framework (1: 2.0.0, 2: 1.9.0)');
  });
});

describe('renderCompare', () => {
  const page = renderCompare(
    buildCompareView(
      FILES.map((f) => compared(f)),
      references,
    ),
    templates(),
  );

  it('renders a page that passes markdownlint, the same every time', async () => {
    expect(page).toMatch(/^# Comparing 2 proposals\n/);
    expect(page).toContain('| Overall score | 3.03 | 2.93 |');
    expect(page).toContain('| **Value Add** | 2.89 | 2.74 | 3.17 | **2.93** overall |');
    expect(await markdownProblems(page)).toEqual([]);
    expect(
      renderCompare(
        buildCompareView(
          FILES.map((f) => compared(f)),
          references,
        ),
        templates(),
      ),
    ).toBe(page);
  });

  it('is a template error when there is no compare template', () => {
    const { compare: _none, ...without } = templates();
    expect(() => renderCompare(buildCompareView([compared(HARBOR)], references), without)).toThrow(
      TemplateError,
    );
  });
});
