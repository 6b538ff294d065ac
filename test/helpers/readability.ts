/**
 * Word count and Flesch-Kincaid grade level of a Markdown page, for the family summary's
 * readability bound. FK grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 *
 * Markdown is read as a reader sees it: heading marks, list bullets, emphasis, backslash
 * escapes and character references go; a heading, a list item or a paragraph ends a sentence
 * even without a full stop. A word is a run of letters or digits (`don't`, `2027`, `e-mail` is
 * two). Syllables are estimated (see `syllables`), as every readability tool does.
 */
const ABBREVIATIONS = /\b(Dr|Mr|Mrs|Ms|Inc|Ltd|Co|St|vs|etc|e\.g|i\.e)\.(?=\s)/g;

/** The text a reader sees: one unit (heading, item, paragraph line) per line, marks removed. */
export function plainText(markdown: string): string[] {
  return markdown
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(#+|[-*+]|\d+[.)])\s+/, '')
        .replace(/\\(.)/g, '$1')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** The words of a page. */
export function words(markdown: string): string[] {
  return plainText(markdown).flatMap(
    (line) => line.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [],
  );
}

/** Sentences: a `.`, `!` or `?` before a space or the end of a unit, or the unit's end. */
export function sentenceCount(markdown: string): number {
  return plainText(markdown)
    .map((line) => line.replace(ABBREVIATIONS, '$1'))
    .reduce((n, line) => {
      const stops = (line.match(/[.!?]+(?=\s|$)/g) ?? []).length;
      // A unit that does not end in a stop (a heading, an item) is a sentence of its own.
      return n + stops + (/[.!?]$/.test(line) ? 0 : 1);
    }, 0);
}

/**
 * Syllables of one word, estimated: vowel groups (y counts as a vowel), less a silent final
 * `e` (`make`, but not `table`), a silent `-es`/`-ed` (`shapes`, `asked`), at least one.
 * A number counts one syllable per digit.
 */
export function syllables(word: string): number {
  if (/^\d+$/.test(word)) return word.length;
  const w = word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^tdaeiouy]ed|[^laeiouy]e)$/, (m) => m[0] ?? '')
    .replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]+/g) ?? []).length);
}

/** The Flesch-Kincaid grade level of a page. */
export function fleschKincaidGrade(markdown: string): number {
  const list = words(markdown);
  if (list.length === 0) return 0;
  const syl = list.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (list.length / sentenceCount(markdown)) + 11.8 * (syl / list.length) - 15.59;
}
