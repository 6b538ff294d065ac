// The memo view's outcome sections: the decided and suggested outcomes and why, what would
// change the suggestion, and the gates and warnings.
import type { Framework, Question } from '../framework/types.js';
import { answerLabel } from '../framework/question-kinds.js';
import { shortPrompt } from '../review/answer.js';
import { applicableOrder } from '../review/draft.js';
import type { Review } from '../review/types.js';
import { questionsIn } from '../scoring/conditions.js';
import { checkOutcomes, gateShortfall } from '../scoring/outcomes.js';
import { fmt, percent } from '../scoring/scale.js';
import type { OutcomeCheck } from '../scoring/types.js';
import { inline } from './markdown.js';
import { MEMO_TEXT, andList } from './memo-text.js';
import type { MemoText } from './memo-text.js';
import type { MemoGate, MemoInput, MemoNext, MemoView, MemoWarning } from './memo-view.js';

/**
 * The decided and suggested outcomes, the reasons for the suggestion, and why each more
 * favourable outcome was not suggested.
 */
export function outcomeView(
  input: MemoInput,
): Pick<MemoView, 'outcome' | 'suggested' | 'reasons' | 'blockedAbove'> {
  const { review, framework: fw, report } = input;
  const language = input.language ?? 'en';
  const t = MEMO_TEXT[language];
  const outcomes = outcomesIn(input);
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const decided = review.decision ? outcomeOf(review.decision.outcome) : undefined;
  const suggested = outcomeOf(report.suggested);

  // Why each more favourable outcome was not suggested: its score and coverage shortfalls, a
  // note when the scores alone would have reached it, and each blocking gate once, naming every
  // outcome it rules out.
  const aboveIndex = Math.max(
    0,
    outcomes.findIndex((o) => o.id === report.suggested),
  );
  const above = outcomes.slice(0, aboveIndex);
  const isFallback = aboveIndex === fw.outcomes.length - 1;
  const blockedAbove: string[] = [];
  for (const o of above) {
    const label = outcomeOf(o.id)?.label ?? o.id;
    blockedAbove.push(...o.scoreShortfalls);
    if (o.thresholdsMet && o.blockedBy.length > 0)
      blockedAbove.push(
        t.scoresMeetButGates(label, report.overall !== undefined ? fmt(report.overall) : undefined),
      );
  }
  for (const g of report.gates) {
    const rulesOut = above.filter((o) => o.blockedBy.includes(g.id));
    if (rulesOut.length > 0)
      blockedAbove.push(
        gateShortfall(
          fw,
          g,
          rulesOut.map((o) => outcomeOf(o.id)?.label ?? o.id),
          language,
        ),
      );
  }

  const decision = review.decision;
  return {
    outcome: decided
      ? {
          label: inline(decided.label),
          description: inline(decided.description.split(/(?<=\.)\s/)[0] ?? ''),
        }
      : undefined,
    suggested: {
      label: inline(suggested?.label ?? report.suggested),
      sameAsDecision: !decision || decision.outcome === report.suggested,
    },
    // The fallback's own reason ("the outcome when no other is reached") says nothing a reader
    // needs when the lines above say why the others were not reached.
    reasons: (outcomes.find((o) => o.id === report.suggested)?.reasons ?? [])
      .filter((r, _i, all) => !(isFallback && blockedAbove.length > 0 && all.length === 1))
      .map((r) => inline(r)),
    blockedAbove: blockedAbove.map((r) => inline(r)),
  };
}

/** What would move the suggestion to the outcome just above it, or undefined when none is. */
export function nextView(input: MemoInput): MemoNext | undefined {
  const { framework: fw, report, review } = input;
  const t = MEMO_TEXT[input.language ?? 'en'];
  // Questions by number and words, as the walk-through names them; ids are for machine output.
  const name = (id: string) => inline(questionName(fw, review, id, t));
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const next = report.next;
  const nextOutcome = next ? outcomeOf(next.outcome) : undefined;
  const nextSteps: string[] = [];
  if (next && nextOutcome) {
    for (const g of next.gates) {
      const gate = fw.gates?.find((x) => x.id === g.gate);
      const answers = g.answers
        .map((a) => {
          const q = fw.questions.find((x) => x.id === a.question);
          return t.answered(
            name(a.question),
            inline(q ? memoAnswerLabel(fw, q, a.value, t) : String(a.value)),
          );
        })
        .join(` ${t.or} `);
      nextSteps.push(t.clearGate(inline(gate?.title ?? g.gate), answers));
    }
    if (next.coverage.length > 0) {
      nextSteps.push(
        t.answerMore(
          next.coverage
            .map((c) =>
              t.answerMoreItem(
                inline(fw.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id),
                percent(c.share),
              ),
            )
            .join(', '),
          inline(nextOutcome.label),
          percent(nextOutcome.minCoverage ?? 0),
        ),
      );
    }
    if (next.raises.length > 0) {
      nextSteps.push(
        t.raise(next.raises.map((r) => t.raiseOne(name(r.question), r.from, r.to)).join(', ')),
      );
    }
    if (next.unreachable) nextSteps.push(t.unreachable(inline(nextOutcome.label)));
  }
  return nextOutcome ? { label: inline(nextOutcome.label), steps: nextSteps } : undefined;
}

/** Every gate with its result, and those that did not pass. */
export function gatesView({
  framework: fw,
  report,
  language,
}: MemoInput): Pick<MemoView, 'gates' | 'failedGates'> {
  const t = MEMO_TEXT[language ?? 'en'];
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const skipped = new Set(report.doesNotApply);
  const gates = (fw.gates ?? []).map((g): MemoGate => {
    const result = report.gates.find((x) => x.id === g.id);
    const state = result?.state ?? 'unresolved';
    const reads = [...new Set(questionsIn(g.when))];
    const notApplicable =
      state === 'passed' && reads.length > 0 && reads.every((id) => skipped.has(id));
    const stateText = notApplicable
      ? t.gateDoesNotApply
      : state === 'passed'
        ? t.gatePassed
        : state === 'failed'
          ? t.gateFailed
          : t.gateUnresolved(result?.needs.join(', ') ?? '');
    return {
      title: inline(g.title),
      kind: g.kind === 'floor' ? t.floor : t.redLine,
      state: stateText,
      blocks: andList(
        (result?.blocks ?? []).map((id) => inline(outcomeOf(id)?.label ?? id)),
        t,
      ),
      why: inline(g.why),
      failed: state !== 'passed',
      remedy: g.remedy ? inline(g.remedy) : '',
    };
  });
  return { gates, failedGates: gates.filter((g) => g.failed) };
}

/** The warnings the review raised, with the framework's title and reason for each. */
export function warningsView({ framework: fw, report }: MemoInput): MemoWarning[] {
  return report.warnings.flatMap((w) => {
    const def = fw.warnings?.find((x) => x.id === w.id);
    return def ? [{ title: inline(def.title), why: inline(def.why) }] : [];
  });
}

/**
 * The report's outcome checks with their reasons in the memo's language: as scored for English,
 * else checked again from the report's (already rounded) figures with the text of the language.
 */
function outcomesIn({ framework: fw, report, language }: MemoInput): OutcomeCheck[] {
  if ((language ?? 'en') === 'en') return report.outcomes;
  const measures = {
    ...(report.overall !== undefined ? { overall: report.overall } : {}),
    ...(report.lowestCell !== undefined ? { lowestCell: report.lowestCell } : {}),
    coverage: report.coverage,
  };
  return checkOutcomes(fw, measures, report.gates, language);
}

/**
 * A question as a person names it: its number in the walk-through (among the questions that
 * apply to the proposal) and its opening words, `question 17 (“How clearly does…”)`.
 */
export function questionName(fw: Framework, review: Review, id: string, t: MemoText): string {
  const order = applicableOrder(fw, { proposal: review.proposal as never });
  const at = order.findIndex((q) => q.id === id);
  const q = order[at] ?? fw.questions.find((x) => x.id === id);
  if (!q) return id;
  return t.questionName(at >= 0 ? at + 1 : undefined, shortPrompt(q.prompt));
}

/** An answer as the memo shows it: the kind's label, with `Yes`/`No` in the memo's language. */
export function memoAnswerLabel(fw: Framework, q: Question, value: unknown, t: MemoText): string {
  if (q.kind === 'yes-no' && (value === 'yes' || value === 'no')) return t[value];
  return answerLabel(fw, q, value);
}
