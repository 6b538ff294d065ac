import { stringify } from 'yaml';
import { TEAM_STRUCTURES } from '../review/team.js';
import { answerLabel } from '../framework/question-kinds.js';
import { questionsIn, rulingOut } from '../scoring/conditions.js';
import { gateShortfall } from '../scoring/outcomes.js';
import { fmt, percent, scoreCue } from '../scoring/scale.js';
import type { ScoreReport } from '../scoring/types.js';
import type { Framework } from '../framework/types.js';
import type { Answer, Review } from '../review/types.js';
import { inline, mermaidLabel, paragraphs } from './markdown.js';

/** Labels of other frameworks' items, for the alignment section. */
export interface ReferenceLabels {
  [frameworkId: string]: { title: string; items: Record<string, string> };
}

export interface MemoInput {
  review: Review;
  framework: Framework;
  report: ScoreReport;
  references: ReferenceLabels;
  /** The review's date; the caller supplies today when the review has none. */
  date: string;
}

/**
 * Builds the logic-free view the memo templates render. Every piece of user text is escaped
 * for Markdown here, so templates print values as they are.
 */
export function buildMemoView(input: MemoInput) {
  const { review, framework: fw, report } = input;
  const outcomeOf = (id: string) => fw.outcomes.find((o) => o.id === id);
  const decided = review.decision ? outcomeOf(review.decision.outcome) : undefined;
  const suggested = outcomeOf(report.suggested);
  const scale = fw.scale;
  const minScale = Math.min(...scale.map((s) => s.value));
  const maxScale = Math.max(...scale.map((s) => s.value));
  const cue = (score: number | undefined) =>
    score === undefined ? 'not scored' : inline(scoreCue(scale, score));
  const rowItems = fw.axes.rows.items;
  const colItems = fw.axes.columns?.items;
  const questionById = new Map(fw.questions.map((q) => [q.id, q]));
  const number = review.id?.split('-')[0];

  // The report's figures are already rounded once: the front matter shows what was compared.
  const scores: Record<string, number> = {};
  if (report.overall !== undefined) scores.overall = report.overall;
  for (const a of [...report.rows, ...report.columns])
    if (a.score !== undefined) scores[a.id] = a.score;

  const frontMatter = stringify(
    {
      ...(review.id ? { id: review.id } : {}),
      title: review.title,
      status: review.status ?? 'proposed',
      date: input.date,
      framework: `${fw.id}@${fw.version}`,
      outcome: review.decision?.outcome ?? null,
      suggested: report.suggested,
      scores,
      'review-by': review.decision?.reviewBy ?? null,
      ...(review.supersedes ? { supersedes: review.supersedes } : {}),
    },
    { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' },
  ).trimEnd();

  const grid = {
    rowHeader: inline(fw.axes.rows.label),
    rowTotalHeader: inline(fw.axes.rows.label.split(' ')[0] ?? fw.axes.rows.label),
    columns: (colItems ?? [{ id: '', label: 'Score' }]).map((c) => ({ label: inline(c.label) })),
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
    columnTotalHeader: inline(fw.axes.columns?.label ?? ''),
    overall: scoreText(report.overall),
    scaleLegend: scale.map((s) => `${s.value} ${inline(s.label)}`).join(' · '),
  };

  const chartCells = report.cells.filter((c) => c.score !== undefined);
  const short = (id: string | undefined, items: typeof rowItems | undefined) => {
    const item = items?.find((i) => i.id === id);
    return item ? (item.short ?? item.label) : '';
  };
  const chart = chartCells.length
    ? {
        title: mermaidLabel(`Scores by cell (${minScale} to ${maxScale})`),
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

  const answerText = (id: string, answer: Answer | undefined): string => {
    const q = questionById.get(id);
    if (!answer || !q) return 'Unanswered';
    if (answer.notApplicable !== undefined)
      return `Not applicable: ${inline(answer.notApplicable)}`;
    return inline(answerLabel(fw, q, answer.value));
  };
  const evidenceList = (answer: Answer | undefined) =>
    answer?.evidence === undefined
      ? []
      : (Array.isArray(answer.evidence) ? answer.evidence : [answer.evidence]).map((e) =>
          inline(e),
        );

  const skipped = new Set(report.doesNotApply);
  const findings = rowItems.map((r) => {
    const questions = fw.questions
      .filter((q) => q.cell.split('/')[0] === r.id && !skipped.has(q.id))
      .map((q) => {
        const answer = review.answers[q.id];
        const column = q.cell.split('/')[1];
        return {
          id: q.id,
          prompt: inline(q.prompt),
          column: inline(colItems?.find((c) => c.id === column)?.label ?? ''),
          answer: answerText(q.id, answer),
          evidence: evidenceList(answer).join(' · ') || '—',
        };
      });
    const notes = fw.questions
      .filter(
        (q) => q.cell.split('/')[0] === r.id && !skipped.has(q.id) && review.answers[q.id]?.note,
      )
      .map((q) => ({ id: q.id, text: inline(review.answers[q.id]?.note ?? '') }));
    return {
      label: inline(r.label),
      score: scoreText(report.rows.find((x) => x.id === r.id)?.score),
      hasColumns: !!colItems,
      questions,
      notes,
    };
  });

  const gates = (fw.gates ?? []).map((g) => {
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
      blocks: (result?.blocks ?? []).map((id) => inline(outcomeOf(id)?.label ?? id)).join(', '),
      why: inline(g.why),
      failed: state !== 'passed',
      remedy: g.remedy ? inline(g.remedy) : '',
    };
  });
  const failedGates = gates.filter((g) => g.failed);

  const warnings = report.warnings.flatMap((w) => {
    const def = fw.warnings?.find((x) => x.id === w.id);
    return def ? [{ title: inline(def.title), why: inline(def.why) }] : [];
  });

  const next = report.next;
  const nextOutcome = next ? outcomeOf(next.outcome) : undefined;
  const nextSteps: string[] = [];
  if (next && nextOutcome) {
    for (const g of next.gates) {
      const gate = fw.gates?.find((x) => x.id === g.gate);
      const answers = g.answers
        .map(
          (a) =>
            `\`${a.question}\` ${typeof a.value === 'string' ? `answered ${a.value}` : `at ${a.value}`}`,
        )
        .join(' or ');
      nextSteps.push(
        `Clear the gate “${inline(gate?.title ?? g.gate)}”${answers ? ` (${answers})` : ''}.`,
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
        `Raise ${next.raises.map((r) => `\`${r.question}\` from ${r.from} to ${r.to}`).join(', ')}.`,
      );
    }
    if (next.unreachable)
      nextSteps.push(
        `Even top answers to every scored question would not meet ${inline(nextOutcome.label)}'s thresholds.`,
      );
  }

  const alignment = Object.entries(collectRefs(fw, review, skipped))
    .filter(([target]) => target !== fw.id)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([target, items]) => {
      const labels = input.references[target];
      return {
        title: inline(labels?.title ?? target),
        items: Object.entries(items)
          .sort(([a], [b]) => compareIds(a, b))
          .map(([id, questions]) => ({
            id,
            label: inline(labels?.items[id] ?? ''),
            questions: questions.map((q) => `\`${q}\``).join(', '),
          })),
      };
    });

  const structure = TEAM_STRUCTURES.find((t) => t.id === review.team.structure);
  const team = {
    label: structure?.label ?? review.team.structure,
    description: structure?.summary ?? '',
  };
  const intakeRows = (fw.intake ?? [])
    .filter((q) => review.proposal[q.id] !== undefined && review.proposal[q.id] !== '')
    .map((q) => ({ label: inline(humanize(q.id)), value: intakeValue(q, review.proposal[q.id]) }));
  if (!fw.intake?.some((q) => q.id === 'name'))
    intakeRows.unshift({ label: 'Name', value: inline(review.proposal.name) });

  const notApplicable = report.notApplicable.map((id) => ({
    id,
    prompt: inline(questionById.get(id)?.prompt ?? id),
    reason: inline(review.answers[id]?.notApplicable ?? ''),
  }));

  // Questions the proposal's intake rules out, grouped by the intake answers that do it.
  const groups = new Map<string, string[]>();
  for (const id of report.doesNotApply) {
    const q = questionById.get(id);
    const because = [...new Set(q?.when ? rulingOut(q.when, fw, review.proposal) : [])]
      .map((intakeId) => {
        const iq = fw.intake?.find((x) => x.id === intakeId);
        const value = review.proposal[intakeId];
        return iq && value !== undefined ? `“${inline(iq.prompt)}” ${intakeValue(iq, value)}` : '';
      })
      .filter(Boolean)
      .join('; ');
    groups.set(because, [...(groups.get(because) ?? []), id]);
  }
  const didNotApply = [...groups].map(([because, ids]) => ({
    because: because || 'the proposal',
    questions: ids.map((id) => `\`${id}\``).join(', '),
  }));

  const coverageMin = Math.max(0, ...fw.outcomes.map((o) => o.minCoverage ?? 0));
  const coverage = coverageMin
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
    frontMatter,
    title: inline(review.title),
    heading: number ? `Decision ${number}: ${inline(review.title)}` : inline(review.title),
    date: input.date,
    status: review.status ?? 'proposed',
    framework: {
      title: inline(fw.title),
      ref: `${fw.id}@${fw.version}`,
      source: inline(`${fw.source.publisher}, ${fw.source.title} (${fw.source.version})`),
    },
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
    rationale: decision?.rationale ? paragraphs(decision.rationale) : [],
    next: nextOutcome ? { label: inline(nextOutcome.label), steps: nextSteps } : undefined,
    unanswered: report.unanswered.map((id) => `\`${id}\``).join(', '),
    proposal: {
      rows: intakeRows,
      summary: review.proposal.summary ? paragraphs(review.proposal.summary) : [],
    },
    team: {
      structure: team.label,
      structureDescription: team.description,
      members: review.team.members.map((m) => ({ name: inline(m.name), role: inline(m.role) })),
      consulted: (review.team.consulted ?? []).map((c) => ({
        group: inline(c.group),
        how: c.how ? inline(c.how) : '',
      })),
    },
    grid,
    coverage,
    chart,
    findings,
    notApplicable,
    didNotApply,
    gates,
    failedGates,
    warnings,
    conditions: (decision?.conditions ?? []).map((c) => ({
      text: inline(c.text),
      owner: inline(c.owner),
      due: c.due,
    })),
    alignment,
    reviewBy: decision?.reviewBy ?? '',
    reviewInterval: fw.review?.intervalMonths ?? 0,
    signoff: (decision?.signoff ?? []).map((s) => ({
      name: inline(s.name),
      role: inline(s.role),
      date: s.date ?? '',
    })),
  };
}

export type MemoView = ReturnType<typeof buildMemoView>;

function scoreText(score: number | undefined): string {
  return score === undefined ? '—' : fmt(score);
}

function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.replace(/\bai\b/g, 'AI').replace(/^./, (c) => c.toUpperCase());
}

function intakeValue(
  q: { kind: string; choices?: { value: string; label: string }[] },
  value: unknown,
): string {
  const label = (v: unknown) => q.choices?.find((c) => c.value === v)?.label ?? String(v);
  if (Array.isArray(value))
    return value.length === 0 ? 'None' : value.map((v) => inline(label(v))).join(', ');
  if (q.kind === 'yes-no')
    return value === 'yes' ? 'Yes' : value === 'no' ? 'No' : inline(String(value));
  return inline(label(value));
}

/** framework id → item id → the answered questions that reference it. */
function collectRefs(
  fw: Framework,
  review: Review,
  skipped: ReadonlySet<string>,
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const q of fw.questions) {
    if (skipped.has(q.id)) continue;
    const answer = review.answers[q.id];
    if (!answer || answer.value === undefined) continue;
    for (const [target, ids] of Object.entries(q.refs ?? {})) {
      const bucket = (out[target] ??= {});
      for (const id of ids) (bucket[id] ??= []).push(q.id);
    }
  }
  return out;
}

/** Orders ids like `1a, 1b, 2a, 10a` and `culture, vision` naturally. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
