// The shape every review rule has, and what it is given.
import type { Finding } from '../../findings.js';
import type { Framework } from '../../framework/types.js';
import type { ScoreReport } from '../../scoring/types.js';
import type { Review } from '../types.js';

/** What a review rule sees: the review, the framework it was answered against, and its scores. */
export interface ReviewRuleContext {
  review: Review;
  framework: Framework;
  report: ScoreReport;
}
/** A semantic check over a review: the findings it reports, none when it passes. */
export type ReviewRule = (ctx: ReviewRuleContext) => Finding[];
