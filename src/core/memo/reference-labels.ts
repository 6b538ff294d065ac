import type { Framework } from '../framework/types.js';
import type { ReferenceLabels } from './memo-view.js';

/**
 * Labels for the memo's alignment section, from the installed frameworks: each framework's
 * axis items and concepts by id, and each question by the label of its row.
 *
 * @param frameworks - the installed frameworks (the one reviewed against among them)
 */
export function referenceLabels(frameworks: readonly Framework[]): ReferenceLabels {
  const labels: ReferenceLabels = {};
  for (const fw of frameworks) {
    const items: Record<string, string> = {};
    const rows = new Map(fw.axes.rows.items.map((r) => [r.id, r.label]));
    for (const axis of [fw.axes.rows, fw.axes.columns])
      for (const item of axis?.items ?? []) items[item.id] = item.label;
    for (const c of fw.concepts ?? []) items[c.id] = `${c.label} (${c.group.toLowerCase()})`;
    for (const q of fw.questions) items[q.id] = rows.get(q.cell.split('/')[0] ?? '') ?? '';
    labels[fw.id] = { title: fw.title, items };
  }
  return labels;
}
