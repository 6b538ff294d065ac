import type { Diagnostic } from '../diagnostics.js';
import { say } from '../i18n/said.js';
import { REVIEW_RULES_TEXT } from './rules/review-text.js';
import type { Framework } from '../framework/types.js';
import type { ScoreReport } from '../scoring/types.js';
import { closest } from '../text/closest.js';
import { checkReview } from './parse-review.js';
import type { ParsedReview } from './parse-review.js';
import { parseFrameworkRef } from './types.js';
import type { Review } from './types.js';

/** A review checked and scored against the framework it names. */
export interface EvaluatedReview {
  review: Review;
  framework: Framework;
  report: ScoreReport;
  /** The review's own problems (rule findings), located in its file. */
  diagnostics: Diagnostic[];
}

/**
 * The framework a parsed review names, from the installed ones (by id; the version is a rule
 * of its own), or a diagnostic at the review's `framework:` value naming what is installed.
 */
export function frameworkFor(
  parsed: Pick<ParsedReview, 'file' | 'yaml'> & { review: Review },
  installed: readonly Framework[],
):
  | { framework: Framework; diagnostic?: undefined }
  | { framework?: undefined; diagnostic: Diagnostic } {
  const { id } = parseFrameworkRef(parsed.review.framework);
  const framework = installed.find((f) => f.id === id);
  if (framework) return { framework };
  const at = parsed.yaml?.locate(['framework']) ?? { line: 0, column: 0 };
  const ids = installed.map((f) => f.id).sort();
  return {
    diagnostic: {
      file: parsed.file,
      ...at,
      severity: 'error',
      code: 'review/unknown-framework',
      ...sayUnknown(id, ids),
    },
  };
}

/**
 * Checks and scores a parsed review against the installed framework it names. Returns the
 * diagnostics that stop it (a schema problem, an unknown framework) without an evaluation.
 *
 * @param defaultDate - the date a review without one will be written with, so it is checked with it
 */
export function evaluateReview(
  parsed: ParsedReview,
  installed: readonly Framework[],
  defaultDate?: string,
  /** `path: false` skips the search for a better outcome, for listings that do not show it. */
  options: { path?: boolean } = {},
): { evaluated?: EvaluatedReview; diagnostics: Diagnostic[] } {
  if (!parsed.review) return { diagnostics: parsed.diagnostics };
  const review =
    defaultDate && !parsed.review.date ? { ...parsed.review, date: defaultDate } : parsed.review;
  const found = frameworkFor({ ...parsed, review }, installed);
  if (!found.framework) return { diagnostics: [found.diagnostic] };
  const { report, diagnostics } = checkReview(review, found.framework, parsed.yaml, options);
  return {
    evaluated: { review, framework: found.framework, report, diagnostics },
    diagnostics,
  };
}

function sayUnknown(id: string, ids: readonly string[]) {
  const suggestion = closest(id, ids);
  return say(REVIEW_RULES_TEXT, 'review.unknown-framework', {
    id,
    installed: ids,
    ...(suggestion ? { suggestion } : {}),
  });
}
