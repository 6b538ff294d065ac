// buildMemoView, the memo's one entry point: it assembles the view the templates render from
// the section builders in view-*.ts. The view's contract is declared in memo-view.ts.
import { stringify } from 'yaml';
import { visible } from '../text/terminal-text.js';
import { headingText, inline, paragraphs } from './markdown.js';
import type { MemoInput, MemoView } from './memo-view.js';
import { didNotApplyView, findingsView, notApplicableView, proposalView } from './view-answers.js';
import { gatesView, nextView, outcomeView, warningsView } from './view-outcome.js';
import { alignmentView, conditionsView, signoffView, teamView } from './view-record.js';
import { chartView, coverageView, gridView } from './view-scores.js';
import { teamReviewView } from './view-team.js';
import { formatAgreement, teamAgreement } from '../team/merge.js';
import { MEMO_TEXT, longDate } from './memo-text.js';

/**
 * Builds the logic-free view the memo templates render. Every piece of user text is escaped
 * for Markdown here, so templates print values as they are.
 */
export function buildMemoView(input: MemoInput): MemoView {
  const { review, framework: fw, report } = input;
  const number = review.id?.split('-')[0];
  const { gates, failedGates } = gatesView(input);
  const decision = review.decision;
  const language = input.language ?? 'en';
  const t = MEMO_TEXT[language];
  const status = review.status ?? 'proposed';
  return {
    frontMatter: frontMatter(input),
    title: inline(review.title),
    heading: number ? t.heading(number, headingText(review.title)) : headingText(review.title),
    date: input.date,
    language,
    dates: {
      date: longDate(input.date, t.locale),
      reviewBy: longDate(decision?.reviewBy ?? '', t.locale),
    },
    status,
    statusLabel: t.status[status],
    supersededBy: review.supersededBy ? inline(review.supersededBy) : '',
    statusHistory: (review.statusHistory ?? []).map((c) => ({
      status: c.status,
      statusLabel: t.status[c.status],
      date: c.date,
      dateText: longDate(c.date, t.locale),
      by: c.by ? inline(c.by) : '',
      note: c.note ? inline(c.note) : '',
    })),
    framework: {
      title: inline(fw.title),
      ref: `${fw.id}@${fw.version}`,
      source: fw.source
        ? inline(`${fw.source.publisher}, ${fw.source.title} (${fw.source.version})`)
        : '',
      owner: fw.owner ? inline(fw.owner) : '',
    },
    ...outcomeView(input),
    rationale: decision?.rationale ? paragraphs(decision.rationale) : [],
    next: nextView(input),
    unanswered: report.unanswered.map((id) => `\`${id}\``).join(', '),
    overlaps: (input.overlaps ?? []).map((o) => ({
      id: o.id,
      title: inline(o.title),
      outcome: inline(fw.outcomes.find((x) => x.id === o.outcome)?.label ?? o.outcome),
    })),
    proposal: proposalView(input),
    team: teamView(input),
    teamReview: teamReviewView(input),
    grid: gridView(input),
    coverage: coverageView(input),
    chart: chartView(input),
    findings: findingsView(input),
    notApplicable: notApplicableView(input),
    didNotApply: didNotApplyView(input),
    gates,
    failedGates,
    warnings: warningsView(input),
    conditions: conditionsView(input),
    alignment: alignmentView(input),
    reviewBy: decision?.reviewBy ?? '',
    reviewInterval: fw.review?.intervalMonths ?? 0,
    signoff: signoffView(input),
  };
}

/** The memo's YAML front matter (without fences): the record's figures as they were compared. */
function frontMatter({ review, framework: fw, report, date, language }: MemoInput): string {
  // The report's figures are already rounded once: the front matter shows what was compared.
  const scores: Record<string, number> = {};
  if (report.overall !== undefined) scores.overall = report.overall;
  for (const a of [...report.rows, ...report.columns])
    if (a.score !== undefined) scores[a.id] = a.score;

  return stringify(
    {
      ...(review.id ? { id: review.id } : {}),
      // As the heading shows it: control and bidi characters as escapes, so the YAML is plain text.
      title: visible(review.title),
      status: review.status ?? 'proposed',
      date,
      framework: `${fw.id}@${fw.version}`,
      outcome: review.decision?.outcome ?? null,
      suggested: report.suggested,
      scores,
      'review-by': review.decision?.reviewBy ?? null,
      ...(review.supersedes ? { supersedes: visible(review.supersedes) } : {}),
      ...(review.supersededBy ? { 'superseded-by': review.supersededBy } : {}),
      ...(review.merge ? { agreement: agreementFigure(review, fw) } : {}),
      language: language ?? 'en',
    },
    { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' },
  ).trimEnd();
}

/** A merged review's agreement for the front matter: alpha to three decimals, null when not measurable. */
function agreementFigure(
  review: MemoInput['review'],
  framework: MemoInput['framework'],
): number | null {
  const alpha = teamAgreement(review, framework);
  return alpha === undefined ? null : Number(formatAgreement(alpha));
}
