import type { CatalogueEntry } from './entry.js';

/** Parsing YAML, before any schema is applied. */
export const YAML_CODES = {
  'yaml/alias-limit': {
    severity: 'error',
    exit: 'problems',
    title: 'File expands aliases too many times',
    docs: 'The file uses YAML anchors and aliases (`&name` and `*name`) that would expand more than 100 times, the pattern of a "billion laughs" file built to exhaust memory. vatl stops reading it rather than expand it. vatl files have no need for aliases: write the values out in full.',
  },
  'yaml/duplicate-key': {
    severity: 'error',
    exit: 'problems',
    title: 'Key appears twice in one mapping',
    hint: 'Keep one of the two, merging what each says.',
    docs: 'The same key appears twice in one mapping, e.g. two `title:` lines at the top level, or two entries under `answers:` for the same question id. Many YAML readers silently keep the last one, so what a person reading the file sees and what vatl checks could differ; vatl refuses the file instead. Keep one of them, merging what each says; the diagnostic points at the second.',
  },
  'yaml/empty': {
    severity: 'error',
    exit: 'problems',
    title: 'File holds no YAML data',
    hint: 'Fill the file in, or remove it.',
    docs: 'The file is empty, or holds only blank lines, comments and document markers (`---`, `...`). A framework or review file must hold at least its required properties, so there is nothing to check. Fill it in (`vatl review` writes a complete review file), or remove it. An empty `vatl.config.yaml` is not reported: it marks the repository root, with every setting at its default.',
  },
  'yaml/forbidden-key': {
    severity: 'error',
    exit: 'problems',
    title: 'Key name is not allowed',
    docs: 'A mapping has a key named `__proto__`, `constructor` or `prototype`. These names can reach JavaScript object internals in code that is not careful, and no vatl file uses them, so a file with one is refused as a precaution. Rename or remove the key.',
  },
  'yaml/syntax': {
    severity: 'error',
    exit: 'problems',
    title: 'File is not valid YAML',
    hint: 'Fix the YAML at the line shown; quote a value that contains `: `.',
    docs: 'The YAML parser could not read the file: wrong indentation, an unquoted value containing `: ` (e.g. `title: Minimal: framework`), an unclosed quote or bracket, an alias to an anchor that does not exist, or more than one YAML document (separated by `---`) in one file. The diagnostic points at the line and column where the parser stopped, and the message gives its reason. Fix the YAML there; quoting the value, e.g. `title: "Minimal: framework"`, fixes the most common case.',
  },
  'yaml/too-many-entries': {
    severity: 'error',
    exit: 'problems',
    title: 'Mapping or list has too many entries',
    hint: 'Split the file, or look for a generator bug: vatl files never hold this many entries.',
    docs: 'One mapping or list in the file has more than 5,000 entries. The largest vatl file, a framework, holds a few hundred, so the file is refused before it is fully parsed: checking that many keys for duplicates would take minutes. Look for a generated or hostile file, or split what it holds.',
  },
  'yaml/too-deep': {
    severity: 'error',
    exit: 'problems',
    title: 'Nesting is too deep',
    hint: 'Flatten the structure: vatl files never nest this deep.',
    docs: 'Mappings and lists are nested more than 64 levels deep. No framework, review or config comes anywhere near that, so the file is refused before it is fully parsed, which keeps a generated or hostile file from exhausting memory. Look for runaway brackets or a generator bug, and flatten the structure.',
  },
} as const satisfies Record<string, CatalogueEntry>;
