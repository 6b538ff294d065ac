import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDecisionMemo } from '../../../src/core/memo/decision-memo.js';
import type { MemoSetting } from '../../../src/core/memo/decision-memo.js';
import { referenceLabels } from '../../../src/core/memo/reference-labels.js';
import { buildMemoView } from '../../../src/core/memo/view-model.js';
import type { Review } from '../../../src/core/review/types.js';
import { scoreReview } from '../../../src/core/scoring/score-review.js';
import { builtInTemplates } from '../../helpers/memo-templates.js';
import { BIDI, CONTROL, RUNS } from '../../helpers/property.js';
import { MINI, validReview } from '../../helpers/review-arbitraries.js';
import { brokenTableRows, markdownProblems, splitMemo } from '../../helpers/reviews.js';

const SETTING: MemoSetting = {
  references: referenceLabels([MINI]),
  templates: builtInTemplates(),
  today: '2026-01-01',
};

// Any valid review, whatever its title ends with (` #`, `a#`, `.`) and whatever its notes hold
// (`_www.a`): the escaping keeps the memo lint-clean.
const reviewToRender = validReview;

function evaluated(review: Review) {
  return { review, framework: MINI, report: scoreReview(MINI, review) };
}

/** Every string in a plain-data value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** A raw control (newline aside) or bidi character in `text`, named, or undefined. */
function rawCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text) ?? BIDI.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')}` : undefined;
}

/** What is wrong with a rendered memo (markdownlint aside), or undefined. */
function memoProblem(memo: string): string | undefined {
  const raw = rawCharacter(memo);
  if (raw) return `the memo holds a raw ${raw}`;
  if (!memo.endsWith('\n') || memo.endsWith('\n\n')) return 'the memo does not end in one newline';
  const broken = brokenTableRows(memo);
  if (broken.length > 0) return `table rows with the wrong number of cells: ${broken.join('; ')}`;
  const closed = memo.split('\n').find((line) => /^#{1,6} .*\s#+$/.test(line));
  if (closed) return `a heading that Markdown reads as closed, losing its #: ${closed}`;
  splitMemo(memo);
  return undefined;
}

describe('the decision memo, property tests', () => {
  // The view is where every piece of user text is escaped; rendering it through Handlebars
  // costs ~10 ms a memo (the templates are compiled each time), so the view gets the ten
  // thousand cases and the rendered memo a sample.
  it('the memo view of any valid review holds no raw control or bidi character', () => {
    fc.assert(
      fc.property(reviewToRender, (review) => {
        const input = { ...evaluated(review), references: SETTING.references, date: '2026-01-01' };
        const view = buildMemoView(input);
        if (JSON.stringify(view) !== JSON.stringify(buildMemoView(input)))
          throw new Error('the same review gave two different views');
        for (const [path, text] of strings(view)) {
          const raw = rawCharacter(text);
          if (raw) throw new Error(`the view's ${path} holds a raw ${raw}`);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('any valid review renders to the same memo twice, which passes markdownlint (the memo tests’ rules)', async () => {
    await fc.assert(
      fc.asyncProperty(reviewToRender, async (review) => {
        const memo = renderDecisionMemo(evaluated(review), SETTING);
        expect(renderDecisionMemo(evaluated(review), SETTING)).toBe(memo);
        expect(memoProblem(memo)).toBeUndefined();
        expect(await markdownProblems(memo)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
