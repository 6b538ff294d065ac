// How a review's answers compare with the installed framework version: what `vatl upgrade`
// carries over, and the finding when the versions differ.
import { say } from '../i18n/said.js';
import { REVIEW_RULES_TEXT } from './rules/review-text.js';
import type { Finding } from '../findings.js';
import type { Framework } from '../framework/types.js';
import { fingerprint } from './fingerprint.js';
import { parseFrameworkRef } from './types.js';
import type { Review } from './types.js';

/** What moving a review's answers to the installed framework version would do. */
export interface VersionChanges {
  /** Answers that carry over: same question, same fingerprint (or, with none recorded, the same major version). */
  unchanged: string[];
  /** Answered questions that ask something else now. */
  changed: string[];
  /** Answers to questions the framework no longer has. */
  removed: string[];
  /** Applicable questions with no answer (new, or never answered). */
  added: string[];
}

/**
 * Compares a review's answers with the installed framework. An answer with a fingerprint is
 * compared exactly; one without is taken as unchanged within the same major version and as
 * changed across majors, as semantic versioning promises.
 */
export function versionChanges(
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[],
): VersionChanges {
  const { version } = parseFrameworkRef(review.framework);
  const major = (v: string) => v.split('.')[0];
  const sameMajor = major(version) === major(framework.version);
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const out: VersionChanges = { unchanged: [], changed: [], removed: [], added: [] };
  for (const [id, answer] of Object.entries(review.answers)) {
    const q = questions.get(id);
    if (!q) out.removed.push(id);
    else if (answer.fingerprint !== undefined ? answer.fingerprint === fingerprint(q) : sameMajor)
      out.unchanged.push(id);
    else out.changed.push(id);
  }
  const skip = new Set(doesNotApply);
  out.added = framework.questions
    .filter((q) => review.answers[q.id] === undefined && !skip.has(q.id))
    .map((q) => q.id);
  return out;
}

/** The review was answered against the installed framework version; say what changed if not. */
export function frameworkVersionFinding(
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[] = [],
): Finding | undefined {
  const { id, version } = parseFrameworkRef(review.framework);
  if (id === framework.id && version === framework.version) return undefined;
  const c = versionChanges(review, framework, doesNotApply);
  const major = (v: string) => v.split('.')[0];
  return {
    path: ['framework'],
    severity: major(version) === major(framework.version) ? 'warning' : 'error',
    code: 'review/framework-version',
    ...say(REVIEW_RULES_TEXT, 'review.framework-version', {
      answered: review.framework,
      installed: `${framework.id}@${framework.version}`,
      changed: c.changed,
      removed: c.removed,
      added: c.added,
      newer: isNewer(version, framework.version),
    }),
  };
}

/** Whether semver `a` is later than `b` (pre-release tags aside). */
function isNewer(a: string, b: string): boolean {
  const parts = (v: string) => v.split('-')[0]?.split('.').map(Number) ?? [];
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}
