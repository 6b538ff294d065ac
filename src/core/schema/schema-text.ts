// The messages of schema errors, in English; schema-text.es.ts says them in Spanish. `path` is
// the dotted path of the value (`decision.outcome`, `answers[0]`), '' for the whole file.
import type { Said } from '../i18n/said.js';

type At = { path: string };

/** Friendly wording for patterns the schemas share, keyed by the pattern. */
export const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'an id of lower-case letters, digits and hyphens (e.g. `do-more`)',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'a semantic version such as `1.2.0`',
  '^https?://': 'a web address starting with http:// or https://',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'a date as YYYY-MM-DD',
  '^[a-z0-9][a-z0-9-]*@(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$':
    'a framework and its version, as id@version (e.g. `vatl@1.0.0`)',
  '^[0-9]{4,}-[a-z0-9][a-z0-9-]*$': 'an id as `<number>-<slug>` (e.g. `0007-ai-tutoring-chatbot`)',
};

const where = (p: At) => (p.path ? `\`${p.path}\`` : 'The file');

function article(types: readonly string[]): string {
  const word = (t: string) =>
    t === 'integer'
      ? 'a whole number'
      : t === 'object'
        ? 'a mapping'
        : t === 'array'
          ? 'a list'
          : t === 'null'
            ? 'null'
            : `a ${t}`;
  return types.map(word).join(' or ');
}

export const SCHEMA_TEXT = {
  'schema.required': (p: At & { name: string }) => ({
    message: `${where(p)} is missing the required property \`${p.name}\`.`,
  }),
  'schema.unknown-property': (
    p: At & { name: string; suggestion?: string; allowed?: readonly string[] },
  ): Said => ({
    message: `${p.path ? where(p) : 'The top level'} has an unknown property \`${p.name}\`.`,
    ...(p.suggestion
      ? { hint: `Did you mean \`${p.suggestion}\`?` }
      : p.allowed
        ? { hint: `Allowed: ${p.allowed.join(', ')}.` }
        : {}),
  }),
  'schema.enum': (p: At & { allowed: readonly string[]; suggestion?: string }): Said => ({
    message: `${where(p)} must be one of: ${p.allowed.join(', ')}.`,
    ...(p.suggestion ? { hint: `Did you mean \`${p.suggestion}\`?` } : {}),
  }),
  'schema.type': (p: At & { types: readonly string[] }) => ({
    message: `${where(p)} must be ${article(p.types)}.`,
  }),
  'schema.pattern': (p: At & { pattern: string; key?: string }) => {
    const words = PATTERN_WORDS[p.pattern] ?? `text matching ${p.pattern}`;
    return {
      message: p.key
        ? `The key \`${p.key}\` in ${where(p)} must be ${words}.`
        : `${where(p)} must be ${words}.`,
    };
  },
  'schema.min-items': (p: At & { limit: number }) => ({
    message: `${where(p)} must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}.`,
  }),
  'schema.max-items': (p: At & { limit: number }) => ({
    message: `${where(p)} may have at most ${p.limit} items.`,
  }),
  'schema.min-length': (p: At & { limit: number }) => ({
    message:
      p.limit === 1
        ? `${where(p)} must not be empty.`
        : `${where(p)} must be at least ${p.limit} characters long.`,
  }),
  'schema.max-length': (p: At & { limit: number }) => ({
    message: `${where(p)} must be at most ${p.limit} characters long.`,
  }),
  'schema.range': (p: At & { comparison: string; limit: string }) => ({
    message: `${where(p)} must be ${p.comparison} ${p.limit}.`,
  }),
  'schema.property-name': (p: At & { key: string }) => ({
    message: `${where(p)} has a key that is not allowed: \`${p.key}\`.`,
  }),
  'schema.one-of': (p: At) => ({ message: `${where(p)} does not match any allowed form.` }),
  /** Any other keyword, in ajv's words. */
  'schema.other': (p: At & { detail?: string }) => ({
    message: `${where(p)} ${p.detail ?? 'is invalid'}.`,
  }),
};
