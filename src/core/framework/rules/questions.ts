// Framework rules about questions: what each answer kind needs, and positive weights.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { kindOf } from '../question-kinds.js';
import { say } from '../../i18n/said.js';
import { FRAMEWORK_TEXT as T } from '../framework-text.js';
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
        ...say(T, 'framework.intake-missing-choices', { id: q.id, kind: q.kind }),
      });
    }
    if (!needsChoices && q.choices) {
      findings.push({
        path: ['intake', i, 'choices'],
        part: 'key',
        code: 'framework/kind-mismatch',
        ...say(T, 'framework.intake-choices-kind', { id: q.id, kind: q.kind }),
      });
    }
  });
  fw.questions.forEach((q, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['questions', i, ...rest];
    const kind = kindOf(q);
    for (const field of ['choices', 'scores', 'levels'] as const) {
      if (q[field] !== undefined && !kind.fields.includes(field))
        findings.push({
          path: at(field),
          part: 'key',
          code: 'framework/kind-mismatch',
          ...say(T, 'framework.field-kind', { id: q.id, field, kind: q.kind }),
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
            ...say(T, 'framework.weight-not-positive', { id: q.id, weight: q.weight }),
          },
        ]
      : [],
  );
