import type { Question } from '../framework/types.js';

/**
 * A short, stable fingerprint of what a question asks (FNV-1a over its kind, wording and
 * answers). A review records it with each answer, so a question reworded under the same id is
 * found even when the framework's version was not changed.
 */
export function fingerprint(q: Question): string {
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
  return hash.toString(16).padStart(8, '0');
}
