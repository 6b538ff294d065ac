import type { Framework } from '../../../core/framework/types.js';
import { answerText } from '../../../core/review/answer.js';
import {
  answerQuestion,
  applicableOrder,
  draftToReview,
  withSummaryReached,
} from '../../../core/review/draft.js';
import { summaryView } from '../../../core/review/summary.js';
import type { SummaryCell } from '../../../core/review/summary.js';
import { scoreDots, scoreTone } from '../../../core/scoring/scale.js';
import { scoreReview } from '../../../core/scoring/score-review.js';
import type { ScoreReport } from '../../../core/scoring/types.js';
import type { Style } from '../../style.js';
import { table } from '../../table.js';
import type { Session } from '../session.js';
import { BACK, askQuestion } from './questions.js';

/**
 * The summary: scores, gates, warnings and the suggestion. The user goes on to the decision
 * (`'decide'`) or changes an answer, after which the summary is shown again.
 */
export async function summaryStep(s: Session): Promise<'decide' | undefined> {
  if (!s.draft.reachedSummary) await s.save(withSummaryReached(s.draft));
  const report = scoreReview(s.framework, draftToReview(s.draft, s.framework));
  s.prompter.print(renderSummary(s.framework, report, s.style).join('\n'));
  const action = await s.prompter.select<string>({
    message: 'What next?',
    choices: [
      { name: 'Continue to the decision', value: 'decide' },
      { name: 'Change an answer', value: 'change' },
    ],
  });
  if (action === 'decide') return 'decide';
  const order = applicableOrder(s.framework, s.draft);
  const id = await s.prompter.select<string>({
    message: 'Which answer do you want to change?',
    choices: order.map((q, i) => ({
      name: `${i + 1}. ${q.prompt.slice(0, 70)}${q.prompt.length > 70 ? '…' : ''} — ${answerText(s.framework, q, s.draft.answers[q.id])}`,
      value: q.id,
    })),
  });
  const index = order.findIndex((x) => x.id === id);
  const q = order[index];
  if (!q) return undefined;
  const result = await askQuestion(s, q, index + 1, order.length, false);
  if (result !== BACK) await s.save(answerQuestion(s.draft, q, result, s.draft.updated));
  return undefined;
}

/** The summary screen: the grid with scores (colour and a plain-text cue), gates, warnings, suggestion. */
export function renderSummary(fw: Framework, report: ScoreReport, style: Style): string[] {
  const view = summaryView(fw, report);
  const tones = {
    high: (t: string) => style.green(t),
    middle: (t: string) => style.yellow(t),
    low: (t: string) => style.red(t),
  };
  const paint = (cell: SummaryCell) => {
    if ('text' in cell) return cell.text;
    if (cell.score === undefined) return style.dim('—');
    return tones[scoreTone(fw.scale, cell.score)](scoreDots(fw.scale, cell.score));
  };
  const out: string[] = ['', style.bold('Summary')];
  out.push(
    ...table([
      view.header.map((h) => style.bold(h)),
      ...view.rows.map((r) => [r.label, ...r.cells.map(paint)]),
      [style.bold(view.footer.label), ...view.footer.cells.map(paint)],
    ]).map((l) => `  ${l}`),
  );
  out.push(style.dim(`  Scale: ${view.scale}; overall ${view.overall}`));
  if (view.unanswered.length > 0)
    out.push(style.yellow(`  Unanswered: ${view.unanswered.join(', ')}`));
  for (const g of view.gates)
    out.push(
      style.red(
        g.state === 'failed'
          ? `  ✖ Gate failed: ${g.title}`
          : `  ? Gate unresolved: ${g.title} (needs ${g.needs.join(', ')})`,
      ),
    );
  for (const w of view.warnings) out.push(style.yellow(`  ! Warning: ${w}`));
  out.push('', `  Suggested outcome: ${style.bold(view.suggested)}`);
  for (const reason of view.reasons) out.push(style.dim(`    ${reason}`));
  if (view.next) out.push(`  ${view.next}`);
  out.push('');
  return out;
}
