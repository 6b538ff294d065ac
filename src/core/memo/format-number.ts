// Numbers as a reader of the memo expects them: grouped for the memo's language. One function,
// so that another language only names its locale here.

/** The locales vatl writes in, and the Intl locale each formats numbers with. */
const NUMBER_LOCALES: Readonly<Record<string, string>> = { en: 'en-US' };

/**
 * A number as the memo prints it: `38,400`, `2.5`, `-1,200` in English. An unknown language
 * falls back to English.
 *
 * @param locale - the memo's language (`en` by default)
 */
export function formatNumber(value: number, locale = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  const intl = NUMBER_LOCALES[locale] ?? 'en-US';
  return new Intl.NumberFormat(intl, { maximumFractionDigits: 20 }).format(value);
}
