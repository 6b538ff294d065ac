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
  return (
    markdown
      // Front matter (`language: es`) is for tools, not read on the page.
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
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
      .filter((line) => line !== '')
  );
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

/**
 * Spanish has no Flesch-Kincaid: its grade level is Crawford's (1984) formula, and its
 * syllables are counted by Spanish rules. Words and sentences are read as above.
 */
const STRONG = new Set([...'aeoáéóíú']);
const VOWELS = /[aeiouáéíóúü]/;

/**
 * Syllables of one Spanish word: one per vowel nucleus. Two strong vowels next to each other
 * (`a`, `e`, `o`, or an accented `í`/`ú`) are two syllables (`le·er`, `pa·ís`); a weak vowel
 * (`i`, `u`, `ü`) beside another vowel joins it (`ciu·dad`, `bue·no`). A final `y` after a vowel
 * is part of it (`hoy`, `muy`); a `y` between consonants or alone is a vowel (`y`). A `u`
 * after `q`, or after `g` before `e`/`i`, is silent (`que`, `guerra`). A number counts one
 * syllable per digit, as above.
 */
export function spanishSyllables(word: string): number {
  if (/^\d+$/.test(word)) return word.length;
  const w = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/qu(?=[eiéí])/g, 'q')
    .replace(/gu(?=[eiéí])/g, 'g')
    // `y` is a vowel when no vowel is beside it; beside one it is a consonant or a glide.
    .replace(/y/g, (_m, at: number, s: string) =>
      VOWELS.test(s[at - 1] ?? '') || VOWELS.test(s[at + 1] ?? '') ? 'ʝ' : 'i',
    );
  let count = 0;
  let previous = '';
  for (const ch of w) {
    if (!VOWELS.test(ch)) {
      previous = '';
      continue;
    }
    // A new nucleus: the first vowel of a group, or a strong vowel after a strong one.
    if (previous === '' || (STRONG.has(previous) && STRONG.has(ch))) count++;
    previous = ch;
  }
  return Math.max(1, count);
}

/**
 * The Crawford (1984) grade level of a Spanish page: grade = −0.205 × sentences per 100 words
 * + 0.049 × syllables per 100 words − 3.407 (A. N. Crawford, "A Spanish language Fry-type
 * readability procedure: elementary level", 1984). It is built on primary-school texts.
 */
export function crawfordGrade(markdown: string): number {
  const list = words(markdown);
  if (list.length === 0) return 0;
  const syl = list.reduce((n, w) => n + spanishSyllables(w), 0);
  const per100 = 100 / list.length;
  return -0.205 * sentenceCount(markdown) * per100 + 0.049 * syl * per100 - 3.407;
}
