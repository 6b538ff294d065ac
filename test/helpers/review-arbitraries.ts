import fc from 'fast-check';
import type { Framework } from '../../src/core/framework/types.js';
import type { Review } from '../../src/core/review/types.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { validFramework } from './framework.js';
import { hostileText } from './property.js';

/**
 * Arbitraries for reviews of the helper's mini framework (test/helpers/framework.ts): valid ones,
 * whose every rule passes, and ones with hostile text in every free-text field.
 */

export const MINI: Framework = validFramework();

/**
 * Text a person types: letters of several scripts, digits, spaces, punctuation and every
 * character Markdown, YAML or Handlebars give a meaning to. No control or bidi characters.
 */
const TYPED = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789  ') },
  { weight: 3, arbitrary: fc.constantFrom(...'#|*_`~<>[](){}!&\\/-+=.:;,\'"?%@$^') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('é', 'ß', 'Ж', 'ع', '中', '\u{1f600}', '—', '…', '\u00a0'),
  },
  { weight: 1, arbitrary: fc.constantFrom('{{', '}}', '://', 'www.', '&amp;', '1. ', '- ', ' #') },
);

/** One line of typed text: what a title, a name or a role holds. */
export const typedLine = fc
  .array(TYPED, { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join('').trim())
  .filter((s) => s !== '');

/** Typed text over several lines and paragraphs: what a note, a summary or a rationale holds. */
export const typedParagraphs = fc
  .array(fc.tuple(typedLine, fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 2 })
  .map((parts) =>
    parts
      .map(([line, sep]) => line + sep)
      .join('')
      .trim(),
  );

const date = fc
  .record({
    y: fc.integer({ min: 2000, max: 2090 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A date on or after `from` (both YYYY-MM-DD). */
function laterDate(from: string, days: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function answerOf(value: fc.Arbitrary<string | number>) {
  return fc.record(
    {
      value,
      note: typedParagraphs,
      evidence: fc.oneof(typedParagraphs, fc.array(typedLine, { minLength: 1, maxLength: 2 })),
    },
    { requiredKeys: ['value'] },
  );
}

/** A reason that says why (`notApplicableReasonProblem` refuses placeholders and short text). */
const notApplicable = typedLine.map((why) => ({ notApplicable: `staff-only tool: ${why}` }));

/** Every question of the mini framework answered, with the values its kinds accept. */
const answers = fc.record({
  'q-scale': fc.oneof(answerOf(fc.integer({ min: 1, max: 3 })), notApplicable),
  'q-yes-no': answerOf(fc.constantFrom('yes', 'no')),
  'q-choice': fc.oneof(answerOf(fc.constantFrom('none', 'all')), notApplicable),
  'q-better': fc.oneof(answerOf(fc.integer({ min: 1, max: 3 })), notApplicable),
  'q-text': answerOf(typedParagraphs),
});

/**
 * A review of the mini framework that passes the schema and every rule: every question answered,
 * dates in order, and a decision that takes the suggested outcome (so no gate blocks it).
 */
export const validReview: fc.Arbitrary<Review> = fc
  .record({
    title: typedLine,
    date: date,
    proposal: fc.record(
      {
        name: typedLine,
        summary: typedParagraphs,
        'student-data': fc.constantFrom('yes', 'no'),
        category: fc.constantFrom('assessment', 'other'),
        users: fc.subarray(['students', 'teachers'], { minLength: 1 }),
      },
      { requiredKeys: ['name', 'student-data', 'category', 'users'] },
    ),
    structure: fc.constantFrom('user-centered', 'co-designed', 'user-created'),
    members: fc.array(fc.record({ name: typedLine, role: typedLine }), {
      minLength: 1,
      maxLength: 2,
    }),
    consulted: fc.array(
      fc.record({ group: typedLine, how: typedParagraphs }, { requiredKeys: ['group'] }),
      { maxLength: 1 },
    ),
    answers,
    decision: fc.option(
      fc.record({
        rationale: fc.option(typedParagraphs, { nil: undefined }),
        reviewIn: fc.integer({ min: 0, max: 900 }),
        conditions: fc.array(
          fc.record({ text: typedParagraphs, owner: typedLine, dueIn: fc.nat({ max: 400 }) }),
          { maxLength: 1 },
        ),
        signoff: fc.array(
          fc.record({ name: typedLine, role: typedLine, signedIn: fc.option(fc.nat({ max: 30 })) }),
          { maxLength: 1 },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    // Students, teachers and families consulted, so the nudge for student-facing tools is quiet.
    const voices = r.proposal.users.includes('students')
      ? [{ group: 'Students' }, { group: 'Teachers' }, { group: 'Families' }]
      : [];
    const review: Review = {
      title: r.title,
      framework: `${MINI.id}@${MINI.version}`,
      date: r.date,
      proposal: r.proposal,
      team: {
        structure: r.structure as Review['team']['structure'],
        members: r.members,
        consulted: [...r.consulted, ...voices],
      },
      answers: r.answers,
    };
    if (r.decision) {
      const d = r.decision;
      review.decision = {
        outcome: scoreReview(MINI, review).suggested,
        ...(d.rationale ? { rationale: d.rationale } : {}),
        reviewBy: laterDate(r.date, d.reviewIn),
        conditions: d.conditions.map((c) => ({
          text: c.text,
          owner: c.owner,
          due: laterDate(r.date, c.dueIn),
        })),
        signoff: d.signoff.map((s) => ({
          name: s.name,
          role: s.role,
          ...(s.signedIn === null ? {} : { date: laterDate(r.date, s.signedIn) }),
        })),
      };
    }
    return review;
  });

/** Every string in a plain-data value replaced, one by one, through `replace`. */
function mapStrings(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)]));
  return value;
}

/**
 * A valid review with hostile text (controls, bidi, YAML and Markdown syntax, prototype names)
 * spliced into its strings. The schema or the rules may refuse it; nothing may throw.
 */
export const hostileReview: fc.Arbitrary<unknown> = fc
  .tuple(validReview, fc.array(hostileText, { minLength: 1, maxLength: 8 }), fc.nat())
  .map(([review, pieces, seed]) => {
    let n = seed;
    return mapStrings(review, (s) => {
      n++;
      const piece = pieces[n % pieces.length] ?? '';
      return n % 3 === 0 ? s : n % 3 === 1 ? `${s}${piece}` : piece;
    });
  });
