import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkReview, parseReview } from '../../../src/core/review/parse-review.js';
import type { Review } from '../../../src/core/review/types.js';
import { EXAMPLES, readExample } from '../../helpers/reviews.js';
import {
  RUNS,
  assertLocated,
  assertNone,
  assertSameData,
  editsOf,
  yamlishText,
} from '../../helpers/property.js';
import { MINI, hostileReview, validReview } from '../../helpers/review-arbitraries.js';

const FILE = 'decisions/0001-x.review.yaml';

/** A valid review round-trips: it parses to the same data, and checks and scores cleanly. */
function roundTrips(review: Review): void {
  const parsed = parseReview(stringify(review, { lineWidth: 0 }), FILE);
  assertNone(parsed.diagnostics, 'a valid review has diagnostics');
  assertSameData(parsed.review, review, 'a valid review');
  if (!parsed.review) throw new Error('a valid review did not parse');
  const { report, diagnostics } = checkReview(parsed.review, MINI, parsed.yaml);
  assertNone(diagnostics, 'a valid review has findings');
  if (!MINI.outcomes.some((o) => o.id === report.suggested))
    throw new Error(`suggested outcome ${report.suggested} is not one of the framework's`);
}

/** Parses and, when the review parses, checks and scores it (what `vatl validate` does). */
function loadsOrExplains(text: string): void {
  const parsed = parseReview(text, FILE);
  assertLocated(parsed.diagnostics, FILE, text);
  if (!parsed.review) {
    if (!parsed.diagnostics.some((d) => d.severity === 'error'))
      throw new Error('no review, and no error saying why');
    return;
  }
  assertLocated(checkReview(parsed.review, MINI, parsed.yaml).diagnostics, FILE, text);
}

const validText = stringify(fc.sample(validReview, { numRuns: 1, seed: 42 })[0], { lineWidth: 0 });

/**
 * Damaged review files: random YAML, a valid review with hostile text in its fields, random
 * edits of a valid review and (rarely, as they are ten times longer) of the examples.
 */
const damagedReview = fc.oneof(
  { weight: 6, arbitrary: yamlishText },
  { weight: 6, arbitrary: hostileReview.map((r) => JSON.stringify(r)) },
  { weight: 6, arbitrary: editsOf(validText) },
  {
    weight: 1,
    arbitrary: fc.oneof(...EXAMPLES.map((name) => editsOf(readExample(name, 'review.yaml')))),
  },
);

describe('parseReview and checkReview, property tests', () => {
  it('the sample valid review and the examples load without an error', () => {
    const [sample] = fc.sample(validReview, { numRuns: 1, seed: 42 });
    expect(sample).toBeDefined();
    if (sample) expect(() => roundTrips(sample)).not.toThrow();
    for (const name of EXAMPLES) {
      const parsed = parseReview(readExample(name, 'review.yaml'), FILE);
      expect(parsed.diagnostics).toEqual([]);
    }
  });

  it('valid reviews round-trip and score cleanly; damaged ones give located diagnostics, never an exception', () => {
    const input = fc.oneof(
      validReview.map((review) => ({ review })),
      damagedReview.map((text) => ({ text })),
    );
    fc.assert(
      fc.property(input, (c) => ('review' in c ? roundTrips(c.review) : loadsOrExplains(c.text))),
      { numRuns: RUNS },
    );
  }, 120_000);
});
