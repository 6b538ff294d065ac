// Review rules about the proposal: intake answers the framework allows, and no contradiction
// among them.
import type { Finding } from '../../findings.js';
import { applies, evaluate, intakeIn } from '../../scoring/conditions.js';
import type { ReviewRule } from './review-rule.js';

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
        message: `\`${key}\` is not an intake question of ${framework.id}.`,
        hint: `Intake: ${intake.map((x) => x.id).join(', ')}.`,
      });
      continue;
    }
    const choices = (q.choices ?? []).map((c) => c.value);
    const bad = (expected: string) =>
      findings.push({
        path: ['proposal', key],
        code: 'review/invalid-intake',
        message: `\`${key}\` must be ${expected}.`,
      });
    if (q.kind === 'yes-no' && value !== 'yes' && value !== 'no') bad('"yes" or "no"');
    if (q.kind === 'choice' && !choices.includes(String(value)))
      bad(`one of ${choices.join(', ')}`);
    if (
      q.kind === 'multi-choice' &&
      (!Array.isArray(value) || value.some((v) => !choices.includes(v)))
    )
      bad(`a list of: ${choices.join(', ')}`);
    if (q.kind === 'number' && typeof value !== 'number') bad('a number');
    if (q.kind === 'text' && typeof value !== 'string' && typeof value !== 'number') bad('text');
  }
  for (const q of intake) {
    if (!applies(q, framework, review)) continue;
    const v = review.proposal[q.id];
    if (q.required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))) {
      findings.push({
        path: ['proposal'],
        part: 'key',
        code: 'review/missing-intake',
        message: `The proposal does not answer \`${q.id}\`: ${q.prompt}`,
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
        message: `${check.title}.`.replace(/\.\.$/, '.'),
        hint: check.why,
      },
    ];
  });
