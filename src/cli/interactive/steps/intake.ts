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
import { VatlError } from '../../../errors.js';
import { wrap } from '../../table.js';
import type { Session } from '../session.js';

/** The next question about the proposal. */
export async function intakeStep(s: Session, step: { id: string }): Promise<void> {
  const q = intakeQuestion(s.framework, step.id);
  if (opensProposal(s.framework, step.id)) s.prompter.print(`\n${s.style.bold('The proposal')}`);
  await s.save(withIntakeAnswer(s.draft, q.id, await askIntake(s, q)));
}

/**
 * The proposal contradicts itself in a way that would switch a red line off: say so, and ask
 * the answers involved again, each with its earlier answer as the default.
 */
export async function intakeCheckStep(s: Session, step: { id: string }): Promise<void> {
  const found = intakeCheckQuestions(s.framework, step.id);
  if (!found) throw new VatlError('review/intake-check', `Unknown intake check ${step.id}.`);
  s.prompter.print(s.style.red(`\n✖ ${found.check.title}`));
  s.prompter.print(s.style.dim(wrap(found.check.why, 96, '  ').join('\n')));
  for (const q of found.questions) {
    const value = await askIntake(s, q, s.draft.proposal[q.id]);
    await s.save(withIntakeAnswer(s.draft, q.id, value));
  }
}

/** A title for the decision, the proposal's name unless the user types another. */
export async function titleStep(s: Session): Promise<void> {
  const title = await s.prompter.input({
    message: 'A title for this decision:',
    default: suggestedTitle(s.draft),
    required: true,
  });
  await s.save(withTitle(s.draft, title));
}

/** Asks one intake question the way its kind is answered; `previous` is offered as the default. */
async function askIntake(
  s: Session,
  q: IntakeQuestion,
  previous?: ProposalValue,
): Promise<ProposalValue> {
  if (q.help) s.prompter.print(s.style.dim(wrap(q.help, 96, '  ').join('\n')));
  const single = typeof previous === 'string' ? { default: previous } : {};
  switch (q.kind) {
    case 'yes-no':
      return s.prompter.select({
        message: q.prompt,
        choices: [
          { name: 'Yes', value: 'yes' },
          { name: 'No', value: 'no' },
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
        message: `${q.prompt} (space to select, enter to go on)`,
        choices: (q.choices ?? []).map((c) => ({
          name: c.label,
          value: c.value,
          ...(Array.isArray(previous) && previous.includes(c.value) ? { checked: true } : {}),
        })),
      });
    case 'number':
      return intakeValue(
        q,
        await s.prompter.input({
          message: q.prompt,
          ...(previous !== undefined && previous !== '' ? { default: String(previous) } : {}),
          ...(q.required ? { required: true } : {}),
          validate: (v) => intakeNumberProblem(q, v) ?? true,
        }),
      );
    default:
      return intakeValue(
        q,
        await s.prompter.input({
          message: q.prompt,
          ...single,
          ...(q.required ? { required: true } : {}),
        }),
      );
  }
}
