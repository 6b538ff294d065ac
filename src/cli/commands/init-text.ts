import type { Language } from '../../core/i18n/language.js';
import { INIT_TEXT_ES } from './init-text.es.js';

/** What `vatl init` prints (the files it writes: init-files-text.ts): English here, Spanish beside it. */
export interface InitText {
  created: string;
  updated: string;
  kept: string;
  alreadyIgnores: string;
  existsForceReplaces: string;
  notJson: string;
  pinsAlready(version: string): string;
  pinsOther(pinned: string, version: string): string;
  setUp: string;
  next(version: string, decisions: string): string[];
  leftAsItWas(n: number): string;
}

export const INIT_TEXT_EN: InitText = {
  created: 'created',
  updated: 'updated',
  kept: 'kept',
  alreadyIgnores: 'already ignores drafts',
  existsForceReplaces: 'exists; --force replaces it',
  notJson: 'not valid JSON: add vatl to devDependencies yourself',
  pinsAlready: (version) => `pins vatl ${version} already`,
  pinsOther: (pinned, version) => `pins vatl ${pinned}; --force sets ${version}`,
  setUp: 'Set up a vatl decisions repository here:',
  next: (version, decisions) => [
    'Next:',
    `  npm install         installs vatl ${version} and writes package-lock.json: commit it,`,
    '                      the workflows run npm ci, so CI uses exactly that version',
    `  npx vatl review     your first decision (then git add ${decisions} && git commit)`,
    '',
  ],
  leftAsItWas: (n) =>
    n === 1
      ? '1 existing file was left as it was.\n'
      : `${n} existing files were left as they were.\n`,
};

export const INIT_TEXT: Readonly<Record<Language, InitText>> = {
  en: INIT_TEXT_EN,
  es: INIT_TEXT_ES,
};
