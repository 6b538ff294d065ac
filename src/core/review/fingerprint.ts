import type { Framework, Question } from '../framework/types.js';
import type { Review } from './types.js';

/**
 * A short, stable fingerprint of what a question asks (FNV-1a over its kind, wording and
 * answers). A review records it with each answer, so a question reworded under the same id is
 * found even when the framework's version was not changed.
 */
export function fingerprint(q: Question): string {
  const known = fingerprints.get(q);
  if (known !== undefined) return known;
  const text = JSON.stringify([
    q.kind,
    q.prompt,
    q.levels ?? null,
    q.choices ?? null,
    q.scores ?? null,
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const result = hash.toString(16).padStart(8, '0');
  fingerprints.set(q, result);
  return result;
}

/** Each question's fingerprint, once per question object (a bulk run checks thousands). */
const fingerprints = new WeakMap<Question, string>();

/**
 * Gives `copy` (the question in another language) the fingerprint of `base`, so an answer
 * recorded against the question in one language matches it in any other.
 */
export function inheritFingerprint(copy: Question, base: Question): void {
  fingerprints.set(copy, fingerprint(base));
}

/** The review with every answer to a question of the framework carrying its fingerprint. */
export function stampFingerprints(review: Review, framework: Framework): Review {
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const answers: Review['answers'] = {};
  for (const [id, answer] of Object.entries(review.answers)) {
    const q = questions.get(id);
    answers[id] =
      q && answer.fingerprint === undefined ? { ...answer, fingerprint: fingerprint(q) } : answer;
  }
  return { ...review, answers };
}
