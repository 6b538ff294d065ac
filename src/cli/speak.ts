/**
 * Every text table a diagnostic or error can be said from, English and Spanish, and the
 * speaker the printers use to say them in the run's language (core/i18n/diagnostic-language.ts).
 * A new `<area>-text.ts` is listed here.
 */
import { speaker } from '../core/i18n/diagnostic-language.js';
import type { TextTablePair } from '../core/i18n/diagnostic-language.js';
import { FAULT_TEXT } from '../io/file-fault-text.js';
import { FAULT_TEXT_ES } from '../io/file-fault-text.es.js';

export const TEXT_TABLES: readonly TextTablePair[] = [
  { area: 'io/file-fault', en: FAULT_TEXT, es: FAULT_TEXT_ES },
];

export const { inLanguage, wordsIn, keys: TEXT_KEYS } = speaker(TEXT_TABLES);
