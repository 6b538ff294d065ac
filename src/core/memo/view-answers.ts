// The memo view's answer sections: the proposal's intake answers, the findings per area, and
// the questions answered not applicable or ruled out by the intake.
import type { Language } from '../i18n/language.js';
import type { Answer } from '../review/types.js';
import { shortPrompt } from '../review/answer.js';
import { rulingOut } from '../scoring/conditions.js';
import { formatNumber } from './format-number.js';
import { inline, paragraphs } from './markdown.js';
import { MEMO_TEXT } from './memo-text.js';
import { memoAnswerLabel } from './view-outcome.js';
import type {
  MemoDidNotApply,
  MemoFindingsRow,
  MemoInput,
  MemoNotApplicable,
  MemoProposal,
} from './memo-view.js';
import { scoreText } from './view-scores.js';

/** The proposal: a row per intake answer given (`Name` first when the framework asks none). */
export function proposalView({ review, framework: fw, language }: MemoInput): MemoProposal {
  const intakeRows = (fw.intake ?? [])
    .filter((q) => review.proposal[q.id] !== undefined && review.proposal[q.id] !== '')
    .map((q) => ({
      label: inline(intakeLabel(q)),
      value: intakeValue(q, review.proposal[q.id], language),
    }));
  if (!fw.intake?.some((q) => q.id === 'name'))
    intakeRows.unshift({
      label: MEMO_TEXT[language ?? 'en'].name,
      value: inline(review.proposal.name),
    });
  return {
    rows: intakeRows,
    summary: review.proposal.summary ? paragraphs(review.proposal.summary) : [],
  };
}

/** One section per row item: its applicable questions with answers and evidence, and notes. */
export function findingsView({
  review,
  framework: fw,
  report,
  language,
}: MemoInput): MemoFindingsRow[] {
  const t = MEMO_TEXT[language ?? 'en'];
  const colItems = fw.axes.columns?.items;
  const questionById = new Map(fw.questions.map((q) => [q.id, q]));
  const answerText = (id: string, answer: Answer | undefined): string => {
    const q = questionById.get(id);
    if (!answer || !q) return t.unanswered;
    if (answer.notApplicable !== undefined) return t.notApplicable(inline(answer.notApplicable));
    return inline(memoAnswerLabel(fw, q, answer.value, t));
  };
  const evidenceList = (answer: Answer | undefined) =>
    answer?.evidence === undefined
      ? []
      : (Array.isArray(answer.evidence) ? answer.evidence : [answer.evidence]).map((e) =>
          inline(e),
        );

  const skipped = new Set(report.doesNotApply);
  return fw.axes.rows.items.map((r) => {
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
      columnHeader: inline(fw.axes.columns?.label ?? ''),
      questions,
      notes,
    };
  });
}

/** The questions the reviewer answered not applicable, with their reasons. */
export function notApplicableView({
  review,
  framework: fw,
  report,
}: MemoInput): MemoNotApplicable[] {
  const questionById = new Map(fw.questions.map((q) => [q.id, q]));
  return report.notApplicable.map((id) => ({
    id,
    prompt: inline(questionById.get(id)?.prompt ?? id),
    reason: inline(review.answers[id]?.notApplicable ?? ''),
  }));
}

/** Questions the proposal's intake rules out, grouped by the intake answers that do it. */
export function didNotApplyView({
  review,
  framework: fw,
  report,
  language,
}: MemoInput): MemoDidNotApply[] {
  const questionById = new Map(fw.questions.map((q) => [q.id, q]));
  const groups = new Map<string, string[]>();
  for (const id of report.doesNotApply) {
    const q = questionById.get(id);
    const because = [...new Set(q?.when ? rulingOut(q.when, fw, review.proposal) : [])]
      .map((intakeId) => {
        const iq = fw.intake?.find((x) => x.id === intakeId);
        const value = review.proposal[intakeId];
        return iq && value !== undefined
          ? `“${inline(iq.prompt)}” ${intakeValue(iq, value, language)}`
          : '';
      })
      .filter(Boolean)
      .join('; ');
    groups.set(because, [...(groups.get(because) ?? []), id]);
  }
  return [...groups].map(([because, ids]) => ({
    because: because || MEMO_TEXT[language ?? 'en'].theProposal,
    questions: ids.map((id) => `\`${id}\``).join(', '),
  }));
}

/** An intake question's row label: its own `label`, else its prompt, shortened; not escaped. */
export function intakeLabel(q: { label?: string; prompt: string }): string {
  return q.label ?? shortPrompt(q.prompt);
}

/** An intake answer as the memo shows it: choice labels, `Yes`/`No`, or the text; escaped. */
export function intakeValue(
  q: { kind: string; choices?: { value: string; label: string }[] },
  value: unknown,
  language: Language = 'en',
): string {
  const t = MEMO_TEXT[language];
  const label = (v: unknown) => q.choices?.find((c) => c.value === v)?.label ?? String(v);
  if (Array.isArray(value))
    return value.length === 0 ? t.none : value.map((v) => inline(label(v))).join(', ');
  if (q.kind === 'yes-no')
    return value === 'yes' ? t.yes : value === 'no' ? t.no : inline(String(value));
  if (typeof value === 'number') return formatNumber(value, language);
  return inline(label(value));
}
