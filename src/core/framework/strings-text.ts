// The messages and hints of the strings-file checks (strings-rules.ts), in English;
// strings-text.es.ts says them in Spanish. Parameters are plain data: ids, keys, languages.
import type { Said } from '../i18n/said.js';
import { didYouMeanText } from './framework-text.js';

/** What a map of a strings file is keyed by. */
export type KeyedWhat =
  | 'scale value'
  | 'concept'
  | 'intake question'
  | 'intake check'
  | 'question'
  | 'gate'
  | 'warning'
  | 'participation rule (by position)'
  | 'outcome'
  | 'axis'
  | 'row item'
  | 'column item'
  | 'choice'
  | 'level';

/** Whose map it is: the framework's (`Framework \`vatl\``), or a question's or intake question's. */
export type MapOwner = { framework: string; owner?: 'question' | 'intake'; ownerId?: string };

function ownerText(p: MapOwner): string {
  return p.owner === 'intake'
    ? `Intake question \`${p.ownerId}\``
    : p.owner === 'question'
      ? `Question \`${p.ownerId}\``
      : `Framework \`${p.framework}\``;
}

/** At most eight of the keys, so a long list does not flood the hint. */
export function keyList(keys: readonly string[]): string {
  return keys.length > 8 ? `${keys.slice(0, 8).join(', ')}, …` : keys.join(', ');
}

export const STRINGS_TEXT = {
  'strings.beside-other': (p: { beside: string; says: string }) => ({
    message: `The file is beside framework \`${p.beside}\`, but says it is for \`${p.says}\`.`,
    hint: `Set \`strings: ${p.beside}\`.`,
  }),
  'strings.no-framework': (p: {
    id: string;
    suggestion?: string;
    installed: readonly string[];
  }) => ({
    message: `There is no framework \`${p.id}\` for these strings.`,
    hint: `${didYouMeanText(p.suggestion)}Installed: ${p.installed.join(', ')}.`,
  }),
  'strings.language-mismatch': (p: { named: string; says: string }) => ({
    message: `The file's name says its language is \`${p.named}\`, but it says \`language: ${p.says}\`.`,
    hint: `Set \`language: ${p.named}\`, or rename the file.`,
  }),
  'strings.base-language': (p: { framework: string; language: string }) => ({
    message: `Framework \`${p.framework}\` is written in \`${p.language}\` already: these strings would never be used.`,
  }),
  'strings.version': (p: { framework: string; written: string; version: string }) => ({
    message: `These strings were written for ${p.framework} ${p.written}; the framework is ${p.version}.`,
  }),
  'strings.no-source': (p: { framework: string }) => ({
    message: `Framework \`${p.framework}\` has no \`source\`, so \`source.note\` has nothing to translate.`,
  }),
  'strings.nothing-to-translate': (p: MapOwner & { what: KeyedWhat; key: string }) => ({
    message: `${ownerText(p)} has no ${p.what}s: \`${p.key}\` has nothing to translate.`,
  }),
  'strings.unknown-key': (
    p: MapOwner & { what: KeyedWhat; key: string; suggestion?: string; known: readonly string[] },
  ): Said => ({
    message: `${ownerText(p)} has no ${p.what} \`${p.key}\`.`,
    hint: `${didYouMeanText(p.suggestion)}Known: ${keyList(p.known)}.`,
  }),
  'strings.missing-string': (p: { path: string }) => ({
    message: `\`${p.path}\` is not given in this language: the base language's string is shown.`,
  }),
};
