// Review rules about answers: each names a real question with a value, or a real reason it
// does not apply, and every question gets one.
import type { Finding } from '../../findings.js';
import { kindOf } from '../../framework/question-kinds.js';
import { allowsNotApplicable, notApplicableReasonProblem, requiresEvidence } from '../answer.js';
import { fingerprint } from '../fingerprint.js';
import type { ReviewRule } from './review-rule.js';
import { say } from '../../i18n/said.js';
import type { Framework, Question } from '../../framework/types.js';
import { scaleBounds } from '../../scoring/scale.js';
import { REVIEW_RULES_TEXT } from './review-text.js';
import type { Expected, ReasonProblem } from './review-text.js';

const T = REVIEW_RULES_TEXT;

/** What a question takes, as data the text tables word in each language. */
function expectedOf(q: Question, fw: Framework): Expected {
  switch (q.kind) {
    case 'scale':
      return { expected: 'scale', values: scaleBounds(fw.scale).values.map(String) };
    case 'yes-no':
      return { expected: 'yes-no' };
    case 'choice':
      return { expected: 'choice', values: (q.choices ?? []).map((c) => c.value) };
    default:
      return { expected: 'text' };
  }
}

function reasonProblem(problem: string): ReasonProblem {
  return problem === 'is empty'
    ? 'empty'
    : problem.endsWith('says nothing about why')
      ? 'says-nothing'
      : 'too-short';
}

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
        ...say(T, 'review.unknown-question', {
          id,
          framework: `${framework.id}@${framework.version}`,
        }),
      });
      continue;
    }
    if (doesNotApply.has(id)) {
      findings.push({
        path: at(),
        part: 'key',
        severity: 'warning',
        code: 'review/does-not-apply',
        ...say(T, 'review.does-not-apply', { id }),
      });
      continue;
    }
    if (answer.fingerprint !== undefined && answer.fingerprint !== fingerprint(q)) {
      findings.push({
        path: at('fingerprint'),
        code: 'review/question-changed',
        ...say(T, 'review.question-changed', {
          id,
          framework: `${framework.id}@${framework.version}`,
        }),
      });
    }
    const hasValue = answer.value !== undefined;
    const isNa = answer.notApplicable !== undefined;
    if (hasValue && isNa) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/value-and-not-applicable',
        ...say(T, 'review.value-and-not-applicable', { id }),
      });
    } else if (!hasValue && !isNa) {
      findings.push({
        path: at(),
        part: 'key',
        code: 'review/empty-answer',
        ...say(T, 'review.empty-answer', { id }),
      });
    }
    if (isNa && !allowsNotApplicable(q)) {
      findings.push({
        path: at('notApplicable'),
        part: 'key',
        code: 'review/not-applicable-not-allowed',
        ...say(T, 'review.not-applicable-not-allowed', {
          id,
          ...(kindOf(q).options(q, framework).length ? { answer: expectedOf(q, framework) } : {}),
        }),
      });
    } else if (isNa) {
      const problem = notApplicableReasonProblem(answer.notApplicable ?? '');
      if (problem)
        findings.push({
          path: at('notApplicable'),
          code: 'review/not-applicable-reason',
          ...say(T, 'review.not-applicable-reason', {
            id,
            problem: reasonProblem(problem),
            reason: (answer.notApplicable ?? '').trim(),
          }),
        });
    }
    if (hasValue && !kindOf(q).accepts(q, framework, answer.value)) {
      findings.push({
        path: at('value'),
        code: 'review/invalid-answer',
        ...say(T, 'review.invalid-answer', {
          id,
          value: String(answer.value),
          ...expectedOf(q, framework),
        }),
      });
    }
    if (hasValue && requiresEvidence(q) && !hasEvidence(answer.evidence)) {
      findings.push({
        path: at('value'),
        code: 'review/missing-evidence',
        ...say(T, 'review.missing-evidence', {
          id,
          ...(q.evidencePrompt !== undefined ? { prompt: q.evidencePrompt } : {}),
        }),
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
          ...say(T, 'review.unanswered', { ids: report.unanswered }),
        },
      ];
