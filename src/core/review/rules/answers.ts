// Review rules about answers: each names a real question with a value, or a real reason it
// does not apply, and every question gets one.
import type { Finding } from '../../findings.js';
import { kindOf } from '../../framework/question-kinds.js';
import { allowsNotApplicable, notApplicableReasonProblem, requiresEvidence } from '../answer.js';
import { fingerprint } from '../fingerprint.js';
import type { ReviewRule } from './review-rule.js';

/** Answers name questions the framework has, with values its question kinds allow. */
export const answersMatchQuestions: ReviewRule = ({ review, framework, report }) => {
  const findings: Finding[] = [];
  const doesNotApply = new Set(report.doesNotApply);
  for (const [id, answer] of Object.entries(review.answers)) {
    const at = (...rest: string[]) => ['answers', id, ...rest];
    const q = framework.questions.find((x) => x.id === id);
    if (!q) {
      findings.push({
        path: at(),
        part: 'key',
        code: 'review/unknown-question',
        message: `\`${id}\` is not a question of ${framework.id}@${framework.version}.`,
        hint: 'Remove the answer, or check the framework version the review names.',
      });
      continue;
    }
    if (doesNotApply.has(id)) {
      findings.push({
        path: at(),
        part: 'key',
        severity: 'warning',
        code: 'review/does-not-apply',
        message: `\`${id}\` does not apply to this proposal (see its intake answers), so its answer is not scored.`,
        hint: 'Remove the answer, or correct the intake answer that rules the question out.',
      });
      continue;
    }
    if (answer.fingerprint !== undefined && answer.fingerprint !== fingerprint(q)) {
      findings.push({
        path: at('fingerprint'),
        code: 'review/question-changed',
        message: `\`${id}\` was answered when it asked something else; the installed ${framework.id}@${framework.version} words it or its answers differently.`,
        hint: 'Run `vatl upgrade` on the review, then answer the changed questions again.',
      });
    }
    const hasValue = answer.value !== undefined;
    const isNa = answer.notApplicable !== undefined;
    if (hasValue && isNa) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/value-and-not-applicable',
        message: `\`${id}\` has both a value and a not-applicable reason.`,
        hint: 'Keep one of them.',
      });
    } else if (!hasValue && !isNa) {
      findings.push({
        path: at(),
        part: 'key',
        code: 'review/empty-answer',
        message: `\`${id}\` has neither a value nor a not-applicable reason.`,
      });
    }
    if (isNa && !allowsNotApplicable(q)) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/not-applicable-not-allowed',
        message: `\`${id}\` cannot be answered not applicable: the framework needs an answer.`,
        hint: kindOf(q).options(q, framework).length
          ? `Answer ${kindOf(q).expected(q, framework)}.`
          : undefined,
      });
    } else if (isNa) {
      const problem = notApplicableReasonProblem(answer.notApplicable ?? '');
      if (problem)
        findings.push({
          path: at('notApplicable'),
          code: 'review/not-applicable-reason',
          message: `The not-applicable reason for \`${id}\` ${problem}.`,
          hint: 'Say why the question does not fit this proposal, e.g. "staff-only tool: no student accounts".',
        });
    }
    if (hasValue && !kindOf(q).accepts(q, framework, answer.value)) {
      findings.push({
        path: at('value'),
        code: 'review/invalid-answer',
        message: `\`${String(answer.value)}\` is not an answer to \`${id}\`: it takes ${kindOf(q).expected(q, framework)}.`,
      });
    }
    if (hasValue && requiresEvidence(q) && !hasEvidence(answer.evidence)) {
      findings.push({
        path: at('value'),
        code: 'review/missing-evidence',
        message: `\`${id}\` needs evidence: ${q.evidencePrompt ?? 'say what the answer rests on'}.`,
        hint: 'Add `evidence:` to the answer.',
      });
    }
  }
  return findings;
};

function hasEvidence(evidence: string | string[] | undefined): boolean {
  if (evidence === undefined) return false;
  return (Array.isArray(evidence) ? evidence : [evidence]).some((e) => e.trim() !== '');
}

/** Every question is answered or marked not applicable: a decision rests on the whole grid. */
export const everyQuestionAnswered: ReviewRule = ({ report }) =>
  report.unanswered.length === 0
    ? []
    : [
        {
          path: ['answers'],
          part: 'key',
          code: 'review/unanswered',
          message: `${report.unanswered.length} question${report.unanswered.length > 1 ? 's are' : ' is'} unanswered: ${report.unanswered.join(', ')}.`,
          hint: 'Answer each, or give `notApplicable: <reason>`.',
        },
      ];
