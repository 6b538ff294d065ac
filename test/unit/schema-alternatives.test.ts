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
