import { nextStep } from '../../core/review/draft.js';
import type { Step } from '../../core/review/draft.js';
import { previousPlace } from '../../core/review/walk.js';
import type { Session, StepResult } from './session.js';
import { intakeCheckStep, intakeStep, titleStep } from './steps/intake.js';
import { questionStep } from './steps/questions.js';
import { summaryStep } from './steps/summary.js';
import { teamStep } from './steps/team.js';

/** A step asks for one thing the draft still needs (or was gone back to). */
type StepFunction<K extends Step['kind']> = (
  s: Session,
  step: Extract<Step, { kind: K }>,
) => Promise<StepResult>;

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
 * Runs the step for whatever the draft still needs (a place the user went back to first),
 * saving after each answer, until the user leaves the summary for the decision. Back goes to
 * the place before in asking order, or to the summary when the change was chosen there.
 */
export async function runSteps(s: Session): Promise<void> {
  for (;;) {
    const step: Step = s.walk.revisit ?? nextStep(s.draft, s.framework);
    const run = STEPS[step.kind] as StepFunction<Step['kind']>;
    const result = await run(s, step);
    if (result === 'decide') return;
    // The summary sets where to go itself (the answer chosen to change).
    if (step.kind === 'summary' || step.kind === 'intake-check') continue;
    if (result === 'back') {
      const before = s.walk.fromSummary ? undefined : previousPlace(s.framework, s.draft, step);
      s.walk.revisit = before;
      if (!before) s.walk.fromSummary = false;
    } else {
      s.walk.revisit = undefined;
      s.walk.fromSummary = false;
    }
  }
}
