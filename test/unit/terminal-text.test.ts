import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, shellQuote, visible } from '../../src/core/text/terminal-text.js';

describe('visible: text from files and users, safe for a terminal', () => {
  it('shows escape, carriage return, backspace and bell as escapes', () => {
    expect(visible('a\u001b[2Jb\rc\bd\u0007')).toBe('a\\x1b[2Jb\\x0dc\\x08d\\x07');
  });

  it('keeps one line one line: a newline or tab is shown, not obeyed', () => {
    expect(visible('x\n✔ 1 file checked, no problems.\ty')).toBe(
      'x\\x0a✔ 1 file checked, no problems.\\x09y',
    );
  });

  it('shows DEL, C1 controls, bidi overrides, isolates and zero-width spaces', () => {
    expect(visible('\u007f\u009b\u202eabc\u2066\u200b\ufeff')).toBe(
      '\\x7f\\x9b\\u202eabc\\u2066\\u200b\\ufeff',
    );
  });

  it('leaves ordinary text, accents, emoji and joiners alone', () => {
    const text = 'Décision — “quoted” 👩‍💻 familia\u200d';
    expect(visible(text)).toBe(text);
    expect(hasUnsafeCharacters(text)).toBe(false);
  });

  it('keeps newlines and tabs in block text, and still shows the rest', () => {
    expect(visible('one\r\ntwo\tthree\r\u001b', { lines: true })).toBe('one\ntwo\tthree\\x0d\\x1b');
  });

  it('tells whether text has unsafe characters', () => {
    expect(hasUnsafeCharacters('ok')).toBe(false);
    expect(hasUnsafeCharacters('not \u202e ok')).toBe(true);
    expect(hasUnsafeCharacters('a\nb')).toBe(true);
  });
});

describe('shellQuote: user text in a command a user may copy', () => {
  it('leaves a plain word as it is', () => {
    expect(shellQuote('decisions/0007-new-lms.md')).toBe('decisions/0007-new-lms.md');
  });

  it('single-quotes text with spaces, quotes or substitutions so nothing runs', () => {
    expect(shellQuote('Adopt "Canvas" $(rm -rf ~) `id`')).toBe(
      `'Adopt "Canvas" $(rm -rf ~) \`id\`'`,
    );
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
  });

  it('never carries a control character', () => {
    expect(shellQuote('a\nb\u001b')).toBe(`'a\\x0ab\\x1b'`);
  });
});
