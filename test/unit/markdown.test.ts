import { describe, expect, it } from 'vitest';
import { headingText, inline, mermaidLabel, paragraphs } from '../../src/core/memo/markdown.js';
import { markdownProblems, markdownTokens, tokenTypes, visibleText } from '../helpers/reviews.js';

/** Token types that would mean user text turned into structure or formatting. */
const STRUCTURE = [
  'atxHeading',
  'setextHeading',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'thematicBreak',
  'htmlFlow',
  'htmlText',
  'emphasis',
  'strong',
  'strikethrough',
  'codeText',
  'codeIndented',
  'codeFenced',
  'labelLink',
  'labelImage',
  'resource',
  'table',
  'literalAutolink',
  'autolink',
];

/** What typed text looks like after inline(): one line, runs of white space as one space. */
function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HOSTILE: [string, string][] = [
  ['a pipe', 'Cost | per year'],
  ['a leading hash', '# Solution'],
  ['two leading hashes', '## Not a heading'],
  ['a leading quote marker', '> quoted from the vendor'],
  ['a leading dash', '- not a list item'],
  ['a leading plus', '+ not a list item'],
  ['a leading number and dot', '1. not a numbered list'],
  ['a leading number and parenthesis', '12) not a numbered list'],
  ['a thematic break', '---'],
  ['a setext underline', '= not an underline'],
  ['raw HTML', '<script>alert(1)</script> and <b>bold</b>'],
  ['an image tag', '<img src=x onerror=alert(1)>'],
  ['Handlebars braces', 'Dear {{ title }} family, {{{raw}}} and {{> partial}}'],
  ['a named entity', 'Smith &amp; Sons &lt;b&gt;'],
  ['a numeric entity', 'Brace &#123; and &#x7D;'],
  ['an ampersand that is no entity', 'AT&T & partners'],
  ['emphasis markers', '*bold* and _italic_ and **strong** and ~~struck~~'],
  ['a link', '[click here](https://example.com) and ![img](x.png)'],
  ['backticks', 'run `rm -rf /` now'],
  ['a backslash', 'C:\\Users\\admin\\'],
  ['line breaks', 'first line\nsecond line\r\n\tthird'],
  ['an absolute value', '|2x - 1| < 5 means -5 < 2x - 1 < 5'],
  ['a bare URL', 'see https://answers.example.com/algebra?q=1 now'],
  ['a www name', 'go to www.example.com for the answers'],
  ['an e-mail address', 'write to dpo@district.example.org today'],
  ['an address GFM links though its domain starts with a dot', 'a@.a'],
];

describe('inline: the escapes a reader never sees', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['# Head', '\\# Head'],
    ['> quote', '&gt; quote'],
    ['- item', '\\- item'],
    ['1. one', '1\\. one'],
    ['<script>', '&lt;script&gt;'],
    ['{{ title }}', '\\{\\{ title \\}\\}'],
    ['&amp;', '&amp;amp;'],
    ['*a* _b_ [c] `d`', '\\*a\\* \\_b\\_ \\[c\\] \\`d\\`'],
    ['one\ntwo\n\n  three', 'one two three'],
  ])('%j → %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('does not escape an ampersand twice, nor one that starts no entity', () => {
    expect(inline('<b>')).not.toContain('&amp;lt;');
    expect(inline('AT&T & co')).toBe('AT&T & co');
  });
});

describe('inline: control, bidi and invisible characters', () => {
  it('shows C0 and C1 controls, DEL, bidi overrides, isolates and marks, and zero-width spaces', () => {
    expect(
      inline(
        'A\u001b[2JB\rC\bD\u0007E\u007f\u009bF\u202eG\u2066H\u200eI\u061cJ\u200bK\u2060L\ufeffM',
      ),
    ).toBe(
      'A\\\\x1b\\[2JB\\\\x0dC\\\\x08D\\\\x07E\\\\x7f\\\\x9bF\\\\u202eG\\\\u2066H\\\\u200eI\\\\u061cJ\\\\u200bK\\\\u2060L\\\\ufeffM',
    );
  });

  it('renders them as the escapes a reader can see', async () => {
    const tokens = await markdownTokens(`${inline('Adopt\u202e it\u001b[2J')}\n`);
    expect(visibleText(tokens).trim()).toBe('Adopt\\u202e it\\x1b[2J');
  });

  it('keeps the zero-width joiners scripts and emoji need', () => {
    expect(inline('👩\u200d💻 and \u200c')).toBe('👩\u200d💻 and \u200c');
  });

  it('folds line breaks and tabs as before, a CRLF included', () => {
    expect(inline('one\r\ntwo\tthree')).toBe('one two three');
    expect(paragraphs('one\r\n\r\ntwo')).toEqual(['one', 'two']);
  });
});

describe('inline: a trailing # is text, not the end of a heading', () => {
  it.each([
    ['Adopt C #', 'Adopt C \\#'],
    ['Adopt C ##', 'Adopt C \\##'],
    ['C#', 'C#'],
    ['#', '\\#'],
  ])('%j → %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('keeps the # in the heading a reader sees, and markdownlint has nothing to say', async () => {
    const heading = `# Decision 0007: ${inline('Adopt C #')}\n`;
    const tokens = await markdownTokens(heading);
    const text = tokens
      .find((t) => t.type === 'atxHeading')
      ?.children.find((t) => t.type === 'atxHeadingText');
    expect(visibleText(text?.children ?? [])).toBe('Decision 0007: Adopt C #');
    expect(await markdownProblems(heading)).toEqual([]);
  });
});

describe('inline: hostile text renders as the text that was typed', () => {
  it('(the checks would catch text left unescaped)', async () => {
    const raw = await markdownTokens('# Solution <b>x</b> *y*\n');
    expect(STRUCTURE.filter((t) => tokenTypes(raw).includes(t))).toEqual([
      'atxHeading',
      'htmlText',
      'emphasis',
    ]);
    const pipe = await markdownTokens('| Answer | Owner |\n| --- | --- |\n| a | b | Dana |\n');
    expect(tokenTypes(pipe).filter((t) => t === 'tableData')).toHaveLength(3);
  });

  it.each(HOSTILE)('%s, in a paragraph', async (_what, text) => {
    const tokens = await markdownTokens(`${inline(text)}\n`);
    const types = tokenTypes(tokens);
    expect(STRUCTURE.filter((t) => types.includes(t))).toEqual([]);
    expect(visibleText(tokens).trim()).toBe(folded(text));
  });

  it.each(HOSTILE)('%s, in a table cell', async (_what, text) => {
    const tokens = await markdownTokens(
      `| Answer | Owner |\n| --- | --- |\n| ${inline(text)} | Dana |\n`,
    );
    // GFM table token types are not in micromark's CommonMark type list; compare as strings.
    const is = (t: { type: string }, type: string) => t.type === type;
    const rows = tokens
      .flatMap((t) => (is(t, 'table') ? t.children : []))
      .flatMap((part) => part.children.filter((c) => is(c, 'tableRow')));
    const body = rows[1];
    if (!body) throw new Error('the table lost its body row');
    const cells = body.children.filter((c) => is(c, 'tableData'));
    expect(cells).toHaveLength(2);
    const content = cells[0]?.children.find((c) => is(c, 'tableContent'));
    expect(visibleText(content?.children ?? [])).toBe(folded(text));
    expect(cells[1]?.text).toContain('Dana');
  });
});

describe('paragraphs', () => {
  it('keeps blank-line paragraphs apart and folds the lines inside each', () => {
    expect(paragraphs('# one\nstill one\n\n\n- two\n\n   \n3. three')).toEqual([
      '\\# one still one',
      '\\- two',
      '3\\. three',
    ]);
  });

  it('drops empty paragraphs', () => {
    expect(paragraphs('\n\n  \n\nonly\n\n')).toEqual(['only']);
  });

  it('renders each paragraph as the text typed', async () => {
    const text = '> A quote\n\n<script>x</script> {{ y }}\n\n1. First | second';
    const parts = paragraphs(text);
    const tokens = await markdownTokens(parts.join('\n\n') + '\n');
    const types = tokenTypes(tokens);
    expect(STRUCTURE.filter((t) => types.includes(t))).toEqual([]);
    expect(tokens.filter((t) => t.type === 'content')).toHaveLength(3);
    expect(tokens.filter((t) => t.type === 'content').map((t) => visibleText(t.children))).toEqual([
      '> A quote',
      '<script>x</script> {{ y }}',
      '1. First | second',
    ]);
  });
});

describe('mermaidLabel', () => {
  it('keeps a double-quoted Mermaid label closed', () => {
    expect(mermaidLabel('Do "More" with `code` \\ and\nnewlines')).toBe(
      "Do 'More' with 'code' ' and newlines",
    );
  });
});

describe('headingText and bare links', () => {
  it('writes a heading’s final punctuation as a character reference (MD026), shown the same', () => {
    expect(headingText('Replace the LMS.')).toBe('Replace the LMS&#46;');
    expect(headingText('Adopt it!')).toBe('Adopt it&#33;');
    expect(headingText('Should we adopt it?')).toBe('Should we adopt it?');
  });

  it('writes an escaped final character, and a final `#`, as a reference too (MD026, MD020)', async () => {
    expect(headingText('www.')).toBe('www&#46;');
    expect(headingText('a#')).toBe('a&#35;');
    expect(headingText('a #')).toBe('a \\#');
    expect(headingText('a ##')).toBe('a \\#&#35;');
    // An escaped backslash before the full stop stays escaped.
    expect(headingText('a\\.')).toBe('a\\\\&#46;');
    for (const title of ['www.', 'a#', '(#', '@#', 'a #', 'a ##', 'a\\.', 'Plan B.'])
      expect(await markdownProblems(`# ${headingText(title)}\n`)).toEqual([]);
    const tokens = await markdownTokens(`# ${headingText('a\\. ##')}\n`);
    expect(visibleText(tokens).trim()).toBe('# a\\. ##');
  });

  it('keeps `www.` text after an underscore or other punctuation (MD034)', () => {
    expect(inline('_www.a')).toBe('\\_www\\.a');
    expect(inline('(www.example.org)')).toBe('(www\\.example.org)');
  });
});
