/**
 * Diagnostics and errors in the reader's language. Rules and loaders say their messages in
 * English from typed text tables (`say`, in said.ts) and keep the key and parameters on the
 * diagnostic; the printers say them again with a `Speaker` made from every table (cli/speak.ts)
 * in the language the run resolved. English gives the diagnostic itself, untouched, so English
 * output is exactly what the rule said.
 */
import { CATALOGUE } from '../catalogue/index.js';
import type { DiagnosticCode } from '../catalogue/index.js';
import { CATALOGUE_ES } from '../catalogue/language.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Language } from './language.js';
import type { Said, TextRef, TextTable } from './said.js';

/** One area's table in English and its translation (typed by `Translation<typeof en>`). */
export interface TextTablePair {
  area: string;
  en: TextTable;
  es: TextTable;
}

export interface Speaker {
  /** The message and hint of `code` in the language (the same `said` in English). */
  wordsIn(language: Language, code: DiagnosticCode, said: Said, text: TextRef | undefined): Said;
  /** The diagnostic with its message and hint in the language (itself, in English). */
  inLanguage(d: Diagnostic, language: Language): Diagnostic;
  /** Every key, for tests: each table's keys must be unique across tables. */
  keys: readonly string[];
}

type Saying = (params: TextRef['params']) => Said;

/**
 * A speaker over the tables. A message is said again from its `text`; a hint that is its code's
 * default hint in the catalogue is given in the language's catalogue. Text with no table in
 * the language stays as it was said.
 */
export function speaker(tables: readonly TextTablePair[]): Speaker {
  const spanish = new Map<string, Saying>();
  const keys: string[] = [];
  for (const { en, es } of tables) {
    keys.push(...Object.keys(en));
    for (const [key, saying] of Object.entries(es)) spanish.set(key, saying as Saying);
  }
  const wordsIn: Speaker['wordsIn'] = (language, code, said, text) => {
    if (language === 'en') return said;
    const again = text ? spanish.get(text.key)?.(text.params) : undefined;
    const message = again?.message ?? said.message;
    const english = CATALOGUE[code] as { hint?: string };
    const hint =
      said.hint === undefined
        ? undefined
        : said.hint === english.hint
          ? (CATALOGUE_ES[code].hint ?? said.hint)
          : (again?.hint ?? said.hint);
    return { message, ...(hint ? { hint } : {}) };
  };
  return {
    wordsIn,
    inLanguage(d, language) {
      if (language === 'en') return d;
      const { hint: _hint, ...rest } = d;
      return { ...rest, ...wordsIn(language, d.code, d, d.text) };
    },
    keys,
  };
}
