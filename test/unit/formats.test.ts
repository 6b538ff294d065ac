import { describe, expect, it } from 'vitest';
import type { CheckResult, Diagnostic } from '../../src/core/diagnostics.js';
import { FORMAT_NAMES, FORMATS } from '../../src/cli/formats/index.js';
import { formatGithub } from '../../src/cli/formats/github.js';
import { formatJson } from '../../src/cli/formats/json.js';
import { formatJunit } from '../../src/cli/formats/junit.js';
import { formatSarif } from '../../src/cli/formats/sarif.js';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import { formatStylish } from '../../src/cli/formats/stylish.js';
import { createStyle, plainStyle } from '../../src/cli/style.js';

const CONTEXT = { style: plainStyle, version: '9.8.7' };

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'a.yaml',
  line: 1,
  column: 1,
  severity: 'error',
  code: 'framework/unknown-cell',
  message: 'Something is wrong.',
  ...over,
});

/** Given out of order on purpose: formatters sort by file, line and column. */
const RESULT: CheckResult = {
  files: ['a.yaml', 'dir with space/b,c.yaml', 'clean.yaml'],
  diagnostics: [
    d({
      file: 'dir with space/b,c.yaml',
      line: 2,
      column: 3,
      code: 'yaml/syntax',
      message: 'Bad: 50% done\nnext line, & <tag> "quoted"',
    }),
    d({ line: 12, column: 7, code: 'framework/unknown-cell', message: 'Cell `x` is unknown.' }),
    d({
      line: 4,
      column: 5,
      severity: 'warning',
      code: 'framework/missing-levels',
      message: 'Level 2 is not described.',
      hint: 'Describe every level.',
    }),
    d({ file: 'gone.yaml', line: 0, column: 0, code: 'file/not-found', message: 'No such file.' }),
  ],
};

const CLEAN: CheckResult = { files: ['a.yaml', 'b.yaml'], diagnostics: [] };

describe('the format registry', () => {
  it('offers exactly stylish, json, github, sarif and junit', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'github', 'sarif', 'junit']);
    expect(FORMATS.junit).toBe(formatJunit);
  });

  it.each(FORMAT_NAMES)('%s ends its output with a newline and is deterministic', (name) => {
    const out = FORMATS[name](RESULT, CONTEXT);
    expect(out.endsWith('\n')).toBe(true);
    expect(FORMATS[name](RESULT, CONTEXT)).toBe(out);
  });
});

describe('stylish', () => {
  const lines = formatStylish(RESULT, CONTEXT).split('\n');

  it('prints one `file:line:col  severity  code  message` line per problem, sorted', () => {
    expect(lines.slice(0, 3)).toEqual([
      'a.yaml:4:5  warning  framework/missing-levels  Level 2 is not described. Describe every level.',
      'a.yaml:12:7  error    framework/unknown-cell  Cell `x` is unknown.',
      // A newline in a message is shown, not obeyed: one problem, one line.
      'dir with space/b,c.yaml:2:3  error    yaml/syntax  Bad: 50% done\\x0anext line, & <tag> "quoted"',
    ]);
  });

  it('prints a whole-file problem with the file alone', () => {
    expect(lines[3]).toBe('gone.yaml  error    file/not-found  No such file.');
  });

  it('ends with a summary of problems and files', () => {
    expect(lines.slice(-3)).toEqual([
      '',
      '✖ 4 problems (3 errors, 1 warning) in 3 files checked.',
      '',
    ]);
  });

  it('says so when there are no problems', () => {
    expect(formatStylish(CLEAN, CONTEXT)).toBe('✔ 2 files checked, no problems.\n');
    expect(formatStylish({ files: ['a.yaml'], diagnostics: [] }, CONTEXT)).toBe(
      '✔ 1 file checked, no problems.\n',
    );
  });

  it('colours only when asked to', () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect(formatStylish(RESULT, CONTEXT)).not.toMatch(ansi);
    expect(formatStylish(RESULT, { style: createStyle(true), version: '1' })).toMatch(ansi);
  });
});

describe('json', () => {
  const parsed = JSON.parse(formatJson(RESULT)) as {
    files: string[];
    errorCount: number;
    warningCount: number;
    diagnostics: Diagnostic[];
  };

  it('parses, with the files and the counts', () => {
    expect(parsed.files).toEqual(RESULT.files);
    expect(parsed.errorCount).toBe(3);
    expect(parsed.warningCount).toBe(1);
  });

  it('holds every diagnostic, sorted, with all its fields', () => {
    expect(parsed.diagnostics.map((x) => `${x.file}:${x.line}:${x.column} ${x.code}`)).toEqual([
      'a.yaml:4:5 framework/missing-levels',
      'a.yaml:12:7 framework/unknown-cell',
      'dir with space/b,c.yaml:2:3 yaml/syntax',
      'gone.yaml:0:0 file/not-found',
    ]);
    expect(parsed.diagnostics[0]).toEqual(RESULT.diagnostics[2]);
  });

  it('gives zero counts for a clean result', () => {
    expect(JSON.parse(formatJson(CLEAN))).toEqual({
      files: ['a.yaml', 'b.yaml'],
      errorCount: 0,
      warningCount: 0,
      diagnostics: [],
    });
  });
});

describe('github', () => {
  const lines = formatGithub(RESULT).trimEnd().split('\n');

  it('prints one workflow command per problem', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::warning file=a.yaml,line=4,col=5,title=framework/missing-levels::Level 2 is not described. Describe every level.',
    );
    expect(lines[1]).toBe(
      '::error file=a.yaml,line=12,col=7,title=framework/unknown-cell::Cell `x` is unknown.',
    );
  });

  it('escapes %, CR and LF in the message, and also comma and colon in properties', () => {
    expect(lines[2]).toBe(
      '::error file=dir with space/b%2Cc.yaml,line=2,col=3,title=yaml/syntax::Bad: 50%25 done%0Anext line, & <tag> "quoted"',
    );
    const withColon = formatGithub({
      files: ['c:x.yaml'],
      diagnostics: [
        d({ file: 'c:x.yaml', code: 'a:b' as Diagnostic['code'], message: 'one\r\ntwo' }),
      ],
    });
    expect(withColon).toBe('::error file=c%3Ax.yaml,line=1,col=1,title=a%3Ab::one%0D%0Atwo\n');
  });

  it('leaves out line and col for a whole-file problem', () => {
    expect(lines[3]).toBe('::error file=gone.yaml,title=file/not-found::No such file.');
  });

  it('prints nothing when there are no problems', () => {
    expect(formatGithub(CLEAN)).toBe('');
  });
});

describe('sarif', () => {
  interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string };
        region?: { startLine: number; startColumn: number };
      };
    }[];
  }
  const sarif = JSON.parse(formatSarif(RESULT, CONTEXT)) as {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; rules: { id: string }[] } };
      artifacts: { location: { uri: string } }[];
      results: SarifResult[];
    }[];
  };
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 from vatl at its version', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(run?.tool.driver.name).toBe('vatl');
    expect(run?.tool.driver.version).toBe('9.8.7');
  });

  it('has one result per problem with its rule, level, message and region', () => {
    expect(run?.results).toHaveLength(4);
    expect(run?.results[1]).toEqual({
      ruleId: 'framework/unknown-cell',
      ruleIndex: run?.tool.driver.rules.findIndex((r) => r.id === 'framework/unknown-cell'),
      level: 'error',
      message: { text: 'Cell `x` is unknown.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'a.yaml' },
            region: { startLine: 12, startColumn: 7 },
          },
        },
      ],
    });
    expect(run?.results[0]?.level).toBe('warning');
    expect(run?.results[0]?.message.text).toBe('Level 2 is not described. Describe every level.');
  });

  it('has no region for a whole-file problem', () => {
    expect(run?.results[3]?.locations[0]?.physicalLocation.region).toBeUndefined();
  });

  it('lists each rule once, and every ruleIndex points at its rule', () => {
    const ids = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run?.results ?? []) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('describes each rule from the catalogue and links its documentation', () => {
    const rule = (run?.tool.driver.rules as Record<string, unknown>[] | undefined)?.find(
      (r) => r.id === 'framework/unknown-cell',
    );
    expect(rule).toEqual({
      id: 'framework/unknown-cell',
      name: 'framework/unknown-cell',
      shortDescription: { text: CATALOGUE['framework/unknown-cell'].title },
      fullDescription: { text: CATALOGUE['framework/unknown-cell'].docs },
      help: { text: expect.stringContaining(CATALOGUE['framework/unknown-cell'].docs) as string },
      helpUri: 'https://unpkg.com/vatl@9.8.7/docs/diagnostics.md#framework-unknown-cell',
      defaultConfiguration: { level: 'error' },
    });
  });

  it('writes artifact locations as URI references (a space is %20)', () => {
    const uris = [
      ...(run?.artifacts.map((a) => a.location.uri) ?? []),
      ...(run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri) ?? []),
    ];
    expect(uris).toContain('dir%20with%20space/b,c.yaml');
    for (const uri of uris) expect(uri).not.toMatch(/\s/);
  });
});

/**
 * A small well-formedness check: tags nest and close, attribute values are quoted and hold no
 * raw `<` or `"`, and every `&` starts an entity.
 */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  let roots = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    expect(text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&>]/);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [whole, closing, name = '', attributes = '', selfClosing] = m;
    expect(attributes.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/&/);
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
    i = lt + whole.length;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe('junit', () => {
  const xml = formatJunit(RESULT);

  it('is well-formed XML with an XML declaration', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    assertWellFormedXml(xml);
  });

  it('escapes & < > and " in messages', () => {
    expect(xml).toContain(
      'message="Bad: 50% done&#10;next line, &amp; &lt;tag&gt; &quot;quoted&quot;"',
    );
    expect(xml).not.toContain('<tag>');
  });

  it('has one test case per file, and failures for the files with errors', () => {
    const cases = [...xml.matchAll(/<testcase classname="vatl" name="([^"]*)"/g)].map((m) => m[1]);
    expect(cases).toEqual(['a.yaml', 'clean.yaml', 'dir with space/b,c.yaml', 'gone.yaml']);
    expect(xml).toMatch(/<testsuite [^>]*tests="4" failures="3"/);
    const failuresIn = (file: string) => {
      const start = xml.indexOf(`name="${file}"`);
      const end = xml.indexOf('</testcase>', start);
      return [...xml.slice(start, end).matchAll(/<failure type="([^"]*)"/g)].map((m) => m[1]);
    };
    expect(failuresIn('a.yaml')).toEqual(['framework/unknown-cell']);
    expect(failuresIn('clean.yaml')).toEqual([]);
    expect(failuresIn('gone.yaml')).toEqual(['file/not-found']);
  });

  it('puts warnings in system-out, not as failures', () => {
    expect(xml).toContain('<system-out>a.yaml:4:5 warning framework/missing-levels');
  });

  it('replaces characters XML cannot hold', () => {
    const out = formatJunit({
      files: ['x.yaml'],
      diagnostics: [d({ file: 'x.yaml', message: 'bell\u0007 here' })],
    });
    assertWellFormedXml(out);
    expect(out).not.toContain('\u0007');
  });

  it('reports a clean run as passing test cases', () => {
    const out = formatJunit(CLEAN);
    assertWellFormedXml(out);
    expect(out).toMatch(/<testsuites [^>]*tests="2" failures="0"/);
    expect(out).not.toContain('<failure');
  });
});

describe('hostile text in a diagnostic', () => {
  const HOSTILE = 'a\u001b[2Jb\rc\u0007\u009b\u202e\n✔ 1 file checked, no problems.';
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
  const result: CheckResult = {
    files: ['x\u001b.yaml'],
    diagnostics: [d({ file: 'x\u001b.yaml', message: HOSTILE, hint: 'Fix \u202e it.' })],
  };

  it('stylish shows every control as an escape and keeps the problem on one line', () => {
    const out = formatStylish(result, CONTEXT);
    expect(out).not.toMatch(RAW);
    expect(out.split('\n')[0]).toBe(
      'x\\x1b.yaml:1:1  error    framework/unknown-cell  a\\x1b[2Jb\\x0dc\\x07\\x9b\\u202e\\x0a✔ 1 file checked, no problems. Fix \\u202e it.',
    );
  });

  it('github encodes CR and LF as its spec says, and shows the rest as escapes', () => {
    expect(formatGithub(result)).toBe(
      '::error file=x\\x1b.yaml,line=1,col=1,title=framework/unknown-cell::a\\x1b[2Jb%0Dc\\x07\\x9b\\u202e%0A✔ 1 file checked, no problems. Fix \\u202e it.\n',
    );
  });

  it('json and sarif keep the exact text, with no raw control character', () => {
    for (const out of [formatJson(result), formatSarif(result, CONTEXT)]) {
      expect(out).not.toMatch(RAW);
      expect(out).toContain('a\\u001b[2Jb\\rc\\u0007\\u009b\\u202e\\n✔');
    }
    expect(
      (JSON.parse(formatJson(result)) as { diagnostics: Diagnostic[] }).diagnostics[0],
    ).toEqual(result.diagnostics[0]);
  });

  it('junit writes them as references XML 1.0 can carry, or U+FFFD where it cannot', () => {
    const xml = formatJunit({
      files: [],
      diagnostics: [d({ message: `${HOSTILE} \uffff \ud800` })],
    });
    expect(xml.replace(/\n/g, '')).not.toMatch(RAW);
    expect(xml).toContain(
      'message="a\uFFFD[2Jb&#13;c\uFFFD&#155;&#8238;&#10;✔ 1 file checked, no problems. \uFFFD \uFFFD"',
    );
    assertWellFormedXml(xml);
  });
});
