// Framework rules about questions: what each answer kind needs, and positive weights.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { kindOf } from '../question-kinds.js';
import type { KindField } from '../question-kinds.js';
import type { FrameworkRule } from './framework-rule.js';

/** What the answer kinds need: choices for choice questions, levels and scores on the scale. */
export const questionKindsConsistent: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  (fw.intake ?? []).forEach((q, i) => {
    const needsChoices = q.kind === 'choice' || q.kind === 'multi-choice';
    if (needsChoices && !q.choices) {
      findings.push({
        path: ['intake', i, 'kind'],
        code: 'framework/missing-choices',
        message: `Intake question \`${q.id}\` is a ${q.kind} question with no choices.`,
      });
    }
    if (!needsChoices && q.choices) {
      findings.push({
        path: ['intake', i, 'choices'],
        part: 'key',
        code: 'framework/kind-mismatch',
        message: `Intake question \`${q.id}\` has choices but is a ${q.kind} question.`,
      });
    }
  });
  const FIELD_NAMES: Record<KindField, string> = {
    choices: 'has choices',
    scores: 'has yes/no scores',
    levels: 'describes scale levels',
  };
  fw.questions.forEach((q, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['questions', i, ...rest];
    const kind = kindOf(q);
    for (const field of ['choices', 'scores', 'levels'] as const) {
      if (q[field] !== undefined && !kind.fields.includes(field))
        findings.push({
          path: at(field),
          part: 'key',
          code: 'framework/kind-mismatch',
          message: `Question \`${q.id}\` ${FIELD_NAMES[field]} but is a ${q.kind} question.`,
        });
    }
    findings.push(...kind.checkDefinition(q, fw, at));
  });
  return findings;
};

/** Weights are positive: a zero or negative weight silently removes or inverts a question. */
export const weightsPositive: FrameworkRule = (fw) =>
  fw.questions.flatMap((q, i): Finding[] =>
    q.weight !== undefined && !(q.weight > 0)
      ? [
          {
            path: ['questions', i, 'weight'],
            code: 'framework/weight-not-positive',
            message: `Question \`${q.id}\` has weight ${q.weight}; weights must be greater than 0.`,
            hint: 'To leave a question out of the scores, set `scored: false`.',
          },
        ]
      : [],
  );
