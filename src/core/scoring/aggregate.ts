import type { Framework } from '../framework/types.js';
import { round2 } from './scale.js';
import type { AxisCoverage, AxisScore, CellScore, ScoredQuestion } from './types.js';

/** A grid cell: `row/column`, or `row` in a one-axis framework. */
export interface GridCell {
  cell: string;
  row: string;
  column?: string;
}

export function gridCells(framework: Framework): GridCell[] {
  const columns = framework.axes.columns?.items;
  return framework.axes.rows.items.flatMap((r) =>
    columns
      ? columns.map((c) => ({ cell: `${r.id}/${c.id}`, row: r.id, column: c.id }))
      : [{ cell: r.id, row: r.id }],
  );
}

/** The running sums of one cell: Σ weight × score and Σ weight over its scored answers. */
export interface CellSums {
  weighted: number;
  weight: number;
}

/** Per-cell sums of the scored answers. */
export function cellSums(
  framework: Framework,
  scored: readonly ScoredQuestion[],
): Map<string, CellSums> {
  const sums = new Map(gridCells(framework).map((c) => [c.cell, { weighted: 0, weight: 0 }]));
  for (const s of scored) {
    const cell = sums.get(s.cell);
    if (!cell) continue;
    cell.weighted += s.score * s.weight;
    cell.weight += s.weight;
  }
  return sums;
}

/** A cell's unrounded score, or undefined when nothing in it is scored. */
export function cellMean(sums: CellSums | undefined): number | undefined {
  return sums && sums.weight > 0 ? sums.weighted / sums.weight : undefined;
}

function mean(values: readonly number[]): number | undefined {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

export interface Aggregates {
  cells: CellScore[];
  rows: AxisScore[];
  columns: AxisScore[];
  overall?: number;
  lowestCell?: number;
}

/**
 * Cells, rows, columns and overall. Each figure is computed from the unrounded cell means and
 * rounded once, so every cell of the grid counts alike whatever its question count.
 */
export function aggregate(
  framework: Framework,
  sums: ReadonlyMap<string, CellSums>,
  counts: {
    notApplicable: ReadonlyMap<string, number>;
    unanswered: ReadonlyMap<string, number>;
    answered: ReadonlyMap<string, number>;
  },
): Aggregates {
  const grid = gridCells(framework);
  const raw = new Map(grid.map((c) => [c.cell, cellMean(sums.get(c.cell))]));
  const cells: CellScore[] = grid.map(({ cell, row, column }) => {
    const score = raw.get(cell);
    return {
      cell,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(score !== undefined ? { score: round2(score) } : {}),
      answered: counts.answered.get(cell) ?? 0,
      notApplicable: counts.notApplicable.get(cell) ?? 0,
      unanswered: counts.unanswered.get(cell) ?? 0,
    };
  });
  const axisScore = (id: string, pick: (c: GridCell) => string | undefined): AxisScore => {
    const values = grid
      .filter((c) => pick(c) === id)
      .flatMap((c) => {
        const v = raw.get(c.cell);
        return v === undefined ? [] : [v];
      });
    const score = mean(values);
    return { id, ...(score !== undefined ? { score: round2(score) } : {}) };
  };
  const rows = framework.axes.rows.items.map((r) => axisScore(r.id, (c) => c.row));
  const columns = (framework.axes.columns?.items ?? []).map((col) =>
    axisScore(col.id, (c) => c.column),
  );
  const all = [...raw.values()].flatMap((v) => (v === undefined ? [] : [v]));
  const overall = mean(all);
  const rounded = cells.flatMap((c) => (c.score === undefined ? [] : [c.score]));
  return {
    cells,
    rows,
    columns,
    ...(overall !== undefined ? { overall: round2(overall) } : {}),
    ...(rounded.length > 0 ? { lowestCell: Math.min(...rounded) } : {}),
  };
}

/** One applicable scored question, as coverage counts it. */
export interface CoverageEntry {
  cell: string;
  weight: number;
  answered: boolean;
}

/**
 * For every row item and column item: the share of its applicable scored question weight that
 * was answered with a value. Not-applicable and unanswered questions are not answered.
 */
export function coverage(framework: Framework, entries: readonly CoverageEntry[]): AxisCoverage[] {
  const tally = (axis: 'rows' | 'columns', id: string, part: 0 | 1): AxisCoverage => {
    let answered = 0;
    let applicable = 0;
    for (const e of entries) {
      if (e.cell.split('/')[part] !== id) continue;
      applicable += e.weight;
      if (e.answered) answered += e.weight;
    }
    return {
      axis,
      id,
      answered,
      applicable,
      share: applicable > 0 ? round2(answered / applicable) : 0,
    };
  };
  return [
    ...framework.axes.rows.items.map((r) => tally('rows', r.id, 0)),
    ...(framework.axes.columns?.items ?? []).map((c) => tally('columns', c.id, 1)),
  ];
}
