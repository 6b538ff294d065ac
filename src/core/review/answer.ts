import { answerLabel } from '../framework/question-kinds.js';
import type { Framework, Question } from '../framework/types.js';
import { applicableOrder } from './draft.js';
import type { Draft } from './draft.js';
import type { Answer } from './types.js';

/** Where a question sits in the grid, as a person reads it: `Governance & Ethics · Do Better`. */
export function cellLabel(framework: Framework, cell: string): string {
  const [row = '', column] = cell.split('/');
  return [
    framework.axes.rows.items.find((r) => r.id === row)?.label,
    framework.axes.columns?.items.find((c) => c.id === column)?.label,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Whether the framework lets a reviewer answer this question not applicable. */
export function allowsNotApplicable(q: Question): boolean {
  return q.notApplicable !== false;
}

/** Whether an answer to this question must cite evidence. */
export function requiresEvidence(q: Question): boolean {
  return q.evidence === 'required';
}

/**
 * Why a typed not-applicable reason will not do, as the prompt says it, or undefined when it
 * will. The rule itself is `notApplicableReasonProblem`, the one the review check applies.
 */
export function notApplicableReasonMessage(reason: string): string | undefined {
  const problem = notApplicableReasonProblem(reason);
  return problem ? `That reason ${problem}: say why it does not fit this proposal.` : undefined;
}

/** A not-applicable answer, from the reason typed. */
export function notApplicableAnswer(reason: string): Answer {
  return { notApplicable: reason.trim() };
}

/**
 * An answer from what was chosen or typed: the value, and the evidence and note when any was
 * typed (surrounding spaces dropped; nothing typed leaves them out).
 */
export function buildAnswer(given: {
  value: number | string;
  evidence: string;
  note: string;
}): Answer {
  const answer: Answer = {
    value: typeof given.value === 'string' ? given.value.trim() : given.value,
  };
  const evidence = given.evidence.trim();
  if (evidence) answer.evidence = evidence;
  const note = given.note.trim();
  if (note) answer.note = note;
  return answer;
}

/** An answer's evidence as one line of text, as it is offered again for editing. */
export function evidenceText(answer: Answer | undefined): string | undefined {
  return Array.isArray(answer?.evidence) ? answer.evidence.join('; ') : answer?.evidence;
}

/** An answer in a few words: its label, `not applicable`, or `unanswered`. */
export function answerText(framework: Framework, q: Question, answer: Answer | undefined): string {
  if (!answer) return 'unanswered';
  if (answer.notApplicable !== undefined) return 'not applicable';
  return answerLabel(framework, q, answer.value);
}

/** Reasons that say nothing: a placeholder is not a reason a board can weigh. */
const EMPTY_REASONS = new Set([
  'na',
  'n a',
  'not applicable',
  'notapplicable',
  'does not apply',
  'doesnt apply',
  'not relevant',
  'irrelevant',
  'none',
  'no',
  'nothing',
  'nil',
  'null',
  'skip',
  'skipped',
  'tbd',
  'todo',
  'unknown',
  'x',
]);

/**
 * Why a not-applicable reason is refused, or undefined when it says something: blank text,
 * punctuation and placeholders such as `n/a`, `-` or `none` are refused.
 */
export function notApplicableReasonProblem(reason: string): string | undefined {
  const words = reason
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (words === '') return 'is empty';
  if (EMPTY_REASONS.has(words)) return `("${reason.trim()}") says nothing about why`;
  if (words.replace(/ /g, '').length < 4) return `("${reason.trim()}") is too short to say why`;
  return undefined;
}

/** A question's opening words, cut at a word boundary: `How clearly does the proposal say…`. */
export function shortPrompt(prompt: string, max = 48): string {
  const text = prompt.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut.slice(0, max)).replace(/[\s,;:.?-]+$/, '')}…`;
}

/**
 * A question as a person names it: its number in the walk-through (among the questions that
 * apply to the proposal) and its opening words, `question 17 (“How clearly does…”)`. Ids are
 * for machine output; an unknown id is given as it is.
 */
export function questionName(
  framework: Framework,
  proposal: Readonly<Record<string, unknown>>,
  id: string,
): string {
  const order = applicableOrder(framework, { proposal: proposal as Draft['proposal'] });
  const at = order.findIndex((q) => q.id === id);
  const q = order[at] ?? framework.questions.find((x) => x.id === id);
  if (!q) return id;
  return `${at >= 0 ? `question ${at + 1}` : 'the question'} (“${shortPrompt(q.prompt)}”)`;
}
