import type { Framework } from '../framework/types.js';
import { fmt, percent } from '../scoring/scale.js';
import type { PathToOutcome, ScoreReport } from '../scoring/types.js';
import { answerLabel } from '../framework/question-kinds.js';
import { shortPrompt } from './answer.js';
import { applicableOrder } from './draft.js';
import type { Draft } from './draft.js';
import { SUMMARY_TEXT_EN } from './summary-text.js';
import type { SummaryText } from './summary-text.js';
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

/**
 * The summary of `report` for a proposal; questions are named by number and words (their
 * ids are for machine output), gates and warnings by their titles.
 */
export function summaryView(
  framework: Framework,
  report: ScoreReport,
  proposal: Readonly<Record<string, unknown>> = {},
  text: SummaryText = SUMMARY_TEXT_EN,
): SummaryView {
  const name = (id: string) => questionCalled(framework, proposal, id, text);
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
        // As the memo calls it: the column axis's `total`, else its label.
        label: framework.axes.columns?.total ?? framework.axes.columns?.label ?? text.overall,
        cells: [
          ...columns.map((c) => score(report.columns.find((x) => x.id === c.id)?.score)),
          score(report.overall),
        ],
      }
    : { label: text.overall, cells: [score(report.overall), blank] };
  const gates = report.gates.flatMap((g) =>
    g.state === 'passed'
      ? []
      : [
          {
            state: g.state,
            title: gateTitle(framework, g.id),
            needs: g.needs.map(name),
          },
        ],
  );
  return {
    header: [
      '',
      ...(columns ? columns.map((c) => c.label) : [text.score]),
      columns ? text.area : '',
    ],
    rows,
    footer,
    scale: framework.scale.map((l) => `${l.value} ${l.label}`).join(' · '),
    overall: report.overall !== undefined ? fmt(report.overall) : '—',
    unanswered: report.unanswered.map(name),
    gates,
    warnings: report.warnings.map((w) => warningTitle(framework, w.id)),
    suggested: outcomeLabel(framework, report.suggested),
    reasons: report.outcomes.find((o) => o.id === report.suggested)?.reasons ?? [],
    ...(report.next ? { next: nextOutcomeText(framework, report.next, proposal, text) } : {}),
  };
}

/** A gate's title, or its id when the framework has no such gate. */
export function gateTitle(framework: Framework, id: string): string {
  return framework.gates?.find((g) => g.id === id)?.title ?? id;
}

/** A warning's title, or its id when the framework has no such warning. */
export function warningTitle(framework: Framework, id: string): string {
  return framework.warnings?.find((w) => w.id === id)?.title ?? id;
}

/**
 * What would reach the next outcome, in words: `To reach Adopt: clear the gate “Title”:
 * question 21 (“Does the vendor…”) answered No; raise question 17 (“How clearly…”) from 2 to 4`.
 */
export function nextOutcomeText(
  framework: Framework,
  next: PathToOutcome,
  proposal: Readonly<Record<string, unknown>> = {},
  text: SummaryText = SUMMARY_TEXT_EN,
): string {
  const name = (id: string) => questionCalled(framework, proposal, id, text);
  const answered = (id: string, value: number | string) => {
    const q = framework.questions.find((x) => x.id === id);
    return text.answered(name(id), q ? answerLabel(framework, q, value) : String(value));
  };
  const steps = [
    ...next.gates.map((g) =>
      text.clearGate(
        gateTitle(framework, g.gate),
        g.answers.map((a) => answered(a.question, a.value)),
      ),
    ),
    ...next.coverage.map((c) =>
      text.answerMore(
        framework.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id,
        percent(c.share),
      ),
    ),
    ...(next.raises.length
      ? [text.raise(next.raises.map((r) => ({ name: name(r.question), from: r.from, to: r.to })))]
      : []),
  ];
  return text.toReach(outcomeLabel(framework, next.outcome), steps, Boolean(next.unreachable));
}

/**
 * A question as a person names it (as `questionName` does, in the summary's words): its number
 * among the questions that apply and its opening words; an unknown id as it is.
 */
export function questionCalled(
  framework: Framework,
  proposal: Readonly<Record<string, unknown>>,
  id: string,
  text: SummaryText = SUMMARY_TEXT_EN,
): string {
  const order = applicableOrder(framework, { proposal: proposal as Draft['proposal'] });
  const at = order.findIndex((q) => q.id === id);
  const q = order[at] ?? framework.questions.find((x) => x.id === id);
  if (!q) return id;
  return text.questionName(at >= 0 ? at + 1 : undefined, shortPrompt(q.prompt));
}
