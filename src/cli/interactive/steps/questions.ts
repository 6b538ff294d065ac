import { kindOf } from '../../../core/framework/question-kinds.js';
import type { Question } from '../../../core/framework/types.js';
import {
  allowsNotApplicable,
  buildAnswer,
  cellLabel,
  evidenceText,
  notApplicableAnswer,
  notApplicableReasonProblem,
  requiresEvidence,
} from '../../../core/review/answer.js';
import { answerQuestion, applicableOrder } from '../../../core/review/draft.js';
import type { Answer } from '../../../core/review/types.js';
import { visible } from '../../../core/text/terminal-text.js';
import { BackRequested } from '../../../prompts/prompter.js';
import { wrap } from '../../table.js';
import { canGoBack as backFrom } from '../session.js';
import type { Session, StepResult } from '../session.js';
import { needsText, progressLine } from './intake.js';
import { isRedLine } from '../../../core/scoring/red-line.js';
import { REVIEW_TEXT_EN } from '../review-text.js';
import type { ReviewText } from '../review-text.js';

export const BACK = Symbol('back');
const HELP = Symbol('help');
const NOT_APPLICABLE = Symbol('not-applicable');

/** The next review question (or one gone back to, its answer offered again). */
export async function questionStep(s: Session, step: { id: string }): Promise<StepResult> {
  const order = applicableOrder(s.framework, s.draft);
  const q = order.find((x) => x.id === step.id);
  // Gone back to a question the corrected proposal no longer asks: carry on.
  if (!q) return undefined;
  const back = backFrom(s, { kind: 'question', id: q.id });
  const result = await askQuestion(s, q, order.indexOf(q) + 1, order.length, back);
  if (result === BACK) return 'back';
  await s.save(answerQuestion(s.draft, q, result, s.draft.updated));
  return undefined;
}

/** The message that asks for evidence, saying whether it is required. */
export function evidenceMessage(q: Question, text: ReviewText = REVIEW_TEXT_EN): string {
  const label = requiresEvidence(q) ? text.evidenceRequired : text.evidenceOptional;
  return `${label}: ${q.evidencePrompt ?? text.evidenceDefaultPrompt}`;
}

/** What an empty answer to required evidence is told. */
export const EVIDENCE_REQUIRED = REVIEW_TEXT_EN.evidenceNeeded;

/** Why a typed not-applicable reason will not do, in the walk-through's words, or undefined. */
function reasonMessage(text: ReviewText, reason: string): string | undefined {
  const problem = notApplicableReasonProblem(reason);
  if (!problem) return undefined;
  const kind =
    problem === 'is empty' ? 'empty' : problem.endsWith('short to say why') ? 'short' : 'nothing';
  return text.reasonRefused(kind, reason);
}

/** Asks one review question; returns the answer, or BACK (Back chosen, or Esc). */
export async function askQuestion(
  s: Session,
  q: Question,
  position: number,
  total: number,
  canGoBack: boolean,
): Promise<Answer | typeof BACK> {
  try {
    return await askOnce(s, q, position, total, canGoBack);
  } catch (error) {
    if (error instanceof BackRequested) return BACK;
    throw error;
  }
}

async function askOnce(
  s: Session,
  q: Question,
  position: number,
  total: number,
  canGoBack: boolean,
): Promise<Answer | typeof BACK> {
  const fw = s.framework;
  const where = visible(cellLabel(fw, q.cell));
  const previous = s.draft.answers[q.id];
  const help = () => s.prompter.print(s.style.dim(wrap(visible(q.help), 96, '  ').join('\n')));
  for (;;) {
    // The Back choice is in the list; no Esc hint needed on the header.
    s.prompter.print(progressLine(s, s.text.questionProgress(where, position, total), false));
    type Pick = number | string | typeof BACK | typeof HELP | typeof NOT_APPLICABLE;
    const extras: { name: string; value: Pick; description?: string }[] = [
      { name: s.text.helpChoice, value: HELP },
    ];
    if (allowsNotApplicable(q))
      extras.push({ name: s.text.notApplicableChoice, value: NOT_APPLICABLE });
    if (canGoBack)
      extras.push({
        name: s.walk.fromSummary ? s.text.backToSummary : s.text.backToPrevious,
        value: BACK,
      });
    const options = kindOf(q).options(q, fw);
    const safeStart = (opts: typeof options) =>
      isRedLine(fw, q, opts[0]?.value ?? '')
        ? opts.find((o) => !isRedLine(fw, q, o.value))?.value
        : undefined;
    let value: Pick;
    if (options.length === 0) {
      help();
      value = await s.prompter.input({
        message: q.prompt,
        ...(typeof previous?.value === 'string' ? { default: previous.value } : {}),
        validate: needsText(s.text.answerNeeded),
        back: canGoBack,
      });
    } else {
      const choices = [
        ...options.map((o) => ({
          name:
            q.kind === 'yes-no'
              ? o.value === 'yes'
                ? s.text.yes
                : o.value === 'no'
                  ? s.text.no
                  : o.label
              : o.label,
          value: o.value as Pick,
          ...(o.description ? { description: o.description } : {}),
        })),
        ...extras,
      ];
      // With no answer yet, the cursor starts on an answer that crosses no red line, so a
      // quick Enter never crosses one.
      const start =
        previous?.value !== undefined
          ? { default: previous.value as Pick }
          : safeStart(options) !== undefined
            ? { default: safeStart(options) as Pick }
            : {};
      // Help is shown, then the same question asked again: it is not an answer, so it is not
      // left in the scrollback as one.
      for (;;) {
        value = await s.prompter.select<Pick>({
          message: q.prompt,
          choices,
          ...start,
          transient: [HELP],
          back: canGoBack,
        });
        if (value !== HELP) break;
        help();
      }
    }
    if (value === BACK) return BACK;
    if (value === NOT_APPLICABLE) {
      const reason = await askAgainOnEsc(() =>
        s.prompter.input({
          message: s.text.notApplicablePrompt,
          ...(previous?.notApplicable ? { default: previous.notApplicable } : {}),
          validate: (v) => reasonMessage(s.text, v) ?? true,
          back: true,
        }),
      );
      if (reason === undefined) continue;
      return notApplicableAnswer(reason);
    }
    const required = requiresEvidence(q);
    const previousEvidence = evidenceText(previous);
    const evidence = await askAgainOnEsc(() =>
      s.prompter.input({
        message: evidenceMessage(q, s.text),
        ...(previousEvidence ? { default: previousEvidence } : {}),
        ...(required ? { validate: needsText(s.text.evidenceNeeded) } : {}),
        back: true,
      }),
    );
    if (evidence === undefined) continue;
    const note = await askAgainOnEsc(() =>
      s.prompter.input({
        message: s.text.notePrompt,
        ...(previous?.note ? { default: previous.note } : {}),
        back: true,
      }),
    );
    if (note === undefined) continue;
    return buildAnswer({ value, evidence, note });
  }
}

/** Esc at a follow-up (evidence, note, reason) asks the question itself again: undefined. */
async function askAgainOnEsc(ask: () => Promise<string>): Promise<string | undefined> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof BackRequested) return undefined;
    throw error;
  }
}
