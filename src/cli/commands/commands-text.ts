// What the commands refuse with and print that is not in their own `*-text.ts` tables, in
// English; commands-text.es.ts in Spanish. `sayIn` gives a printed line in the run's language.
import type { Language } from '../../core/i18n/language.js';
import type { Said } from '../../core/i18n/said.js';
import { COMMANDS_TEXT_ES } from './commands-text.es.js';

/** `1 warning`, `2 warnings`. */
function warnings(n: number): string {
  return `${n} ${n === 1 ? 'warning' : 'warnings'}`;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[], last: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

export const COMMANDS_TEXT = {
  'commands.nothing-to-validate-config': (p: { config: string; folders: readonly string[] }) => ({
    message: `nothing to validate: ${p.config} names ${listed(p.folders, 'and')}, and ${p.folders.length === 1 ? 'it does not exist' : 'none of them exists'}.`,
  }),
  'commands.nothing-to-validate': (p: { configFile: string; folders: readonly string[] }) => ({
    message: `nothing to validate: there is no ${p.configFile} here or in a folder above, and no ${listed(p.folders, 'or')} folder.`,
  }),
  'commands.max-warnings': (p: { warnings: number; max: string }) => ({
    message: `${warnings(p.warnings)}, more than --max-warnings ${p.max} allows.`,
  }),
  'commands.broken-frameworks': (p: { count: number }) => ({
    message: `${p.count} ${p.count === 1 ? 'framework file' : 'framework files'} could not be loaded; run \`vatl validate\` on them:`,
  }),
  'commands.render-differs': (p: { memo: string; review: string }) => ({
    message: `${p.memo} differs from what ${p.review} renders; it was left as it is.`,
    hint: 'Use --force to replace it (hand edits in it will be lost).',
  }),
  'commands.render-up-to-date': (p: { memo: string }) => ({ message: `${p.memo} is up to date.` }),
  'commands.render-wrote': (p: { memo: string }) => ({ message: `Wrote ${p.memo}` }),
};

type Key = keyof typeof COMMANDS_TEXT;

/** A command's line in the language: the message and hint of `key`. */
export function sayIn<K extends Key>(
  language: Language,
  key: K,
  params: Parameters<(typeof COMMANDS_TEXT)[K]>[0],
): Said {
  const table = language === 'es' ? COMMANDS_TEXT_ES : COMMANDS_TEXT;
  return (table[key] as (p: typeof params) => Said)(params);
}
