// The semantic rules every review is checked against, assembled in the order they run.
// Each rule lives with its subject under rules/.
import { answersMatchQuestions, everyQuestionAnswered } from './rules/answers.js';
import { datesConsistent, decisionConsistent, stakeholdersConsulted } from './rules/decision.js';
import { intakeConsistent, proposalMatchesIntake } from './rules/proposal.js';
import type { ReviewRule } from './rules/review-rule.js';
import { statusConsistent } from './status.js';
import { participationMet } from '../team/participation.js';
export type { ReviewRule, ReviewRuleContext } from './rules/review-rule.js';

/** The rules run on every review, in order. */
export const REVIEW_RULES: readonly ReviewRule[] = [
  answersMatchQuestions,
  everyQuestionAnswered,
  proposalMatchesIntake,
  intakeConsistent,
  decisionConsistent,
  datesConsistent,
  stakeholdersConsulted,
  statusConsistent,
  participationMet,
];
