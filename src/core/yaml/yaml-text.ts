// The messages of YAML parsing, in English; yaml-text.es.ts says them in Spanish. The YAML
// parser's own words are kept as `detail`, with its error code, so another language can say
// what the code means.
export const YAML_TEXT = {
  'yaml.alias-limit': (p: { max: number }) => ({
    message: `The file expands aliases (*name) more than ${p.max} times, as a YAML bomb does.`,
    hint: 'Write the values out instead of aliasing them.',
  }),
  'yaml.empty': (_p: Record<string, never>) => ({
    message: 'The file is empty: it holds no YAML data.',
  }),
  'yaml.too-deep': (p: { max: number }) => ({
    message: `Nesting is deeper than ${p.max} levels; vatl files never need that many.`,
  }),
  'yaml.too-many-entries': (p: { max: number }) => ({
    message: `A mapping or list here has more than ${p.max} entries; vatl files never need that many.`,
  }),
  'yaml.repeated-directive': (_p: Record<string, never>) => ({
    message: 'The %YAML directive is given twice for one document; give it once.',
  }),
  'yaml.many-documents': (_p: Record<string, never>) => ({
    message: 'The file holds more than one YAML document; vatl reads one.',
  }),
  'yaml.parser-stopped': (p: { detail: string }) => ({
    message: `The YAML parser stopped: ${p.detail}`,
  }),
  /** A problem the parser reports, in its words; `code` is its error code (`BAD_INDENT`…). */
  'yaml.parser': (p: { code?: string; detail: string }) => ({ message: p.detail }),
  'yaml.forbidden-key': (p: { key: string }) => ({
    message: `The key \`${p.key}\` is not allowed in vatl files.`,
    hint: 'Rename or remove it.',
  }),
};
