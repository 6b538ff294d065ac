// Review rules about the proposal: intake answers the framework allows, and no contradiction
// among them.
import type { Finding } from '../../findings.js';
import { applies, evaluate, intakeIn } from '../../scoring/conditions.js';
import type { ReviewRule } from './review-rule.js';
import { say } from '../../i18n/said.js';
import { REVIEW_RULES_TEXT as T } from './review-text.js';
import type { Expected } from './review-text.js';

/** The proposal answers the framework's intake questions with values their kinds allow. */
export const proposalMatchesIntake: ReviewRule = ({ review, framework }) => {
  const findings: Finding[] = [];
  const intake = framework.intake ?? [];
  for (const [key, value] of Object.entries(review.proposal)) {
    if (key === 'summary' || value === undefined) continue;
    const q = intake.find((x) => x.id === key);
    if (!q) {
      if (key === 'name') continue;
      findings.push({
        path: ['proposal', key],
        part: 'key',
        code: 'review/unknown-intake',
        ...say(T, 'review.unknown-intake', {
          id: key,
          framework: framework.id,
          intake: intake.map((x) => x.id),
        }),
      });
      continue;
    }
    const choices = (q.choices ?? []).map((c) => c.value);
    const bad = (expected: Expected) =>
      findings.push({
        path: ['proposal', key],
        code: 'review/invalid-intake',
        ...say(T, 'review.invalid-intake', { id: key, ...expected }),
      });
    if (q.kind === 'yes-no' && value !== 'yes' && value !== 'no') bad({ expected: 'yes-no' });
    if (q.kind === 'choice' && !choices.includes(String(value)))
      bad({ expected: 'choice', values: choices });
    if (
      q.kind === 'multi-choice' &&
      (!Array.isArray(value) || value.some((v) => !choices.includes(v)))
    )
      bad({ expected: 'list', values: choices });
    if (q.kind === 'number' && typeof value !== 'number') bad({ expected: 'number' });
    if (q.kind === 'text' && typeof value !== 'string' && typeof value !== 'number')
      bad({ expected: 'text' });
  }
  for (const q of intake) {
    if (!applies(q, framework, review)) continue;
    const v = review.proposal[q.id];
    if (q.required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))) {
      findings.push({
        path: ['proposal'],
        part: 'key',
        code: 'review/missing-intake',
        ...say(T, 'review.missing-intake', { id: q.id, prompt: q.prompt }),
      });
    }
  }
  return findings;
};

/**
 * The proposal does not contradict itself: each of the framework's intake checks that holds is
 * reported at the first intake answer it reads, as an error where it would switch a red line off.
 */
export const intakeConsistent: ReviewRule = ({ review, framework }) =>
  (framework.intakeChecks ?? []).flatMap((check): Finding[] => {
    const holds = evaluate(check.when, {
      framework,
      input: review,
      scores: new Map(),
      applies: new Set(),
    });
    if (holds !== true) return [];
    const key = intakeIn(check.when).find((id) => review.proposal[id] !== undefined);
    return [
      {
        path: key ? ['proposal', key] : ['proposal'],
        part: 'key',
        severity: check.severity,
        code: 'review/intake-contradiction',
        ...say(T, 'review.intake-contradiction', { title: check.title, why: check.why }),
      },
    ];
  });
