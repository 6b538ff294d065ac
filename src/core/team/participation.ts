// Who must take part in a team review of a high-stakes proposal: the framework's
// `participation:` requirements, checked on merged reviews (those with `reviewers:`).
import type { Finding } from '../findings.js';
import type { ReviewRule } from '../review/rules.js';
import { heardFrom } from '../review/team.js';
import { evaluate } from '../scoring/conditions.js';
import { say } from '../i18n/said.js';
import { STATUS_RULES_TEXT } from '../review/status-text.js';

/**
 * A merged review must meet every participation requirement whose `when` holds for the
 * proposal: at least `minReviewers` reviews merged, and each voice in `consult` among the
 * consulted groups. A single reviewer's review is not held to it: it is one input to a merge,
 * and the examples and existing single reviews stay valid.
 */
export const participationMet: ReviewRule = ({ review, framework }) => {
  const reviewers = review.reviewers;
  if (!reviewers) return [];
  const ctx = {
    framework,
    input: { proposal: review.proposal, answers: {} },
    scores: new Map<string, number | undefined>(),
    applies: new Set<string>(),
  };
  const findings: Finding[] = [];
  for (const req of framework.participation ?? []) {
    if (evaluate(req.when, ctx) !== true) continue;
    if (req.minReviewers !== undefined && reviewers.length < req.minReviewers)
      findings.push({
        path: ['reviewers'],
        part: 'key',
        code: 'merge/participation-unmet',
        ...say(STATUS_RULES_TEXT, 'participation.reviewers', {
          needed: req.minReviewers,
          reviewed: reviewers.length,
          why: req.why,
        }),
      });
    const missing = (req.consult ?? []).filter((voice) => !heardFrom(review.team, voice));
    if (missing.length > 0)
      findings.push({
        path: ['team', review.team.consulted ? 'consulted' : 'members'],
        part: 'key',
        code: 'merge/participation-unmet',
        ...say(STATUS_RULES_TEXT, 'participation.consult', { missing, why: req.why }),
      });
  }
  return findings;
};
