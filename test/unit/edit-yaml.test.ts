import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YamlTextEditor, scalarText } from '../../src/core/yaml/edit-yaml.js';

const TEXT = `# The team's own notes stay.
title: Budget planner
framework: vatl@1.0.0
tags: [a, b]
answers:
  # Counsel, 2026-02.
  ge-a:
    value: 3
    evidence: >-
      A long answer that was folded by hand at a width the team chose, and
      must stay folded exactly so.
  ge-b: { value: 2 }
  ge-c:
    value: 1 # a trailing comment

decision:
  outcome: adapt
`;

describe('YamlTextEditor', () => {
  it('changes a scalar and nothing else', () => {
    const e = new YamlTextEditor(TEXT);
    e.setScalar(['framework'], 'vatl@2.0.0');
    expect(e.toString()).toBe(TEXT.replace('vatl@1.0.0', 'vatl@2.0.0'));
  });

  it('adds a key at the end of a block mapping, and inside a flow mapping', () => {
    const e = new YamlTextEditor(TEXT);
    e.setScalar(['answers', 'ge-a', 'fingerprint'], '672e5434');
    e.setScalar(['answers', 'ge-b', 'fingerprint'], 'abcdef01');
    const out = e.toString();
    expect(out).toContain(
      "      must stay folded exactly so.\n    fingerprint: '672e5434'\n  ge-b: { value: 2, fingerprint: abcdef01 }\n",
    );
    expect(parse(out).answers['ge-a']).toMatchObject({ value: 3, fingerprint: '672e5434' });
    // Everything else, byte for byte.
    expect(
      out.replace("    fingerprint: '672e5434'\n", '').replace(', fingerprint: abcdef01', ''),
    ).toBe(TEXT);
  });

  it('removes an entry with the comment lines above it, and gives back its lines', () => {
    const e = new YamlTextEditor(TEXT);
    const lines = e.removePair(['answers'], 'ge-a');
    expect(lines[0]).toBe('  # Counsel, 2026-02.');
    expect(lines.at(-1)).toBe('      must stay folded exactly so.');
    const out = e.toString();
    expect(out).not.toContain('Counsel');
    expect(Object.keys(parse(out).answers as object)).toEqual(['ge-b', 'ge-c']);
  });

  it('appends to a top-level mapping, or adds it after the key named', () => {
    const e = new YamlTextEditor(TEXT);
    e.appendToTopLevel('previous', ['  ge-x:', '    value: 1'], 'answers');
    const out = e.toString();
    expect(out).toContain(
      '    value: 1 # a trailing comment\nprevious:\n  ge-x:\n    value: 1\n\ndecision:',
    );
    const again = new YamlTextEditor(out);
    again.appendToTopLevel('previous', ['  ge-y:', '    value: 2'], 'answers');
    expect(parse(again.toString()).previous).toEqual({
      'ge-x': { value: 1 },
      'ge-y': { value: 2 },
    });
  });

  it('adds a top-level list as the last section, after a blank line, and appends to it at its own indent', () => {
    const e = new YamlTextEditor(TEXT);
    e.appendToTopLevelList('history', ['status: decided', "date: '2026-03-20'"]);
    const out = e.toString();
    expect(out).toBe(`${TEXT}\nhistory:\n  - status: decided\n    date: '2026-03-20'\n`);
    // A list the team indented its own way, with a comment and a blank line after it.
    const own = `${TEXT}history:\n# the first\n- status: decided\n  date: '2026-03-20' # board\n\n# end\n`;
    const again = new YamlTextEditor(own);
    again.appendToTopLevelList('history', ['status: retired', "date: '2027-01-01'"]);
    expect(again.toString()).toBe(
      own.replace('# board\n', "# board\n- status: retired\n  date: '2027-01-01'\n"),
    );
    expect(parse(again.toString()).history).toEqual([
      { status: 'decided', date: '2026-03-20' },
      { status: 'retired', date: '2027-01-01' },
    ]);
  });

  it('turns an empty or flow list into a block list holding the entry', () => {
    for (const empty of ['history: []\n', 'history:\n']) {
      const e = new YamlTextEditor(`title: x\n${empty}answers: {}\n`);
      e.appendToTopLevelList('history', ['status: retired', "date: '2027-01-01'"]);
      expect(e.toString()).toBe(
        "title: x\nhistory:\n  - status: retired\n    date: '2027-01-01'\nanswers: {}\n",
      );
    }
  });

  it('adds the list to a file without a final newline', () => {
    const e = new YamlTextEditor('title: x');
    e.appendToTopLevelList('history', ['status: retired']);
    expect(e.toString()).toBe('title: x\n\nhistory:\n  - status: retired\n');
  });

  it('refuses overlapping edits rather than tearing the file', () => {
    const e = new YamlTextEditor(TEXT);
    e.removePair(['answers'], 'ge-c');
    e.replaceValue('answers', ' {}');
    expect(() => e.toString()).toThrow(/overlapping/);
  });

  it('quotes a scalar only where plain text would read back as something else', () => {
    expect(scalarText('vatl@2.0.0')).toBe('vatl@2.0.0');
    expect(scalarText('672e5434')).toBe("'672e5434'");
    expect(scalarText('yes')).toBe("'yes'");
    expect(scalarText('a: b')).toBe("'a: b'");
  });
});
