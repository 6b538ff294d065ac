import type { Framework } from '../framework/types.js';
import { fmt, percent } from '../scoring/scale.js';
import type { PathToOutcome, ScoreReport } from '../scoring/types.js';
import { outcomeLabel } from './decision.js';

/** One cell of the summary grid: a score (undefined when there is none yet), or plain text. */
export type SummaryCell = { score: number | undefined } | { text: string };

/** A line of the grid: its label, then its cells. */
export interface SummaryLine {
  label: string;
  cells: SummaryCell[];
}

/**
 * What the summary screen shows before the decision, as plain data: the grid of scores (one
 * line per row item, then the value-add or overall line), the scale, the gates that did not
 * pass, the warnings, and the suggested outcome with how to reach the next one.
 */
export interface SummaryView {
  header: string[];
  rows: SummaryLine[];
  footer: SummaryLine;
  /** `1 Not evident · 2 Emerging · …` */
  scale: string;
  /** The overall score as shown, or `—`. */
  overall: string;
  unanswered: string[];
  gates: { state: 'failed' | 'unresolved'; title: string; needs: string[] }[];
  warnings: string[];
  suggested: string;
  reasons: string[];
  /** `To reach Adopt: …`, when a more favourable outcome exists. */
  next?: string;
}

export function summaryView(framework: Framework, report: ScoreReport): SummaryView {
  const columns = framework.axes.columns?.items;
  const score = (value: number | undefined): SummaryCell => ({ score: value });
  const blank: SummaryCell = { text: '' };
  const cell = (id: string) => score(report.cells.find((x) => x.cell === id)?.score);
  const rows = framework.axes.rows.items.map((r) => ({
    label: r.label,
    cells: columns
      ? [
          ...columns.map((c) => cell(`${r.id}/${c.id}`)),
          score(report.rows.find((x) => x.id === r.id)?.score),
        ]
      : [cell(r.id), blank],
  }));
  const footer = columns
    ? {
        label: 'Value add',
        cells: [
          ...columns.map((c) => score(report.columns.find((x) => x.id === c.id)?.score)),
          score(report.overall),
        ],
      }
    : { label: 'Overall', cells: [score(report.overall), blank] };
  const gates = report.gates.flatMap((g) =>
    g.state === 'passed'
      ? []
      : [
          {
            state: g.state,
            title: framework.gates?.find((x) => x.id === g.id)?.title ?? g.id,
            needs: g.needs,
          },
        ],
  );
  return {
    header: ['', ...(columns ? columns.map((c) => c.label) : ['Score']), columns ? 'Area' : ''],
    rows,
    footer,
    scale: framework.scale.map((l) => `${l.value} ${l.label}`).join(' · '),
    overall: report.overall !== undefined ? fmt(report.overall) : '—',
    unanswered: report.unanswered,
    gates,
    warnings: report.warnings.map(
      (w) => framework.warnings?.find((x) => x.id === w.id)?.title ?? w.id,
    ),
    suggested: outcomeLabel(framework, report.suggested),
    reasons: report.outcomes.find((o) => o.id === report.suggested)?.reasons ?? [],
    ...(report.next ? { next: nextOutcomeText(framework, report.next) } : {}),
  };
}

/** `To reach Adopt: clear gate x (q = yes); raise q1 2→3`: what would reach the next outcome. */
export function nextOutcomeText(framework: Framework, next: PathToOutcome): string {
  const steps = [
    ...next.gates.map(
      (g) =>
        `clear gate ${g.gate}${g.answers.length ? ` (${g.answers.map((a) => `${a.question} = ${String(a.value)}`).join(' or ')})` : ''}`,
    ),
    ...next.coverage.map(
      (c) =>
        `answer more of ${framework.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id} (${percent(c.share)} answered)`,
    ),
    ...(next.raises.length
      ? [`raise ${next.raises.map((r) => `${r.question} ${r.from}→${r.to}`).join(', ')}`]
      : []),
  ];
  return `To reach ${outcomeLabel(framework, next.outcome)}: ${steps.join('; ') || 'no change of answers would do it'}${next.unreachable ? ' (the thresholds stay out of reach)' : ''}`;
}
