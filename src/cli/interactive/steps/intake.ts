import type { IntakeQuestion } from '../../../core/framework/types.js';
import { suggestedTitle, withIntakeAnswer, withTitle } from '../../../core/review/draft.js';
import {
  intakeCheckQuestions,
  intakeNumberProblem,
  intakeQuestion,
  intakeValue,
  opensProposal,
} from '../../../core/review/intake.js';
import type { ProposalValue } from '../../../core/review/types.js';
import { intakePosition } from '../../../core/review/walk.js';
import { visible } from '../../../core/text/terminal-text.js';
import { VatlError } from '../../../errors.js';
import { BackRequested } from '../../../prompts/prompter.js';
import { wrap } from '../../table.js';
import { canGoBack } from '../session.js';
import type { Session, StepResult } from '../session.js';

/** The next question about the proposal (or one gone back to, its answer offered again). */
export async function intakeStep(s: Session, step: { id: string }): Promise<StepResult> {
  const q = intakeQuestion(s.framework, step.id);
  if (opensProposal(s.framework, step.id) && !(step.id in s.draft.proposal))
    s.prompter.print(`\n${s.style.bold(s.text.proposalHeading)}`);
  const { position, total } = intakePosition(s.framework, s.draft, q.id);
  const back = canGoBack(s, { kind: 'intake', id: q.id });
  s.prompter.print(progressLine(s, s.text.proposalProgress(position, total), back));
  try {
    const value = await askIntake(s, q, s.draft.proposal[q.id], back);
    await s.save(withIntakeAnswer(s.draft, q.id, value));
    return undefined;
  } catch (error) {
    if (error instanceof BackRequested) return 'back';
    throw error;
  }
}

/** `Proposal 3 of 13  (Esc: back)`: where the user is, and the way back when there is one. */
export function progressLine(s: Session, where: string, back: boolean): string {
  return `\n${s.style.cyan(where)}${back ? s.style.dim(s.text.escBack) : ''}`;
}

/**
 * The proposal contradicts itself in a way that would switch a red line off: say so, and ask
 * the answers involved again, each with its earlier answer as the default.
 */
export async function intakeCheckStep(s: Session, step: { id: string }): Promise<StepResult> {
  const found = intakeCheckQuestions(s.framework, step.id);
  if (!found) throw new VatlError('review/intake-check', s.text.unknownIntakeCheck(step.id));
  s.prompter.print(s.style.red(`\n✖ ${visible(found.check.title)}`));
  s.prompter.print(s.style.dim(wrap(visible(found.check.why), 96, '  ').join('\n')));
  for (const q of found.questions) {
    const value = await askIntake(s, q, s.draft.proposal[q.id], false);
    await s.save(withIntakeAnswer(s.draft, q.id, value));
  }
  return undefined;
}

/** A title for the decision, the proposal's name unless the user types another. */
export async function titleStep(s: Session): Promise<StepResult> {
  const back = canGoBack(s, { kind: 'title' });
  try {
    const title = await s.prompter.input({
      message: s.text.titlePrompt,
      default: s.draft.title ?? suggestedTitle(s.draft),
      validate: needsText(s.text.titleNeeded),
      back,
    });
    await s.save(withTitle(s.draft, title));
    return undefined;
  } catch (error) {
    if (error instanceof BackRequested) return 'back';
    throw error;
  }
}

/** A check for a required text answer that says what is missing, not "You must provide a value". */
export function needsText(message: string): (value: string) => string | true {
  return (value) => (value.trim() === '' ? message : true);
}

/** Asks one intake question the way its kind is answered; `previous` is offered as the default. */
async function askIntake(
  s: Session,
  q: IntakeQuestion,
  previous: ProposalValue | undefined,
  back: boolean,
): Promise<ProposalValue> {
  if (q.help) s.prompter.print(s.style.dim(wrap(visible(q.help), 96, '  ').join('\n')));
  const single = {
    ...(typeof previous === 'string' && previous !== '' ? { default: previous } : {}),
    back,
  };
  switch (q.kind) {
    case 'yes-no':
      return s.prompter.select({
        message: q.prompt,
        choices: [
          { name: s.text.yes, value: 'yes' },
          { name: s.text.no, value: 'no' },
        ],
        ...single,
      });
    case 'choice':
      return s.prompter.select({
        message: q.prompt,
        choices: (q.choices ?? []).map((c) => ({
          name: c.label,
          value: c.value,
          ...(c.description ? { description: c.description } : {}),
        })),
        ...single,
      });
    case 'multi-choice':
      return s.prompter.checkbox({
        message: `${q.prompt}${s.text.checkboxHint}`,
        choices: (q.choices ?? []).map((c) => ({
          name: c.label,
          value: c.value,
          ...(Array.isArray(previous) && previous.includes(c.value) ? { checked: true } : {}),
        })),
        ...(q.required
          ? {
              validate: (values: readonly string[]) => values.length > 0 || s.text.chooseAtLeastOne,
            }
          : {}),
        back,
      });
    case 'number':
      return intakeValue(
        q,
        await s.prompter.input({
          message: q.prompt,
          ...(previous !== undefined && previous !== '' ? { default: String(previous) } : {}),
          validate: (v) => (intakeNumberProblem(q, v) ? s.text.enterNumber : true),
          back,
        }),
      );
    default:
      return intakeValue(
        q,
        await s.prompter.input({
          message: q.prompt,
          ...single,
          ...(q.required ? { validate: needsText(s.text.answerNeeded) } : {}),
        }),
      );
  }
}
