/**
 * A review file's own checks, without rendering its memo (so no templates are loaded): the
 * framework's rules and scoring, and the id against the file name. `check-decisions.ts`
 * renders the memo after these pass; `vatl validate` stops here for a review with no memo.
 */
import { say } from '../i18n/said.js';
import { DECISIONS_TEXT } from './decisions-text.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Framework } from '../framework/types.js';
import { evaluateReview } from '../review/evaluate-review.js';
import type { EvaluatedReview } from '../review/evaluate-review.js';
import type { ParsedReview } from '../review/parse-review.js';

/**
 * Checks one parsed review against the installed frameworks and its file name. `evaluated`
 * is present when the review has no errors, ready for rendering. `expectedId` is the id its
 * file name gives (`0007-x.review.yaml` → `0007-x`), when it follows the pattern.
 */
export function checkReviewOnly(
  parsed: ParsedReview,
  expectedId: string | undefined,
  installed: readonly Framework[],
  /** `path: false` when no memo will be rendered: the rules do not need `report.next`. */
  options: { path?: boolean } = {},
): { evaluated?: EvaluatedReview; diagnostics: Diagnostic[] } {
  const { evaluated, diagnostics } = evaluateReview(parsed, installed, undefined, options);
  if (!evaluated || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const own = [...diagnostics];
  const { id } = evaluated.review;
  if (id && expectedId !== undefined && id !== expectedId) {
    const at = parsed.yaml?.locate(['id']) ?? { line: 1, column: 1 };
    own.push({
      file: parsed.file,
      ...at,
      severity: 'error',
      code: 'review/id-mismatch',
      ...say(DECISIONS_TEXT, 'decisions.id-mismatch', { id }),
    });
  }
  return { diagnostics: own, evaluated };
}
