import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../src/core/review/parse-review.js';
import { REPO } from '../helpers/cli.js';

const EXAMPLE = readFileSync(join(REPO, 'examples', 'lms-replacement', 'review.yaml'), 'utf8');

/** The example with the first `evidence:` of an answer replaced by `value`. */
function withEvidence(value: string): string {
  return EXAMPLE.replace(/^(\s+evidence:).*(\n\s{6,}.*)*/m, `$1 ${value}`);
}

describe('a value that fits none of the allowed forms', () => {
  it('gets one error naming the types allowed, not one contradictory error per form', () => {
    const { diagnostics } = parseReview(withEvidence('5'), 'review.yaml');
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'review/wrong-type',
        expect.stringMatching(/^`answers\.[a-z-]+\.evidence` must be a string or a list\.$/),
      ],
    ]);
  });

  it('gets the complaints of the form it was meant as: an empty list is a list too short', () => {
    const { diagnostics } = parseReview(withEvidence('[]'), 'review.yaml');
    expect(diagnostics.map((d) => d.code)).toEqual(['review/too-few']);
  });
});

describe('a key that is not an id', () => {
  it('gets one error at the key saying what a key must look like', () => {
    const text = EXAMPLE.replace(/^ {2}ge-priority-reach:/m, '  Ge_Priority:');
    const line = text.split('\n').findIndex((l) => l.startsWith('  Ge_Priority:')) + 1;
    const { diagnostics } = parseReview(text, 'review.yaml');
    expect(diagnostics.map((d) => [`${d.line}:${d.column}`, d.code, d.message])).toEqual([
      [
        `${line}:3`,
        'review/invalid-value',
        'The key `Ge_Priority` in `answers` must be an id of lower-case letters, digits and hyphens (e.g. `do-more`).',
      ],
    ]);
  });
});
