import { kindOf } from '../../../core/framework/question-kinds.js';
import type { Question } from '../../../core/framework/types.js';
import {
  allowsNotApplicable,
  buildAnswer,
  cellLabel,
  evidenceText,
  notApplicableAnswer,
  notApplicableReasonMessage,
  requiresEvidence,
} from '../../../core/review/answer.js';
import { answerQuestion, applicableOrder } from '../../../core/review/draft.js';
import type { Answer } from '../../../core/review/types.js';
import { wrap } from '../../table.js';
import type { Session } from '../session.js';
import { isRedLine } from '../../../core/scoring/red-line.js';

export const BACK = Symbol('back');
const HELP = Symbol('help');
const NOT_APPLICABLE = Symbol('not-applicable');

/** The next review question; Back returns to the one answered before it in this sitting. */
export async function questionStep(s: Session, step: { id: string }): Promise<void> {
  const order = applicableOrder(s.framework, s.draft);
  const q = order.find((x) => x.id === step.id);
  if (!q) {
    // Asked to revisit a question the corrected proposal no longer asks.
    s.walk.revisit = undefined;
    return;
  }
  const canGoBack = s.walk.answered.length > 0;
  const result = await askQuestion(s, q, order.indexOf(q) + 1, order.length, canGoBack);
  if (result === BACK) {
    s.walk.revisit = s.walk.answered.pop();
    return;
  }
  s.walk.revisit = undefined;
  if (!s.walk.answered.includes(q.id)) s.walk.answered.push(q.id);
  await s.save(answerQuestion(s.draft, q, result, s.draft.updated));
}

/** Asks one review question; returns the answer, or BACK for the previous question. */
export async function askQuestion(
  s: Session,
  q: Question,
  position: number,
  total: number,
  canGoBack: boolean,
): Promise<Answer | typeof BACK> {
  const fw = s.framework;
  const where = cellLabel(fw, q.cell);
  const previous = s.draft.answers[q.id];
  const help = () => s.prompter.print(s.style.dim(wrap(q.help, 96, '  ').join('\n')));
  for (;;) {
    s.prompter.print(`\n${s.style.cyan(`${where} · ${position} of ${total}`)}`);
    type Pick = number | string | typeof BACK | typeof HELP | typeof NOT_APPLICABLE;
    const extras: { name: string; value: Pick; description?: string }[] = [
      { name: 'Help: what this question is about', value: HELP },
    ];
    if (allowsNotApplicable(q))
      extras.push({ name: 'Not applicable (you will give a reason)', value: NOT_APPLICABLE });
    if (canGoBack) extras.push({ name: 'Back to the previous question', value: BACK });
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
        required: true,
      });
    } else {
      value = await s.prompter.select<Pick>({
        message: q.prompt,
        choices: [
          ...options.map((o) => ({
            name: o.label,
            value: o.value as Pick,
            ...(o.description ? { description: o.description } : {}),
          })),
          ...extras,
        ],
        // With no answer yet, the cursor starts on an answer that crosses no red line, so a
        // quick Enter never crosses one.
        ...(previous?.value !== undefined
          ? { default: previous.value }
          : safeStart(options) !== undefined
            ? { default: safeStart(options) }
            : {}),
      });
    }
    if (value === HELP) {
      help();
      continue;
    }
    if (value === BACK) return BACK;
    if (value === NOT_APPLICABLE) {
      const reason = await s.prompter.input({
        message: 'Why does this question not apply?',
        ...(previous?.notApplicable ? { default: previous.notApplicable } : {}),
        required: true,
        validate: (v) => notApplicableReasonMessage(v) ?? true,
      });
      return notApplicableAnswer(reason);
    }
    const required = requiresEvidence(q);
    const previousEvidence = evidenceText(previous);
    const evidence = await s.prompter.input({
      message: `Evidence${required ? '' : ' (optional)'}: ${q.evidencePrompt ?? 'what does this answer rest on?'}`,
      ...(previousEvidence ? { default: previousEvidence } : {}),
      ...(required ? { required: true } : {}),
    });
    const note = await s.prompter.input({
      message: 'A note for the memo (optional):',
      ...(previous?.note ? { default: previous.note } : {}),
    });
    return buildAnswer({ value, evidence, note });
  }
}
