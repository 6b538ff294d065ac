import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  catalogueOf,
  checkCrossReferences,
  parseFramework,
} from '../../../src/core/framework/parse-framework.js';
import type { Framework } from '../../../src/core/framework/types.js';
import { scoreReview } from '../../../src/core/scoring/score-review.js';
import { FIXTURES } from '../../helpers/cli.js';
import { validFramework } from '../../helpers/framework.js';
import { mutatedFramework, retypedFramework } from '../../helpers/framework-arbitraries.js';
import {
  RUNS,
  assertLocated,
  assertNone,
  assertSameData,
  editsOf,
  yamlishText,
} from '../../helpers/property.js';

const FILE = 'frameworks/mini.yaml';
const CATALOGUE = catalogueOf([validFramework()]);
const MINIMAL = readFileSync(join(FIXTURES, 'frameworks', 'valid', 'minimal.yaml'), 'utf8');
const MINIMAL_DATA = parse(MINIMAL) as Framework;
const MINI_TEXT = stringify(validFramework(), { lineWidth: 0 });

/** A valid framework round-trips: it parses to the same data with no diagnostic. */
function roundTrips(framework: Framework): void {
  const parsed = parseFramework(stringify(framework, { lineWidth: 0 }), FILE);
  assertNone(parsed.diagnostics, 'a valid framework has diagnostics');
  assertSameData(parsed.framework, framework, 'a valid framework');
}

/**
 * Parses a framework file and, when it is usable, resolves its cross-references and scores an
 * unanswered review against it (what `vatl validate` and `vatl review` go on to do).
 */
function loadsOrExplains(text: string): void {
  const parsed = parseFramework(text, FILE);
  assertLocated(parsed.diagnostics, FILE, text);
  if (!parsed.framework) {
    if (!parsed.diagnostics.some((d) => d.severity === 'error'))
      throw new Error('no framework, and no error saying why');
    return;
  }
  assertLocated(checkCrossReferences(parsed, CATALOGUE), FILE, text);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return;
  scoreReview(parsed.framework, { proposal: {}, answers: {} });
}

/**
 * Damaged framework files: random YAML; the minimal fixture and the mini framework (which has
 * gates, warnings and intake) with values swapped for near misses or hostile text, written as
 * JSON (which is YAML, and cheap to write); random edits of their text. The mini framework is
 * three times longer, so it gets fewer cases.
 */
const damagedFramework = fc.oneof(
  { weight: 3, arbitrary: yamlishText },
  { weight: 4, arbitrary: mutatedFramework(MINIMAL_DATA).map((data) => JSON.stringify(data)) },
  { weight: 1, arbitrary: mutatedFramework(validFramework()).map((data) => JSON.stringify(data)) },
  { weight: 3, arbitrary: editsOf(MINIMAL) },
  { weight: 1, arbitrary: editsOf(MINI_TEXT) },
);

describe('parseFramework, property tests', () => {
  it('the mini framework and the minimal fixture load without a diagnostic', () => {
    expect(parseFramework(MINI_TEXT, FILE).diagnostics).toEqual([]);
    expect(parseFramework(MINIMAL, FILE).diagnostics).toEqual([]);
  });

  it('valid frameworks round-trip; damaged ones give located diagnostics, never an exception', () => {
    const input = fc.oneof(
      { weight: 3, arbitrary: retypedFramework(MINIMAL_DATA).map((framework) => ({ framework })) },
      {
        weight: 1,
        arbitrary: retypedFramework(validFramework()).map((framework) => ({ framework })),
      },
      { weight: 8, arbitrary: damagedFramework.map((text) => ({ text })) },
    );
    fc.assert(
      fc.property(input, (c) =>
        'framework' in c ? roundTrips(c.framework) : loadsOrExplains(c.text),
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
