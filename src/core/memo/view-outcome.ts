// The memo view's outcome sections: the decided and suggested outcomes and why, what would
// change the suggestion, and the gates and warnings.
import { answerLabel } from '../framework/question-kinds.js';
import { questionName } from '../review/answer.js';
import { questionsIn } from '../scoring/conditions.js';
import { gateShortfall } from '../scoring/outcomes.js';
import { fmt, percent } from '../scoring/scale.js';
import { inline } from './markdown.js';
import type { MemoGate, MemoInput, MemoNext, MemoView, MemoWarning } from './memo-view.js';

/**
 * The decided and suggested outcomes, the reasons for the suggestion, and why each more
 * favourable outcome was not suggested.
 */
export function outcomeView(
  input: MemoInput,
): Pick<MemoView, 'outcome' | 'suggested' | 'reasons' | 'blockedAbove'> {
  const { review, framework: fw, report } = input;
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const decided = review.decision ? outcomeOf(review.decision.outcome) : undefined;
  const suggested = outcomeOf(report.suggested);

  // Why each more favourable outcome was not suggested: its score and coverage shortfalls, a
  // note when the scores alone would have reached it, and each blocking gate once, naming every
  // outcome it rules out.
  const aboveIndex = Math.max(
    0,
    report.outcomes.findIndex((o) => o.id === report.suggested),
  );
  const above = report.outcomes.slice(0, aboveIndex);
  const isFallback = aboveIndex === fw.outcomes.length - 1;
  const blockedAbove: string[] = [];
  for (const o of above) {
    const label = outcomeOf(o.id)?.label ?? o.id;
    blockedAbove.push(...o.scoreShortfalls);
    if (o.thresholdsMet && o.blockedBy.length > 0)
      blockedAbove.push(
        `The scores and coverage meet what ${label} needs${report.overall !== undefined ? ` (overall ${fmt(report.overall)})` : ''}; only the gates below rule it out.`,
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
    reasons: (report.outcomes.find((o) => o.id === report.suggested)?.reasons ?? [])
      .filter((r, _i, all) => !(isFallback && blockedAbove.length > 0 && all.length === 1))
      .map((r) => inline(r)),
    blockedAbove: blockedAbove.map((r) => inline(r)),
  };
}

/** What would move the suggestion to the outcome just above it, or undefined when none is. */
export function nextView({ framework: fw, report, review }: MemoInput): MemoNext | undefined {
  // Questions by number and words, as the walk-through names them; ids are for machine output.
  const name = (id: string) => inline(questionName(fw, review.proposal, id));
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
          return `${name(a.question)} answered ${inline(q ? answerLabel(fw, q, a.value) : String(a.value))}`;
        })
        .join(' or ');
      nextSteps.push(
        `Clear the gate “${inline(gate?.title ?? g.gate)}”${answers ? `: ${answers}` : ''}.`,
      );
    }
    if (next.coverage.length > 0) {
      nextSteps.push(
        `Answer more of ${next.coverage
          .map(
            (c) =>
              `${inline(fw.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id)} (${percent(c.share)} answered)`,
          )
          .join(
            ', ',
          )}: ${inline(nextOutcome.label)} needs ${percent(nextOutcome.minCoverage ?? 0)} of each.`,
      );
    }
    if (next.raises.length > 0) {
      nextSteps.push(
        `Raise ${next.raises.map((r) => `${name(r.question)} from ${r.from} to ${r.to}`).join(', ')}.`,
      );
    }
    if (next.unreachable)
      nextSteps.push(
        `Even top answers to every scored question would not meet ${inline(nextOutcome.label)}'s thresholds.`,
      );
  }
  return nextOutcome ? { label: inline(nextOutcome.label), steps: nextSteps } : undefined;
}

/** Every gate with its result, and those that did not pass. */
export function gatesView({
  framework: fw,
  report,
}: MemoInput): Pick<MemoView, 'gates' | 'failedGates'> {
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const skipped = new Set(report.doesNotApply);
  const gates = (fw.gates ?? []).map((g): MemoGate => {
    const result = report.gates.find((x) => x.id === g.id);
    const state = result?.state ?? 'unresolved';
    const reads = [...new Set(questionsIn(g.when))];
    const notApplicable =
      state === 'passed' && reads.length > 0 && reads.every((id) => skipped.has(id));
    const stateText = notApplicable
      ? 'Does not apply'
      : state === 'passed'
        ? 'Passed'
        : state === 'failed'
          ? '**Failed**'
          : `**Unresolved** (needs ${result?.needs.join(', ')})`;
    return {
      title: inline(g.title),
      kind: g.kind === 'floor' ? 'Floor' : 'Red line',
      state: stateText,
      blocks: andList((result?.blocks ?? []).map((id) => inline(outcomeOf(id)?.label ?? id))),
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

/** `A`, `A and B`, `A, B and C`. */
function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
