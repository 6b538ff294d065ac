/**
 * A framework in another language: its strings file (`<stem>.<language>.yaml` beside the
 * framework file) laid over the base file's strings, any string it lacks falling back to the base
 * language. Nothing that scores changes: ids, kinds, weights, whens and thresholds are the base
 * file's, and each question keeps the base question's fingerprint, so a review answered in one
 * language is the same review in the other.
 *
 * The format is frameworks/schema/framework-strings.schema.json.
 */
import type { VatlFrameworkStringsFile } from '../../generated/framework-strings-schema.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { inheritFingerprint } from '../review/fingerprint.js';
import { stringAt, stringSlots } from './string-slots.js';
import type { Framework } from './types.js';

/** A framework's strings in one language, as its strings file gives them. */
export type FrameworkStrings = VatlFrameworkStringsFile;

/** Strings files by language, as loaded beside a framework file. */
export type FrameworkTranslations = Partial<Record<Language, FrameworkStrings>>;

/** Localised frameworks already made, by base framework and language. */
const made = new WeakMap<
  Framework,
  Map<Language, { strings: FrameworkStrings; framework: Framework }>
>();

/**
 * The framework with its strings in `language`, or the framework itself when the language is
 * its own or it has no strings file for it. Pure; the same inputs give the same object.
 */
export function localiseFramework(
  framework: Framework,
  translations: FrameworkTranslations | undefined,
  language: Language,
): Framework {
  if (language === (framework.language ?? DEFAULT_LANGUAGE)) return framework;
  const strings = translations?.[language];
  if (!strings) return framework;
  let byLanguage = made.get(framework);
  if (!byLanguage) made.set(framework, (byLanguage = new Map()));
  const known = byLanguage.get(language);
  if (known?.strings === strings) return known.framework;
  const localised = overlay(framework, strings, language);
  byLanguage.set(language, { strings, framework: localised });
  return localised;
}

/** A copy of the framework with every string the file gives in place of the base one. */
function overlay(framework: Framework, strings: FrameworkStrings, language: Language): Framework {
  const copy = structuredClone(framework);
  copy.language = language;
  for (const slot of stringSlots(framework)) {
    const text = stringAt(strings, slot.strings);
    if (text === undefined) continue;
    let node = copy as unknown as Record<string | number, unknown>;
    const path = slot.framework;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {}; // `levels` a base question leaves out
      node = node[segment] as Record<string | number, unknown>;
    }
    node[path[path.length - 1] ?? ''] = text;
  }
  framework.questions.forEach((q, i) => {
    const localised = copy.questions[i];
    if (localised) inheritFingerprint(localised, q);
  });
  return copy;
}
