import { LOCALES } from './language.js';
import type { Language } from './language.js';

/** A counted word's forms, by the language's plural category (`one`, `other`, …). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const RULES = new Map<Language, Intl.PluralRules>();

/** `n` and the form of the word its count takes in the language: `1 archivo`, `2 archivos`. */
export function counted(n: number, forms: PluralForms, language: Language): string {
  let rules = RULES.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language]);
    RULES.set(language, rules);
  }
  return `${n} ${forms[rules.select(n)] ?? forms.other}`;
}
