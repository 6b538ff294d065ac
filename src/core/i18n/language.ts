/**
 * The languages vatl speaks. English is the base language: a framework's own strings are in it
 * unless the framework says otherwise, and any text missing in another language falls back to it.
 *
 * Every piece of vatl's own text that a language changes lives in a table typed by an
 * interface beside the code that prints it (`<area>-text.ts` with the English, and
 * `<area>-text.es.ts` with the Spanish), picked with `pick(TABLE, language)`. A table missing a
 * string in one language fails the type-check, so nothing falls back to English by accident.
 */
export const LANGUAGES = ['en', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language vatl writes in when neither `--lang` nor the config's `language:` says. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in that language, for help and messages. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'español' };

/** The BCP 47 tag for `Intl` (dates, numbers, plural rules). */
export const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `--lang` wins over the config's `language:`, which wins over English. */
export function resolveLanguage(
  flag: Language | undefined,
  configured: Language | undefined,
): Language {
  return flag ?? configured ?? DEFAULT_LANGUAGE;
}

/** A table's entry for the language. */
export function pick<T>(table: Readonly<Record<Language, T>>, language: Language): T {
  return table[language];
}
