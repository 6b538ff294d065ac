/**
 * The one safe-text boundary for the terminal. Text that came from a file or a user (a
 * framework's title, a review's answer, a path) can carry control characters: an ESC that
 * clears the screen, a CR that overwrites the line, a newline that forges a second line, a
 * bidi override that reorders what is shown. Everything such text passes through `visible`
 * before it reaches a terminal, so those characters are shown as escapes (`\x1b`, `\u202e`)
 * and never act.
 */

/**
 * C0 controls, DEL and C1 controls; bidi embeddings, overrides, isolates and marks; invisible
 * separators and zero-width spaces, and the byte-order mark. Zero-width joiners (U+200C,
 * U+200D) are left alone: scripts and emoji need them, and they move nothing.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const UNSAFE_KEEPING_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/** `\x1b` for a character below U+0100, `\u202e` above. */
function escapeOf(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control, bidi and invisible character shown as an escape: one line stays
 * one line. With `lines`, newlines and tabs are kept (for text printed as a block, such as a
 * question's help), and a CR before a newline is dropped.
 */
export function visible(text: string, options: { lines?: boolean } = {}): string {
  if (!options.lines) return text.replace(UNSAFE, escapeOf);
  return text.replace(/\r\n/g, '\n').replace(UNSAFE_KEEPING_LINES, escapeOf);
}

/**
 * `text` with each character `visible` would escape replaced by what `replace` gives for it:
 * for formats with escapes of their own (JSON's `\u202e`, XML's `&#x202e;`), so machine output
 * carries the exact text and still no raw control character.
 */
export function replaceUnsafe(text: string, replace: (ch: string) => string): string {
  return text.replace(UNSAFE, replace);
}

/** Whether `text` holds a character `visible` would escape. */
export function hasUnsafeCharacters(text: string): boolean {
  return new RegExp(UNSAFE.source).test(text);
}

/**
 * One argument for a POSIX shell command a user may copy: single-quoted unless it is plain
 * (letters, digits and `-_./:=@,+%`), with any `'` closed, escaped and reopened, so nothing
 * in it (`"`, `$(…)`, backticks, `!`) is run or expanded. Control characters are made
 * visible first: a suggested command never carries one.
 */
export function shellQuote(text: string): string {
  const safe = visible(text);
  if (safe !== '' && /^[A-Za-z0-9_\-./:=@,+%]+$/.test(safe)) return safe;
  return `'${safe.replace(/'/g, `'\\''`)}'`;
}
