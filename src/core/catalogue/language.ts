/**
 * The catalogue's titles and default hints in each language. English is the catalogue itself;
 * each other language has one `<namespace>.es.ts` per namespace, typed so that a code without
 * a title (or, where English has a hint, without a hint) does not compile.
 */
import type { Language } from '../i18n/language.js';
import { CATALOGUE } from './index.js';
import type { DiagnosticCode } from './index.js';
import { COMPARE_CODES_ES } from './compare.es.js';
import { CONFIG_CODES_ES } from './config.es.js';
import { FILE_CODES_ES } from './file.es.js';
import { FRAMEWORK_CODES_ES } from './framework.es.js';
import { IO_CODES_ES } from './io.es.js';
import { MEMO_CODES_ES } from './memo.es.js';
import { MERGE_CODES_ES } from './merge.es.js';
import { REVIEW_CODES_ES } from './review.es.js';
import { TEMPLATE_CODES_ES } from './template.es.js';
import { YAML_CODES_ES } from './yaml.es.js';

interface EntryWords {
  title: string;
  hint?: string;
}

/** Every code's title and hint in Spanish. */
export const CATALOGUE_ES: Readonly<Record<DiagnosticCode, EntryWords>> = {
  ...COMPARE_CODES_ES,
  ...CONFIG_CODES_ES,
  ...FILE_CODES_ES,
  ...FRAMEWORK_CODES_ES,
  ...IO_CODES_ES,
  ...MEMO_CODES_ES,
  ...MERGE_CODES_ES,
  ...REVIEW_CODES_ES,
  ...TEMPLATE_CODES_ES,
  ...YAML_CODES_ES,
};

/** A code's title and default hint in the language. */
export function entryWords(code: DiagnosticCode, language: Language): EntryWords {
  return language === 'es' ? CATALOGUE_ES[code] : CATALOGUE[code];
}
