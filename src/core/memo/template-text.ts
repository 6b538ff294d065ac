// What vatl says of a memo template it cannot use, in English; template-text.es.ts in Spanish.
// `line` and `column` (1-based) place a problem in the template when they are known.
interface At {
  line?: number;
  column?: number;
}

/** `line 2, column 3: …`, `line 2: …`, or the message alone. */
function at(p: At, message: string): string {
  if (p.line === undefined) return message;
  return p.column === undefined
    ? `line ${p.line}: ${message}`
    : `line ${p.line}, column ${p.column}: ${message}`;
}

export const TEMPLATE_TEXT = {
  'template.prototype-path': (p: At & { original: string; part: string }) => ({
    message: at(
      p,
      `${p.original === p.part ? '' : `\`${p.original}\` reaches for `}\`${p.part}\`, a name every JavaScript object inherits; it is not a field of the memo.`,
    ),
  }),
  'template.prototype-lookup': (p: At & { key: string }) => ({
    message: at(
      p,
      `\`lookup\` reaches for \`${p.key}\`, a name every JavaScript object inherits; it is not a field of the memo.`,
    ),
  }),
  'template.no-partial': (p: At & { name: string }) => ({
    message: at(p, `there is no partial \`${p.name}\` (partials/${p.name}.md.hbs).`),
  }),
  'template.parse': (p: At & { got: string }) => ({
    message: at(
      p,
      `this is not valid Handlebars (${p.got === 'EOF' ? 'it ends inside a tag or block' : `unexpected ${p.got}`}).`,
    ),
  }),
  'template.not-a-field': (p: At & { name: string }) => ({
    message: at(p, `\`${p.name}\` is not a field of the memo here.`),
  }),
  'template.unknown-helper': (p: At & { name: string; helpers: readonly string[] }) => ({
    message: at(
      p,
      `\`${p.name}\` is not a helper vatl has; templates may use ${p.helpers.join(', ')}.`,
    ),
  }),
  'template.in-text': (p: At & { name: string }) => ({
    message: at(p, `\`${p.name}\` is not a field: what it is looked up in is a text or a number.`),
  }),
  /** Handlebars' own words, when vatl has none of its own for them. */
  'template.other': (p: At & { detail: string }) => ({ message: at(p, p.detail) }),
  'template.no-folder': (p: { folder: string }) => ({
    message: `The template folder ${p.folder} does not exist.`,
    hint: 'Check `templates:` in vatl.config.yaml or the --template option.',
  }),
  'template.not-found': (p: { folder: string; name: string }) => ({
    message: `No ${p.folder}${p.name} was found.`,
    hint: 'Reinstall vatl.',
  }),
  'template.unreadable': (p: { detail: string }) => ({
    message: `This template cannot be read (${p.detail}).`,
    hint: 'Check that the file and its folder can be read, then run again.',
  }),
  'template.no-family': (p: { name: string }) => ({ message: `no ${p.name} was found.` }),
  'template.no-compare': (p: { name: string }) => ({
    message: `No ${p.name} was found; reinstall vatl.`,
  }),
  'template.language-not-loaded': (p: { language: string }) => ({
    message: `the templates in ${p.language} were not loaded; reinstall vatl.`,
  }),
};
