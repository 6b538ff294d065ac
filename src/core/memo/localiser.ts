import type { ParsedFramework } from '../framework/parse-framework.js';
import { localiseFramework } from '../framework/localise.js';
import type { Language } from '../i18n/language.js';
import type { MemoLocaliser } from './decision-memo.js';
import type { ReferenceLabels } from './memo-view.js';
import { referenceLabels } from './reference-labels.js';

/**
 * The installed frameworks in another language, each with the strings files loaded beside it:
 * a memo's framework and its alignment labels. Labels are built once per language.
 */
export function memoLocaliser(installed: readonly ParsedFramework[]): MemoLocaliser {
  const translations = new Map(
    installed.flatMap((p) => (p.framework ? [[p.framework, p.translations] as const] : [])),
  );
  const framework = (f: Parameters<MemoLocaliser['framework']>[0], language: Language) =>
    localiseFramework(f, translations.get(f), language);
  const labels = new Map<Language, ReferenceLabels>();
  return {
    framework,
    references: (language) => {
      let found = labels.get(language);
      if (!found) {
        found = referenceLabels([...translations.keys()].map((f) => framework(f, language)));
        labels.set(language, found);
      }
      return found;
    },
  };
}
