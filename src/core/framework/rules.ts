// The semantic rules every framework is checked against, assembled in the order they run.
// Each rule lives with its kind under rules/.
import { conditionsResolve, intakeOnlyConditions } from './rules/conditions.js';
import type { FrameworkRule } from './rules/framework-rule.js';
import {
  cellsResolve,
  everyCellCovered,
  scaleOrdered,
  unconditionalCoverage,
} from './rules/grid.js';
import { ownRefsResolve, uniqueIds } from './rules/ids.js';
import { gateQuestionsForbidNotApplicable, thresholdsConsistent } from './rules/outcomes.js';
import { questionKindsConsistent, weightsPositive } from './rules/questions.js';
export type { FrameworkRule } from './rules/framework-rule.js';
export { referenceableIds } from './rules/ids.js';

/** The rules run on every framework, in order. */
export const FRAMEWORK_RULES: readonly FrameworkRule[] = [
  uniqueIds,
  scaleOrdered,
  cellsResolve,
  everyCellCovered,
  questionKindsConsistent,
  weightsPositive,
  thresholdsConsistent,
  conditionsResolve,
  intakeOnlyConditions,
  gateQuestionsForbidNotApplicable,
  unconditionalCoverage,
  ownRefsResolve,
];
