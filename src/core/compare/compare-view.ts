/**
 * The comparison page's view: competing proposals, answered against one framework, side by
 * side. Logic-free like the memo's view, and built from the same section builders, so every
 * piece of user text is escaped for Markdown the same way (templates print values as they are).
 */
import type { Framework } from '../framework/types.js';
import type { Language } from '../i18n/language.js';
import { MEMO_TEXT } from '../memo/memo-text.js';
import { COMPARE_TEXT } from './compare-text.js';
import type { CompareText } from './compare-text.js';
import { inline } from '../memo/markdown.js';
import type { MemoInput, MemoWarning, ReferenceLabels } from '../memo/memo-view.js';
import { intakeValue } from '../memo/view-answers.js';
import { gatesView, warningsView } from '../memo/view-outcome.js';
import { scoreText } from '../memo/view-scores.js';
import { outcomeLabel } from '../review/decision.js';
import type { Review } from '../review/types.js';
import type { ScoreReport } from '../scoring/types.js';

/** One review to compare, checked and scored, with the path it is shown by. */
export interface ComparedReview {
  /** The review file as shown to the user (relative to the working folder). */
  file: string;
  review: Review;
  framework: Framework;
  report: ScoreReport;
}

/** A table cell's text: escaped user text, or Markdown built here. */
export interface CompareCell {
  text: string;
}

/** A row of a side-by-side table: a label, then one cell per proposal. */
export interface CompareRow {
  /** The row's label, escaped. */
  label: string;
  values: CompareCell[];
}

/** The comparison page. */
export interface CompareView {
  /** The number of proposals compared. */
  count: number;
  /** The framework's title (from the first review), escaped. */
  framework: string;
  /** `<id>@<version>` of each distinct version, joined with `, ` (schema-checked, safe as is). */
  refs: string;
  /** A sentence when the reviews use different versions of the framework, else `''`. */
  versionNote: string;
  /** One column header per proposal: `<n>. <proposal name>`, escaped. */
  headers: CompareCell[];
  /** The proposals side by side: decision, vendor, category, cost, term, scores, outcomes. */
  summary: CompareRow[];
  /** Every cell of the grid (`<row> · <column>`), its score per proposal. */
  cells: CompareRow[];
  /** Every gate of the framework, its result per proposal. */
  gates: CompareRow[];
  /** One section per proposal, in the order given. */
  proposals: CompareProposal[];
}

/** One proposal's own section. */
export interface CompareProposal {
  /** `<n>. <proposal name>`, escaped. */
  heading: string;
  /** The review's title, escaped. */
  title: string;
  /** The review file as shown, escaped. */
  file: string;
  /** The grid: row axis label, column headers, one row per row item with its cell scores. */
  grid: CompareGrid;
  /** The warnings its review raised. */
  warnings: MemoWarning[];
}

/** One proposal's score grid, cell scores as numbers. */
export interface CompareGrid {
  /** The row axis label, escaped. */
  rowHeader: string;
  /** Whether the framework has a column axis (then rows end in a row score, and totals show). */
  hasColumns: boolean;
  /** The column axis label, escaped, or `''` without columns: the totals row's label. */
  columnHeader: string;
  /** The column items' labels (one `Score` without columns), escaped. */
  columns: CompareCell[];
  /** One row per row item: its label, its cell scores, then its row score. */
  rows: CompareRow[];
  /** The column scores, then the overall score, for the totals row; empty without columns. */
  totals: CompareCell[];
  /** The overall score, formatted, `—` when not scored. */
  overall: string;
}

const NONE = '—';

/**
 * Builds the comparison page's view from checked reviews of one framework (the caller has
 * checked the ids match). Deterministic: proposals stay in the order given.
 */
export function buildCompareView(
  reviews: readonly ComparedReview[],
  references: ReferenceLabels,
  /** The page's language (the frameworks given are already in it); English when not given. */
  language: Language = 'en',
): CompareView {
  const t = COMPARE_TEXT[language];
  const first = reviews[0];
  if (!first) throw new Error('buildCompareView needs at least one review');
  const fw = first.framework;
  const refs = [...new Set(reviews.map((r) => `${r.framework.id}@${r.framework.version}`))];
  const headers = reviews.map((r, i) => ({ text: `${i + 1}. ${inline(r.review.proposal.name)}` }));
  const inputs: MemoInput[] = reviews.map((r) => ({ ...r, references, date: '', language }));
  const row = (label: string, text: (r: ComparedReview, i: number) => string): CompareRow => ({
    label,
    values: reviews.map((r, i) => ({ text: text(r, i) })),
  });
  return {
    count: reviews.length,
    framework: inline(fw.title),
    refs: refs.join(', '),
    versionNote:
      refs.length > 1
        ? t.versionNote(reviews.map((r, i) => `${i + 1}: ${r.framework.version}`).join(', '))
        : '',
    headers,
    summary: [
      row(t.reviewFile, (r) => inline(r.file)),
      row(t.decision, (r) => r.review.id ?? NONE),
      row(t.status, (r) => MEMO_TEXT[language].status[r.review.status ?? 'proposed']),
      row(t.vendor, (r) => intake(r, 'vendor', language)),
      row(t.category, (r) => intake(r, 'category', language)),
      row(t.cost, (r) => intake(r, 'cost', language)),
      row(t.term, (r) => intake(r, 'term', language)),
      row(t.overallScore, (r) => scoreText(r.report.overall)),
      ...fw.axes.rows.items.map((item) =>
        row(inline(item.label), (r) =>
          scoreText(r.report.rows.find((x) => x.id === item.id)?.score),
        ),
      ),
      ...(fw.axes.columns?.items ?? []).map((item) =>
        row(inline(item.label), (r) =>
          scoreText(r.report.columns.find((x) => x.id === item.id)?.score),
        ),
      ),
      row(t.suggested, (r) => inline(outcomeLabel(r.framework, r.report.suggested))),
      row(t.decisionRecorded, (r) =>
        r.review.decision ? inline(outcomeLabel(r.framework, r.review.decision.outcome)) : NONE,
      ),
      row(t.gatesNotPassed, (r) => {
        const n = r.report.gates.filter((g) => g.state !== 'passed').length;
        return n === 0 ? t.none : `**${n}**`;
      }),
      row(t.warnings, (_r, i) => {
        const w = warningsView(inputs[i] as MemoInput);
        return w.length === 0 ? t.none : w.map((x) => x.title).join('; ');
      }),
    ],
    cells: cellRows(fw).map(({ cell, label }) =>
      row(label, (r) => scoreText(r.report.cells.find((c) => c.cell === cell)?.score)),
    ),
    gates: gateRows(reviews, inputs, t),
    proposals: reviews.map((r, i) => ({
      heading: headers[i]?.text ?? '',
      title: inline(r.review.title),
      file: inline(r.file),
      grid: gridOf(r, t),
      warnings: warningsView(inputs[i] as MemoInput),
    })),
  };
}

/** An intake answer as the memo shows it, `—` when not given. */
function intake(r: ComparedReview, id: string, language: Language): string {
  const value = r.review.proposal[id];
  if (value === undefined || value === '') return NONE;
  const q = r.framework.intake?.find((x) => x.id === id) ?? { kind: 'text' };
  return intakeValue(q, value, language);
}

/** The grid's cells in row-major order, labelled `<row> · <column>`. */
function cellRows(fw: Framework): { cell: string; label: string }[] {
  const cols = fw.axes.columns?.items;
  return fw.axes.rows.items.flatMap((r) =>
    cols
      ? cols.map((c) => ({ cell: `${r.id}/${c.id}`, label: inline(`${r.label} · ${c.label}`) }))
      : [{ cell: r.id, label: inline(r.label) }],
  );
}

/** Each gate, in the order the frameworks list them (first review first), its state per proposal. */
function gateRows(
  reviews: readonly ComparedReview[],
  inputs: readonly MemoInput[],
  t: CompareText,
): CompareRow[] {
  const states = inputs.map((input) => {
    const byId = new Map<string, { title: string; state: string }>();
    const { gates } = gatesView(input);
    (input.framework.gates ?? []).forEach((g, i) => {
      const view = gates[i];
      if (view) byId.set(g.id, { title: view.title, state: view.state });
    });
    return byId;
  });
  const ids = [...new Set(reviews.flatMap((r) => (r.framework.gates ?? []).map((g) => g.id)))];
  return ids.map((id) => ({
    label: states.map((s) => s.get(id)?.title).find((t) => t !== undefined) ?? id,
    values: states.map((s) => ({ text: s.get(id)?.state ?? t.notInThisVersion })),
  }));
}

/** One proposal's grid of cell scores. */
function gridOf({ framework: fw, report }: ComparedReview, t: CompareText): CompareGrid {
  const cols = fw.axes.columns?.items;
  const score = (cell: string) => scoreText(report.cells.find((c) => c.cell === cell)?.score);
  return {
    rowHeader: inline(fw.axes.rows.label),
    hasColumns: !!cols,
    columnHeader: inline(fw.axes.columns?.label ?? ''),
    columns: (cols ?? [{ label: t.score }]).map((c) => ({ text: inline(c.label) })),
    rows: fw.axes.rows.items.map((r) => ({
      label: inline(r.label),
      values: [
        ...(cols ? cols.map((c) => ({ text: score(`${r.id}/${c.id}`) })) : [{ text: score(r.id) }]),
        ...(cols ? [{ text: scoreText(report.rows.find((x) => x.id === r.id)?.score) }] : []),
      ],
    })),
    totals: cols
      ? cols.map((c) => ({ text: scoreText(report.columns.find((x) => x.id === c.id)?.score) }))
      : [],
    overall: scoreText(report.overall),
  };
}
