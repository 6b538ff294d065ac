import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, sentenceCount, syllables, words } from '../helpers/readability.js';

describe('the readability helper (test/helpers/readability.ts)', () => {
  it.each([
    ['cat', 1],
    ['make', 1],
    ['table', 2],
    ['shapes', 1],
    ['asked', 1],
    ['wanted', 2],
    ['family', 3],
    ['students', 2],
    ['privacy', 3],
    ['agreement', 3],
    ['beautiful', 3],
    ['decided', 3],
    ['school', 1],
    ['yes', 1],
    ['2027', 4],
  ])('counts %s as %i syllables', (word, n) => {
    expect(syllables(word)).toBe(n);
  });

  it('counts words and sentences as a reader sees them', () => {
    const page =
      '# What was decided\n\n- First, **do** this.\n- Then that\n\nDr. Lee said no. It is 2027!\n';
    expect(words(page)).toEqual([
      'What',
      'was',
      'decided',
      'First',
      'do',
      'this',
      'Then',
      'that',
      'Dr',
      'Lee',
      'said',
      'no',
      'It',
      'is',
      '2027',
    ]);
    // The heading, the two items, and two sentences (Dr. does not end one).
    expect(sentenceCount(page)).toBe(5);
  });

  it('grades known sentences', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59.
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
    // 13 words, 1 sentence. Spoken it has 26 syllables; the estimate hears 24 (Australian and
    // reptilian each lose their `i-an`), as vowel-group counters do: 0.39 × 13 + 11.8 × 24/13 − 15.59.
    expect(
      fleschKincaidGrade(
        'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
      ),
    ).toBeCloseTo(11.26, 2);
    expect(fleschKincaidGrade('')).toBe(0);
  });
});
