// Numbers as a reader of the memo expects them: grouped for the memo's language, with the
// language's Intl locale (LOCALES in core/i18n/language.ts).
import { LOCALES, isLanguage } from '../i18n/language.js';

/**
 * A number as the memo prints it: `38,400`, `2.5`, `-1,200` in English (`en-US`), and as
 * `es-US` writes it in Spanish. An unknown language falls back to English.
 *
 * @param language - the memo's language (`en` by default)
 */
export function formatNumber(value: number, language = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  const intl = isLanguage(language) ? LOCALES[language] : LOCALES.en;
  return new Intl.NumberFormat(intl, { maximumFractionDigits: 20 }).format(value);
}
