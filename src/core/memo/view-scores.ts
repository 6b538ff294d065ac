// The memo view's score sections: the score table, the coverage line and the cell chart.
import type { AxisItem } from '../framework/types.js';
import { fmt, percent, scoreCue } from '../scoring/scale.js';
import { inline, mermaidLabel } from './markdown.js';
import { MEMO_TEXT, andList } from './memo-text.js';
import type { MemoChart, MemoCoverage, MemoGrid, MemoInput } from './memo-view.js';

/** The score table: a cue per cell, a score per row and column, and the overall score. */
export function gridView({ framework: fw, report, language }: MemoInput): MemoGrid {
  const t = MEMO_TEXT[language ?? 'en'];
  const scale = fw.scale;
  const cue = (score: number | undefined) =>
    score === undefined ? t.notScored : inline(scoreCue(scale, score));
  const rowItems = fw.axes.rows.items;
  const colItems = fw.axes.columns?.items;
  return {
    rowHeader: inline(fw.axes.rows.label),
    rowTotalHeader: inline(fw.axes.rows.total ?? t.overall),
    columns: (colItems ?? [{ id: '', label: t.score }]).map((c) => ({ label: inline(c.label) })),
    columnsAlign: (colItems ?? [{}]).map(() => ({})),
    rows: rowItems.map((r) => ({
      label: inline(r.label),
      cells: (colItems ? colItems.map((c) => `${r.id}/${c.id}`) : [r.id]).map((cell) => ({
        text: cue(report.cells.find((x) => x.cell === cell)?.score),
      })),
      score: scoreText(report.rows.find((x) => x.id === r.id)?.score),
    })),
    hasColumns: !!colItems,
    columnScores: (colItems ?? []).map((c) => ({
      text: scoreText(report.columns.find((x) => x.id === c.id)?.score),
    })),
    columnTotalHeader: inline(fw.axes.columns?.total ?? fw.axes.columns?.label ?? ''),
    averaged: andList(
      [fw.axes.rows.label, fw.axes.columns?.label]
        .flatMap((label) => (label ? [inline(label)] : []))
        .concat(t.overallWord),
      t,
    ),
    overall: scoreText(report.overall),
    scaleLegend: scale.map((s) => `${s.value} ${inline(s.label)}`).join(' · '),
  };
}

/** The bar chart of the cells that have a score, or undefined when none has. */
export function chartView({ framework: fw, report, language }: MemoInput): MemoChart | undefined {
  const t = MEMO_TEXT[language ?? 'en'];
  const minScale = Math.min(...fw.scale.map((s) => s.value));
  const maxScale = Math.max(...fw.scale.map((s) => s.value));
  const rowItems = fw.axes.rows.items;
  const colItems = fw.axes.columns?.items;
  const chartCells = report.cells.filter((c) => c.score !== undefined);
  const short = (id: string | undefined, items: readonly AxisItem[] | undefined) => {
    const item = items?.find((i) => i.id === id);
    return item ? (item.short ?? item.label) : '';
  };
  return chartCells.length
    ? {
        title: mermaidLabel(t.chartTitle(minScale, maxScale)),
        labels: chartCells
          .map(
            (c) =>
              `"${mermaidLabel([short(c.row, rowItems), short(c.column, colItems)].filter(Boolean).join(' · '))}"`,
          )
          .join(', '),
        values: chartCells.map((c) => fmt(c.score as number)).join(', '),
        min: minScale,
        max: maxScale,
      }
    : undefined;
}

/** The answered share of each axis item, or undefined when no outcome sets `minCoverage`. */
export function coverageView({ framework: fw, report }: MemoInput): MemoCoverage | undefined {
  const coverageMin = Math.max(0, ...fw.outcomes.map((o) => o.minCoverage ?? 0));
  return coverageMin
    ? {
        items: report.coverage
          .map(
            (c) =>
              `${inline(fw.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id)} ${percent(c.share)}`,
          )
          .join(' · '),
        needs: fw.outcomes
          .filter((o) => o.minCoverage !== undefined)
          .map((o) => `${inline(o.label)} ${percent(o.minCoverage ?? 0)}`)
          .join(', '),
      }
    : undefined;
}

/** A score as the memo prints it: two decimals at most, `—` when there is none. */
export function scoreText(score: number | undefined): string {
  return score === undefined ? '—' : fmt(score);
}
