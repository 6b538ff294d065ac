import type { Language } from '../../core/i18n/language.js';
import { UPGRADE_TEXT_ES } from './upgrade-text.es.js';

/** What `vatl upgrade` prints: English here, Spanish beside it. */
export interface UpgradeText {
  stamped(file: string, version: string, dryRun: boolean, count: number): string;
  alreadyOn(file: string, version: string): string;
  upgraded(file: string, from: string, to: string, dryRun: boolean, carried: number): string;
  changed(ids: string): string;
  removed(ids: string): string;
  added(ids: string): string;
  answerThen(file: string): string;
  thenRender(file: string): string;
}

const answers = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;

export const UPGRADE_TEXT_EN: UpgradeText = {
  stamped: (file, version, dryRun, count) =>
    `${file} is on ${version}; ${dryRun ? 'would record' : 'recorded'} the fingerprints of ${answers(count)}.`,
  alreadyOn: (file, version) => `${file} is already on ${version}.`,
  upgraded: (file, from, to, dryRun, carried) =>
    `${dryRun ? 'Would upgrade' : 'Upgraded'} ${file} from ${from} to ${to}: ${answers(carried)} carried over.`,
  changed: (ids) =>
    `  Changed since they were answered (answer again; the old answers are under previousAnswers): ${ids}`,
  removed: (ids) => `  No longer asked (kept under previousAnswers): ${ids}`,
  added: (ids) => `  New, to answer: ${ids}`,
  answerThen: (file) => `  Answer them in ${file}, then: vatl render --force ${file}`,
  thenRender: (file) => `  Then re-render the memo: vatl render --force ${file}`,
};

export const UPGRADE_TEXT: Readonly<Record<Language, UpgradeText>> = {
  en: UPGRADE_TEXT_EN,
  es: UPGRADE_TEXT_ES,
};
