import { isMap, isScalar, parseDocument } from 'yaml';
import type { Framework } from '../framework/types.js';
import { fingerprint } from './fingerprint.js';
import { versionChanges } from './rules.js';
import type { VersionChanges } from './rules.js';
import type { Answer, PreviousAnswer, Review } from './types.js';

export interface UpgradedReview {
  /** The review file's new text; comments and layout the team wrote are kept. */
  text: string;
  /** `id@version` the answers were given against before. */
  from: string;
  to: string;
  changes: VersionChanges;
  /** Answers that had no fingerprint and now carry one. */
  stamped: number;
}

/**
 * Moves a review to the installed framework version. Answers to unchanged questions carry
 * over (stamped with the question's fingerprint); answers to changed or removed questions move
 * to `previousAnswers`, so nothing is dropped; new questions are left to answer. The file is
 * edited in place through the YAML document, so comments and formatting survive.
 */
export function upgradeReview(
  text: string,
  review: Review,
  framework: Framework,
  doesNotApply: readonly string[],
): UpgradedReview {
  const to = `${framework.id}@${framework.version}`;
  const changes = versionChanges(review, framework, doesNotApply);
  const doc = parseDocument(text);
  doc.set('framework', to);
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  let stamped = 0;
  for (const id of changes.unchanged) {
    const q = questions.get(id);
    if (!q || review.answers[id]?.fingerprint !== undefined) continue;
    doc.setIn(['answers', id, 'fingerprint'], fingerprint(q));
    stamped++;
  }
  const moved: [string, PreviousAnswer][] = [
    ...changes.changed.map((id) => [id, 'changed'] as const),
    ...changes.removed.map((id) => [id, 'removed'] as const),
  ].map(([id, reason]) => {
    const { fingerprint: _fp, ...answer }: Answer = review.answers[id] ?? {};
    return [id, { framework: review.framework, reason, ...answer }];
  });
  if (moved.length > 0) {
    if (!doc.has('previousAnswers')) placeAfter(doc, 'answers', 'previousAnswers');
    for (const [id, previous] of moved) {
      doc.deleteIn(['answers', id]);
      doc.setIn(['previousAnswers', id], doc.createNode(previous));
    }
  }
  return {
    text: doc.toString({ lineWidth: 100, minContentWidth: 40 }),
    from: review.framework,
    to,
    changes,
    stamped,
  };
}

/** Adds an empty map under `key` right after `after` in the document's top-level map. */
function placeAfter(doc: ReturnType<typeof parseDocument>, after: string, key: string): void {
  const root = doc.contents;
  if (!isMap(root)) {
    doc.set(key, doc.createNode({}));
    return;
  }
  const index = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
  const pair = doc.createPair(key, {});
  if (index < 0) root.items.push(pair);
  else root.items.splice(index + 1, 0, pair);
}
