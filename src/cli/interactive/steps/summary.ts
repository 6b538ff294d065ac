import type { Framework, IntakeQuestion } from '../../../core/framework/types.js';
import { answerText } from '../../../core/review/answer.js';
import { applicableOrder, draftToReview, withSummaryReached } from '../../../core/review/draft.js';
import { intakeQuestion } from '../../../core/review/intake.js';
import { TEAM_STRUCTURES } from '../../../core/review/team.js';
import type { ProposalValue } from '../../../core/review/types.js';
import { walkOrder } from '../../../core/review/walk.js';
import type { Place } from '../../../core/review/walk.js';
import { BackRequested } from '../../../prompts/prompter.js';
import { summaryView } from '../../../core/review/summary.js';
import type { SummaryCell, SummaryView } from '../../../core/review/summary.js';
import { visible } from '../../../core/text/terminal-text.js';
import { scoreDots, scoreTone } from '../../../core/scoring/scale.js';
import { scoreReview } from '../../../core/scoring/score-review.js';
import type { ScoreReport } from '../../../core/scoring/types.js';
import type { Style } from '../../style.js';
import { table } from '../../table.js';
import type { Session, StepResult } from '../session.js';
import { REVIEW_TEXT_EN } from '../review-text.js';
import type { ReviewText } from '../review-text.js';
import { SUMMARY_TEXT_EN } from '../../../core/review/summary-text.js';
import type { SummaryText } from '../../../core/review/summary-text.js';
import type { Question } from '../../../core/framework/types.js';
import type { Answer } from '../../../core/review/types.js';

/**
 * The summary: scores, gates, warnings and the suggestion. The user goes on to the decision
 * (`'decide'`) or picks an answer to change — a proposal answer, the title, the team or a
 * question — which is asked again before the summary is shown again.
 */
export async function summaryStep(s: Session): Promise<StepResult> {
  if (!s.draft.reachedSummary) await s.save(withSummaryReached(s.draft));
  const report = scoreReview(s.framework, draftToReview(s.draft, s.framework));
  s.prompter.print(
    renderSummary(s.framework, report, s.style, s.draft.proposal, s.text, s.summaryText).join('\n'),
  );
  const action = await s.prompter.select<string>({
    message: s.text.whatNext,
    choices: [
      { name: s.text.continueToDecision, value: 'decide' },
      { name: s.text.changeAnAnswer, value: 'change' },
    ],
  });
  if (action === 'decide') return 'decide';
  const places = changeList(s);
  let picked: number;
  try {
    picked = await s.prompter.select<number>({
      message: s.text.whichAnswer,
      choices: [
        { name: s.text.backToSummary, value: -1 },
        ...places.map((p, i) => ({ name: p.name, value: i })),
      ],
      default: -1,
      back: true,
    });
  } catch (error) {
    if (error instanceof BackRequested) return undefined;
    throw error;
  }
  const place = places[picked]?.place;
  if (place) {
    s.walk.revisit = place;
    s.walk.fromSummary = true;
  }
  return undefined;
}

/** Every answer the user can change, as the list shows it: what was asked and what was answered. */
function changeList(s: Session): { name: string; place: Place }[] {
  const fw = s.framework;
  const d = s.draft;
  const t = s.text;
  const cut = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  const order = applicableOrder(fw, d);
  return walkOrder(fw, d).map((place) => {
    switch (place.kind) {
      case 'intake': {
        const q = intakeQuestion(fw, place.id);
        return {
          place,
          name: t.changeProposal(cut(q.prompt), cut(proposalText(t, q, d.proposal[q.id]))),
        };
      }
      case 'title':
        return { place, name: t.changeTitle(d.title ?? '') };
      case 'team': {
        const n = d.team?.members.length ?? 0;
        const groups = d.team?.consulted?.length ?? 0;
        const known = TEAM_STRUCTURES.find((x) => x.id === d.team?.structure);
        const structure = known ? t.structures[known.id].label : '';
        return { place, name: t.changeTeam(structure, n, groups) };
      }
      case 'question': {
        const at = order.findIndex((q) => q.id === place.id);
        const q = order[at];
        return {
          place,
          name: `${at + 1}. ${cut(q?.prompt ?? place.id)} — ${q ? answerWords(t, fw, q, d.answers[q.id]) : ''}`,
        };
      }
    }
  });
}

/** An intake answer in a few words: the labels of the choices, or the text. */
function proposalText(t: ReviewText, q: IntakeQuestion, value: ProposalValue | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t.unanswered;
  const label = (v: string) =>
    q.kind === 'yes-no'
      ? v === 'yes'
        ? t.yes
        : t.no
      : (q.choices?.find((c) => c.value === v)?.label ?? v);
  return Array.isArray(value) ? value.map(label).join(', ') : label(String(value));
}

/** An answer in a few words, in the walk-through's language. */
function answerWords(
  t: ReviewText,
  fw: Framework,
  q: Question,
  answer: Answer | undefined,
): string {
  if (!answer) return t.unanswered;
  if (answer.notApplicable !== undefined) return t.notApplicable;
  const label = answerText(fw, q, answer);
  return q.kind === 'yes-no'
    ? answer.value === 'yes'
      ? t.yes
      : answer.value === 'no'
        ? t.no
        : label
    : label;
}

/** The summary screen: the grid with scores (colour and a plain-text cue), gates, warnings, suggestion. */
export function renderSummary(
  fw: Framework,
  report: ScoreReport,
  style: Style,
  proposal: Readonly<Record<string, unknown>> = {},
  text: ReviewText = REVIEW_TEXT_EN,
  summaryText: SummaryText = SUMMARY_TEXT_EN,
): string[] {
  // Framework text reaches the terminal through `visible`, as a prompt's does.
  const view = JSON.parse(
    JSON.stringify(summaryView(fw, report, proposal, summaryText)),
    (_key, value: unknown) => (typeof value === 'string' ? visible(value) : value),
  ) as SummaryView;
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
  const out: string[] = ['', style.bold(text.summaryHeading)];
  out.push(
    ...table([
      view.header.map((h) => style.bold(h)),
      ...view.rows.map((r) => [r.label, ...r.cells.map(paint)]),
      [style.bold(view.footer.label), ...view.footer.cells.map(paint)],
    ]).map((l) => `  ${l}`),
  );
  out.push(style.dim(text.scaleLine(view.scale, view.overall)));
  if (view.unanswered.length > 0)
    out.push(style.yellow(text.unansweredLine(view.unanswered.join(', '))));
  for (const g of view.gates)
    out.push(
      style.red(
        g.state === 'failed'
          ? text.gateFailed(g.title)
          : text.gateUnresolved(g.title, g.needs.join(', ')),
      ),
    );
  for (const w of view.warnings) out.push(style.yellow(text.warningLine(w)));
  out.push('', text.suggestedOutcome(style.bold(view.suggested)));
  for (const reason of view.reasons) out.push(style.dim(`    ${reason}`));
  if (view.next) out.push(`  ${view.next}`);
  out.push('');
  return out;
}
