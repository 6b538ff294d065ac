import { nextStep } from '../../core/review/draft.js';
import type { Step } from '../../core/review/draft.js';
import type { Session } from './session.js';
import { intakeCheckStep, intakeStep, titleStep } from './steps/intake.js';
import { questionStep } from './steps/questions.js';
import { summaryStep } from './steps/summary.js';
import { teamStep } from './steps/team.js';

/** A step asks for one thing the draft still needs; `'decide'` ends the walk-through. */
type StepFunction<K extends Step['kind']> = (
  s: Session,
  step: Extract<Step, { kind: K }>,
) => Promise<void> | Promise<'decide' | undefined>;

/** Which step asks for each thing the core says a draft still needs. */
export const STEPS: { readonly [K in Step['kind']]: StepFunction<K> } = {
  intake: intakeStep,
  'intake-check': intakeCheckStep,
  title: titleStep,
  team: teamStep,
  question: questionStep,
  summary: summaryStep,
};

/**
 * Runs the step for whatever the draft still needs (a question the user went back to first),
 * saving after each answer, until the user leaves the summary for the decision.
 */
export async function runSteps(s: Session): Promise<void> {
  for (;;) {
    const step: Step = s.walk.revisit
      ? { kind: 'question', id: s.walk.revisit }
      : nextStep(s.draft, s.framework);
    const run = STEPS[step.kind] as StepFunction<Step['kind']>;
    if ((await run(s, step)) === 'decide') return;
  }
}
