import { parse } from 'yaml';
import { YamlTextEditor } from '../yaml/edit-yaml.js';
import { serializeReview } from './serialize-review.js';
import type { Review } from './types.js';

/**
 * The text of a review file vatl writes from one a person wrote: the fields vatl sets (id,
 * status, date, answer fingerprints) are edited into the original text, so the team's
 * comments, quoting and layout stay byte for byte. Should an edit not read back as `review`,
 * the review is written afresh instead: the data is never wrong, only the layout may change.
 *
 * @param source - the text the review was read from
 * @param before - the review as read from it
 * @param review - the review to write: `before` with vatl's fields set
 */
export function reviewTextFrom(source: string, before: Review, review: Review): string {
  const editor = new YamlTextEditor(source);
  const changed = (key: 'id' | 'status' | 'date' | 'reviewer') =>
    review[key] !== undefined && review[key] !== before[key];
  if (changed('id')) editor.setTopLevel([['id', review.id as string]]);
  const after: [string, string][] = [];
  if (changed('status')) after.push(['status', review.status as string]);
  if (changed('date')) after.push(['date', review.date as string]);
  if (changed('reviewer')) after.push(['reviewer', review.reviewer as string]);
  editor.setTopLevel(after, 'framework');
  for (const [id, answer] of Object.entries(review.answers)) {
    const old = before.answers[id]?.fingerprint;
    if (answer.fingerprint !== undefined && answer.fingerprint !== old)
      editor.setScalar(['answers', id, 'fingerprint'], answer.fingerprint);
  }
  const text = editor.toString();
  try {
    if (sameData(parse(text), review)) return text;
  } catch {
    // an edit the parser does not read back: write the review afresh below
  }
  return serializeReview(review);
}

/** Whether two plain-data values are equal, key order aside; `undefined` fields count as absent. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const entries = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = entries(a);
  const right = new Map(entries(b));
  return left.length === right.size && left.every(([k, v]) => sameData(v, right.get(k)));
}
