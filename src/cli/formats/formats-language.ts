import type { Language } from '../../core/i18n/language.js';
import { FORMATS_TEXT } from './formats-text.js';
import type { FormatsText } from './formats-text.js';
import { FORMATS_TEXT_ES } from './formats-text.es.js';

/** The words of the output formats in the language. */
export function formatsText(language: Language | undefined): FormatsText {
  return language === 'es' ? FORMATS_TEXT_ES : FORMATS_TEXT;
}
