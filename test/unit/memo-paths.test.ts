// Memo and family-summary names in each language, and the review each is rendered from.
import { describe, expect, it } from 'vitest';
import {
  familyPathFor,
  isFamilyPath,
  languageOfMemoPath,
  memoPathFor,
  reviewPathsFor,
} from '../../src/io/decision-files.js';

describe('memo file names by language', () => {
  it.each([
    ['decisions/0007-x.md', 'en', false, 'decisions/0007-x.review.yaml'],
    ['decisions/0007-x.es.md', 'es', false, 'decisions/0007-x.review.yaml'],
    ['decisions/0007-x.family.md', 'en', true, 'decisions/0007-x.review.yaml'],
    ['decisions/0007-x.family.es.md', 'es', true, 'decisions/0007-x.review.yaml'],
    ['examples/lms/memo.es.md', 'es', false, 'examples/lms/review.yaml'],
    ['examples/lms/memo.family.es.md', 'es', true, 'examples/lms/review.yaml'],
  ])('%s is in %s (family: %s), rendered from %s', (memo, language, family, review) => {
    expect(languageOfMemoPath(memo)).toBe(language);
    expect(isFamilyPath(memo)).toBe(family);
    expect(reviewPathsFor(memo)).toContain(review);
  });

  it('maps a review to its files and back', () => {
    const review = 'decisions/0007-x.review.yaml';
    for (const language of ['en', 'es'] as const)
      for (const path of [memoPathFor(review, language), familyPathFor(review, language)]) {
        expect(reviewPathsFor(path)[0]).toBe(review);
        expect(languageOfMemoPath(path)).toBe(language);
      }
  });

  it('does not take a name that only looks like a language for one', () => {
    expect(languageOfMemoPath('decisions/0007-notes.fr.md')).toBe('en');
    expect(reviewPathsFor('decisions/0007-notes.fr.md')[0]).toBe(
      'decisions/0007-notes.fr.review.yaml',
    );
  });
});
