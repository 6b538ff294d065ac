/**
 * A review file once it has passed the JSON Schema.
 *
 * `frameworks/schema/review.schema.json` is the contract, written once: these are the types
 * `npm run build` generates from it (src/generated/review-schema.ts), under the names the code
 * uses. The parser fills in no defaults, so the core types are the file's types exactly;
 * test/unit/schema-types.test.ts checks that they stay so.
 */
import type * as ReviewFile from '../../generated/review-schema.js';

export type {
  ReviewStatus,
  TeamStructure,
  Answer,
  PreviousAnswer,
  Decision,
  StatusChange,
} from '../../generated/review-schema.js';

/** A condition the decision was made on: what, who, by when. */
export type Condition = ReviewFile.DecisionCondition;

/** An intake answer in the proposal. */
export type ProposalValue = NonNullable<ReviewFile.Proposal[string]>;

/** A review file, as the schema accepts it. */
export type Review = ReviewFile.VatlReviewFile;

/** Splits `vatl@1.2.0` into its id and version. */
export function parseFrameworkRef(ref: string): { id: string; version: string } {
  const at = ref.lastIndexOf('@');
  return at < 0 ? { id: ref, version: '' } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}
