import { describe, expect, it } from 'vitest';
import {
  crawfordGrade,
  fleschKincaidGrade,
  sentenceCount,
  spanishSyllables,
  syllables,
  words,
} from '../helpers/readability.js';

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

describe('Spanish readability (Crawford 1984) in test/helpers/readability.ts', () => {
  it.each([
    ['casa', 2],
    ['murciélago', 4],
    ['país', 2],
    ['río', 2],
    ['leer', 2],
    ['poeta', 3],
    ['aéreo', 4],
    ['ciudad', 2],
    ['bueno', 2],
    ['hoy', 1],
    ['muy', 1],
    ['buey', 1],
    ['y', 1],
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3],
    ['estudiantes', 4],
    ['inteligencia', 5],
    ['privacidad', 4],
    ['2027', 4],
  ])('counts %s as %i syllables', (word, n) => {
    expect(spanishSyllables(word)).toBe(n);
  });

  it('is −0.205 × sentences per 100 words + 0.049 × syllables per 100 words − 3.407', () => {
    // Mi·ca·sa·es·bo·ni·ta·y·gran·de (10 syllables), La·me·sa·es·ro·ja (6): 10 words, 2
    // sentences and 16 syllables, so 20 sentences and 160 syllables per 100 words.
    const tenWords = 'Mi casa es bonita y grande. La mesa es roja.';
    expect(words(tenWords)).toHaveLength(10);
    expect(sentenceCount(tenWords)).toBe(2);
    expect(words(tenWords).reduce((n, w) => n + spanishSyllables(w), 0)).toBe(16);
    expect(crawfordGrade(tenWords)).toBeCloseTo(-0.205 * 20 + 0.049 * 160 - 3.407, 10);
  });

  it('grades a children’s sentence low and an official one high', () => {
    const easy = 'El gato come. El perro bebe agua. La niña lee un libro. Su mamá la mira.';
    const hard =
      'La administración distrital evaluará exhaustivamente la interoperabilidad tecnológica, considerando obligaciones contractuales, requisitos regulatorios y consecuencias presupuestarias institucionales.';
    expect(crawfordGrade(easy)).toBeLessThan(2);
    expect(crawfordGrade(hard)).toBeGreaterThan(8);
    expect(crawfordGrade('')).toBe(0);
  });
});
