/**
 * Escaping of user text for Markdown (not HTML): the memo must show exactly what was typed.
 * A `|` must not end a table cell, a leading `#` must not make a heading (nor a trailing ` #`
 * close one), raw HTML and `{{ }}` must come out as text, and `*`, `_`, `[`… must not start
 * formatting or links. Control, bidi and invisible characters are shown as escapes
 * (`\x1b`, `\u202e`): a board record shows what is there, in the order it is stored.
 */
import { visible } from '../text/terminal-text.js';

const INLINE_SPECIALS = /[\\`*_{}[\]<>|~]/g;

/** One line of text, safe anywhere inline, including a table cell. */
export function inline(text: string): string {
  // Line breaks and tabs fold to spaces; every other control is shown (a lone CR as `\x0d`).
  const flat = visible(text, { lines: true }).replace(/\s+/g, ' ').trim();
  return escapeLineEnd(
    escapeLineStart(
      flat
        // An entity-like sequence would be decoded; keep the ampersand literal.
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
        .replace(INLINE_SPECIALS, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`))
        // GFM turns bare URLs, `www.` names and e-mail addresses into links: a backslash before
        // the punctuation that starts one keeps it text (it still reads the same).
        .replace(/:\/\//g, '\\://')
        .replace(/(?<![A-Za-z0-9])www\./gi, (m) => `${m.slice(0, 3)}\\.`)
        // Any `@` after an address's characters: GFM also links `a@.a`.
        .replace(/(?<=[\w.+-])@/g, '\\@'),
    ),
  );
}

/** Paragraphs of text: blank lines between paragraphs are kept, other line breaks folded. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => inline(p))
    .filter((p) => p !== '');
}

/**
 * A run of `#` after a space at the end of a heading closes it and is dropped (`# C #` shows
 * `C`): escaping its first `#` keeps it text, and reads the same anywhere else.
 */
function escapeLineEnd(text: string): string {
  return text.replace(/(^|\s)#(#*)$/, '$1\\#$2');
}

/**
 * Text for a heading: inline text whose final punctuation (`.`, `!`, `:`…) or unescaped `#` is
 * written as a character reference, in place of its escape when it has one (`www\.` links no
 * more than `www&#46;` does). It reads the same, and markdownlint's MD026 (no trailing
 * punctuation in a heading) and MD020 (a `#` that looks like a closing sequence), which a
 * decisions repository may run, pass whatever the title ends with.
 */
export function headingText(text: string): string {
  // An escaping backslash is one not itself escaped: an even run of backslashes stays as it is.
  // An escaped final `#` (` \#`, from escapeLineEnd) is already text and lint-clean.
  return inline(text)
    .replace(
      /(?<!\\)((?:\\\\)*)\\?([.,;:!\u3002\uff0c\uff1b\uff1a\uff01])$/,
      (_m, pairs: string, ch: string) => `${pairs}&#${ch.codePointAt(0)};`,
    )
    .replace(/(?<!\\)((?:\\\\)*)#$/, '$1&#35;');
}

/** Characters that mean something at the start of a Markdown line. */
function escapeLineStart(text: string): string {
  return text.replace(/^([#>+=-]|\d+[.)])/, (m) =>
    /^\d/.test(m) ? m.replace(/([.)])$/, '\\$1') : `\\${m}`,
  );
}

/** Text for a double-quoted Mermaid label. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/["\\`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
