// Framework rules about the grid: the scale's order, questions sitting in real cells, and
// every cell getting a score.
import type { Finding } from '../../findings.js';
import { gridCells } from '../../scoring/aggregate.js';
import { isScored } from '../question-kinds.js';
import { say } from '../../i18n/said.js';
import type { Said } from '../../i18n/said.js';
import { FRAMEWORK_TEXT as T } from '../framework-text.js';
import type { Framework } from '../types.js';
import type { FrameworkRule } from './framework-rule.js';

/** The scale runs from lowest to highest, each value once. */
export const scaleOrdered: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  for (let i = 1; i < fw.scale.length; i++) {
    const previous = fw.scale[i - 1]?.value ?? 0;
    const value = fw.scale[i]?.value ?? 0;
    if (value <= previous) {
      findings.push({
        path: ['scale', i, 'value'],
        code: 'framework/scale-order',
        ...say(T, 'framework.scale-order', { value, previous }),
      });
    }
  }
  return findings;
};

/** Every question sits in a cell of the grid: `row` alone, or `row/column` when there are columns. */
export const cellsResolve: FrameworkRule = (fw) => {
  const rows = fw.axes.rows.items.map((i) => i.id);
  const columns = fw.axes.columns?.items.map((i) => i.id);
  const findings: Finding[] = [];
  fw.questions.forEach((q, i) => {
    const [row, column, ...rest] = q.cell.split('/');
    const path = ['questions', i, 'cell'];
    const problem = (said: Said) =>
      findings.push({ path, code: 'framework/unknown-cell', ...said });
    const id = q.id;
    if (rest.length > 0 || row === undefined)
      return problem(say(T, 'framework.malformed-cell', { id, cell: q.cell }));
    if (!rows.includes(row)) {
      return problem(
        say(T, 'framework.unknown-row', { id, label: fw.axes.rows.label, row, known: rows }),
      );
    }
    if (columns) {
      if (column === undefined) {
        return problem(
          say(T, 'framework.cell-needs-column', {
            id,
            row,
            axis: String(fw.axes.columns?.id),
            known: columns,
          }),
        );
      }
      if (!columns.includes(column)) {
        return problem(
          say(T, 'framework.unknown-column', {
            id,
            label: fw.axes.columns?.label ?? '',
            column,
            known: columns,
          }),
        );
      }
    } else if (column !== undefined) {
      return problem(say(T, 'framework.no-columns', { id }));
    }
    return undefined;
  });
  return findings;
};

/** Every cell of the grid has at least one scored question, or its score would be empty. */
export const everyCellCovered: FrameworkRule = (fw) => {
  const covered = new Set(fw.questions.filter(isScored).map((q) => q.cell));
  return cellsWithRow(fw)
    .filter(({ cell }) => !covered.has(cell))
    .map(({ cell, rowIndex }) => ({
      path: ['axes', 'rows', 'items', rowIndex, 'id'],
      code: 'framework/uncovered-cell',
      ...say(T, 'framework.uncovered-cell', { cell }),
    }));
};

/** The grid's cells, each with the index of its row item (where a finding about it points). */
function cellsWithRow(fw: Framework): { cell: string; rowIndex: number }[] {
  const rows = fw.axes.rows.items.map((r) => r.id);
  return gridCells(fw).map(({ cell, row }) => ({ cell, rowIndex: rows.indexOf(row) }));
}

/**
 * Every cell should get a score whatever the proposal: a cell whose scored questions all have a
 * `when` can end up with none, and a row or column with nothing applicable can never meet
 * `minCoverage`.
 */
export const unconditionalCoverage: FrameworkRule = (fw) => {
  const always = new Set(fw.questions.filter((q) => isScored(q) && !q.when).map((q) => q.cell));
  const scored = new Set(fw.questions.filter(isScored).map((q) => q.cell));
  return cellsWithRow(fw)
    .filter(({ cell }) => scored.has(cell) && !always.has(cell))
    .map(({ cell, rowIndex }) => ({
      path: ['axes', 'rows', 'items', rowIndex, 'id'],
      severity: 'warning' as const,
      code: 'framework/conditional-cell',
      ...say(T, 'framework.conditional-cell', { cell }),
    }));
};
