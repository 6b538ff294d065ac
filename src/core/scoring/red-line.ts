import type { Framework, Question } from '../framework/types.js';
import { evaluate, leaves } from './conditions.js';

/**
 * Whether answering `value` makes a leaf of a red-line gate that reads this question hold: the
 * answer the gate exists to catch, so it stands if any one reviewer gives it.
 */
export function isRedLine(framework: Framework, q: Question, value: number | string): boolean {
  const ctx = {
    framework,
    input: { proposal: {}, answers: { [q.id]: { value } } },
    scores: new Map<string, number | undefined>(),
    applies: new Set([q.id]),
  };
  return (framework.gates ?? []).some(
    (g) =>
      (g.kind ?? 'red-line') === 'red-line' &&
      leaves(g.when).some(
        (leaf) =>
          'question' in leaf &&
          leaf.question === q.id &&
          leaf.unanswered === undefined &&
          evaluate(leaf, ctx) === true,
      ),
  );
}
