import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSI,
  STACK_TRACE,
  VERSION,
  makeWorkspace,
  removeWorkspace,
  runVatl,
} from '../helpers/cli.js';
import type { CliOptions, CliRun } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';

/** The workspace most tests read: in memory, as nothing here writes. */
let ws: MemoryWorkspace;
/** The same frameworks and fixtures on disk, for globs: tinyglobby reads the real disk. */
let disk: string;

beforeAll(async () => {
  disk = await makeWorkspace();
  ws = memoryWorkspace();
  ws.write('no-yaml/notes.txt', 'Nothing for vatl here.\n');
  ws.write('bad/empty.yaml', '');
  ws.write(
    'bad/binary.yaml',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49]),
  );
  ws.write('bad/latin1.yaml', Buffer.from('title: caf\xe9\n', 'latin1'));
  ws.write(
    'bad/prose.yaml',
    'Dear board,\n\nWe propose: buying a tool, for: everyone.\n  Thanks: "me\n',
  );
  ws.write(
    'bad/bomb.yaml',
    ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
      .concat(
        ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
          (name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
        ),
      )
      .join('\n') + '\n',
  );
  // 10 MB of text that would be valid YAML if vatl were willing to read it.
  ws.write('bad/huge.yaml', `notes: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
  ws.write('bad/deep.yaml', `id: deep\nsummary: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  ws.write('bad/deep-block.yaml', `id: deep\nlist:\n  ${'- '.repeat(10_000)}x\n`);
  ws.write('bad/proto.yaml', 'id: x\n__proto__:\n  polluted: true\nsource:\n  constructor: y\n');
  const vatl = ws.read('frameworks/vatl.yaml');
  ws.write('bom/vatl.yaml', `\uFEFF${vatl.replace(/\r?\n/g, '\r\n')}`);
});

afterAll(async () => {
  await removeWorkspace(disk);
});

async function checked(run: Promise<CliRun>): Promise<CliRun> {
  const result = await run;
  expect(result.stderr).not.toMatch(STACK_TRACE);
  expect(result.stdout).not.toMatch(STACK_TRACE);
  return result;
}

/** vatl in the memory workspace. */
function vatl(argv: readonly string[], options?: Omit<CliOptions, 'fs'>): Promise<CliRun> {
  return checked(ws.run(argv, options));
}

/** vatl in the workspace on disk. */
function vatlOnDisk(argv: readonly string[]): Promise<CliRun> {
  return checked(runVatl(disk, argv));
}

describe('vatl validate: the built-in frameworks', () => {
  it('passes frameworks/ with exit 0 and says there are no problems', async () => {
    const { code, stdout, stderr } = await vatl(['validate', 'frameworks/']);
    // The four frameworks and the Spanish strings file beside each.
    expect(stdout).toBe('✔ 8 files checked, no problems.\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('checks ./frameworks when given no paths', async () => {
    const { code, stdout } = await vatl(['validate']);
    // The four frameworks and the Spanish strings file beside each.
    expect(stdout).toBe('✔ 8 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('accepts a glob', async () => {
    const { code, stdout } = await vatlOnDisk(['validate', 'frameworks/*.yaml']);
    // The four frameworks and the Spanish strings file beside each.
    expect(stdout).toBe('✔ 8 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('accepts a copy of vatl.yaml with a byte-order mark and CRLF line ends', async () => {
    const { code, stdout } = await vatl(['validate', 'bom/vatl.yaml']);
    expect(stdout).toBe('✔ 1 file checked, no problems.\n');
    expect(code).toBe(0);
  });
});

describe('vatl validate: problems', () => {
  it('reports an invalid fixture at file:line:col and exits 1', async () => {
    const { code, stdout } = await vatl(['validate', 'fixtures/invalid/missing-property.yaml']);
    expect(stdout).toMatch(
      /^fixtures\/invalid\/missing-property\.yaml:32:5 {2}error {4}framework\/missing-property {2}`questions\[0\]` is missing the required property `help`\.$/m,
    );
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file checked.');
    expect(code).toBe(1);
  });

  it('reports every file a glob matches', async () => {
    const { code, stdout } = await vatlOnDisk(['validate', 'fixtures/invalid/yaml-*.yaml']);
    for (const name of [
      'yaml-syntax.yaml:4:8',
      'yaml-duplicate-key.yaml:5:1',
      'yaml-empty.yaml:1:1',
    ]) {
      expect(stdout).toContain(`fixtures/invalid/${name}`);
    }
    expect(stdout).toContain('in 7 files checked.');
    expect(code).toBe(1);
  });

  it('resolves cross-references against the installed frameworks', async () => {
    const { code, stdout } = await vatl(['validate', 'fixtures/invalid/unknown-framework.yaml']);
    expect(stdout).toContain(
      'fixtures/invalid/unknown-framework.yaml:41:7  error    framework/unknown-framework',
    );
    expect(stdout).toContain(
      'Installed: dp-leadership, iste-leaders, mini, tla-edtech-systems, vatl.',
    );
    expect(code).toBe(1);
  });

  it('exits 0 with a warning, and 1 with --max-warnings 0', async () => {
    const file = 'fixtures/invalid/missing-levels.yaml';
    const lenient = await vatl(['validate', file]);
    expect(lenient.stdout).toContain(`${file}:37:5  warning  framework/missing-levels`);
    expect(lenient.code).toBe(0);
    const strict = await vatl(['validate', file, '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('vatl: 1 warning, more than --max-warnings 0 allows.\n');
    expect((await vatl(['validate', file, '--max-warnings', '1'])).code).toBe(0);
  });

  it('refuses a --max-warnings that is not a whole number, with exit 2', async () => {
    const { code, stderr } = await vatl(['validate', 'frameworks', '--max-warnings', 'lots']);
    expect(stderr).toMatch(/expected a whole number/);
    expect(code).toBe(2);
  });
});

describe('vatl validate: bad input', () => {
  it.each([
    [
      'a missing file',
      'missing.yaml',
      2,
      'missing.yaml  error    file/not-found  No such file or folder.',
    ],
    [
      'a folder with no YAML in it',
      'no-yaml',
      2,
      'no-yaml  error    file/nothing-to-check  The folder holds no',
    ],
    [
      'an empty file',
      'bad/empty.yaml',
      1,
      'bad/empty.yaml:1:1  error    yaml/empty  The file is empty: it holds no YAML data.',
    ],
    [
      'a binary file',
      'bad/binary.yaml',
      2,
      'bad/binary.yaml  error    file/binary  This is a binary file, not YAML or Markdown text.',
    ],
    ['text that is not YAML', 'bad/prose.yaml', 1, 'bad/prose.yaml:1:1  error    yaml/syntax'],
    ['a YAML bomb', 'bad/bomb.yaml', 1, 'error    yaml/alias-limit  The file expands aliases'],
    [
      'a 10 MB file',
      'bad/huge.yaml',
      2,
      'bad/huge.yaml  error    file/too-large  The file is 10.0 MiB; vatl reads files of at most 2.0 MiB.',
    ],
    ['flow nesting 10,000 deep', 'bad/deep.yaml', 1, 'bad/deep.yaml:2:73  error    yaml/too-deep'],
    [
      'compact block nesting `- - -` 10,000 deep',
      'bad/deep-block.yaml',
      1,
      'bad/deep-block.yaml:3:129  error    yaml/too-deep',
    ],
    [
      'text that is not UTF-8',
      'bad/latin1.yaml',
      2,
      'bad/latin1.yaml  error    file/encoding  The file is not valid UTF-8 text. Save it as UTF-8.',
    ],
    [
      '__proto__ and constructor keys',
      'bad/proto.yaml',
      1,
      'bad/proto.yaml:2:1  error    yaml/forbidden-key  The key `__proto__` is not allowed',
    ],
  ] as const)('%s (%s): exit %i with a clear message', async (_what, path, exit, line) => {
    const { code, stdout, stderr } = await vatl(['validate', path]);
    expect(stdout).toContain(line);
    expect(stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\)/);
    expect(stderr).toBe('');
    expect(code).toBe(exit);
  });

  it('reports both prototype keys, each at its place', async () => {
    const { stdout } = await vatl(['validate', 'bad/proto.yaml']);
    expect(stdout).toContain(
      'bad/proto.yaml:5:3  error    yaml/forbidden-key  The key `constructor`',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what to do about a missing file', async () => {
    const { stdout } = await vatl(['validate', 'missing.yaml']);
    expect(stdout).toContain('Check the path.');
  });

  it('exits 2 for a glob that matches nothing', async () => {
    const { code, stdout } = await vatlOnDisk(['validate', 'nowhere/*.yaml']);
    expect(stdout).toContain('nowhere/*.yaml  error    file/no-match');
    expect(code).toBe(2);
  });

  it('exits 2 when one of several paths cannot be read, and still reports the others', async () => {
    const { code, stdout } = await vatl([
      'validate',
      'fixtures/invalid/too-few.yaml',
      'missing.yaml',
    ]);
    expect(stdout).toContain('fixtures/invalid/too-few.yaml:10:3  error    framework/too-few');
    expect(stdout).toContain('missing.yaml  error    file/not-found');
    expect(code).toBe(2);
  });
});

describe('vatl validate --format', () => {
  const file = 'fixtures/invalid/unknown-cell.yaml';

  it('json: parses, with counts and located diagnostics', async () => {
    const { code, stdout } = await vatl(['validate', file, '--format', 'json']);
    const body = JSON.parse(stdout) as {
      files: string[];
      errorCount: number;
      warningCount: number;
      diagnostics: { file: string; line: number; column: number; code: string }[];
    };
    expect(body.files).toEqual([file]);
    expect(body.errorCount).toBe(1);
    expect(body.warningCount).toBe(0);
    expect(body.diagnostics[0]).toMatchObject({
      file,
      line: 41,
      column: 11,
      code: 'framework/unknown-cell',
    });
    expect(code).toBe(1);
  });

  it('json: a clean run', async () => {
    const { code, stdout } = await vatl(['validate', 'frameworks', '-f', 'json']);
    expect(JSON.parse(stdout)).toMatchObject({ errorCount: 0, warningCount: 0, diagnostics: [] });
    expect(code).toBe(0);
  });

  it('github: workflow commands', async () => {
    const { code, stdout } = await vatl(['validate', file, '--format', 'github']);
    expect(stdout).toBe(
      `::error file=${file},line=41,col=11,title=framework/unknown-cell::Question \`q2\` names value add \`less\`, which is not in axes.columns. Known: more.\n`,
    );
    expect(code).toBe(1);
  });

  it('sarif: 2.1.0 with the result and its region', async () => {
    const { code, stdout } = await vatl(['validate', file, '--format', 'sarif']);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: { driver: { version: string } };
        results: { ruleId: string; locations: { physicalLocation: { region: object } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.version).toBe(VERSION);
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(['framework/unknown-cell']);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toEqual({
      startLine: 41,
      startColumn: 11,
    });
    expect(code).toBe(1);
  });

  it('junit: XML with a failing test case for the file', async () => {
    const { code, stdout } = await vatl([
      'validate',
      file,
      'frameworks/vatl.yaml',
      '--format',
      'junit',
    ]);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(stdout).toContain(`<testcase classname="vatl" name="${file}">`);
    expect(stdout).toContain('<testcase classname="vatl" name="frameworks/vatl.yaml">');
    expect(stdout).toContain('<failure type="framework/unknown-cell"');
    // frameworks/vatl.yaml brings its strings file (vatl.es.yaml) with it: three files.
    expect(stdout).toContain('<testcase classname="vatl" name="frameworks/vatl.es.yaml">');
    expect(stdout).toMatch(/<testsuites [^>]*tests="3" failures="1"/);
    expect(code).toBe(1);
  });

  it('refuses an unknown format with exit 2 and names the choices', async () => {
    const { code, stderr } = await vatl(['validate', file, '--format', 'xml']);
    expect(stderr).toMatch(/stylish, json, github, sarif, junit/);
    expect(code).toBe(2);
  });

  it.each(['json', 'github', 'sarif', 'junit'])('%s never carries colour codes', async (format) => {
    const { stdout } = await vatl(['validate', file, '--format', format], { colorSupported: true });
    expect(stdout).not.toMatch(ANSI);
  });
});

describe('vatl: global options', () => {
  it('--version prints the package.json version', async () => {
    const { code, stdout } = await vatl(['--version']);
    expect(stdout).toBe(`${VERSION}\n`);
    expect(code).toBe(0);
  });

  it('--help exits 0 and shows examples and exit codes', async () => {
    const { code, stdout } = await vatl(['--help']);
    expect(stdout).toContain('Usage: vatl');
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('$ vatl validate');
    expect(stdout).toContain('$ vatl frameworks show vatl');
    expect(stdout).toMatch(/Exit codes: 0 ok/);
    expect(code).toBe(0);
  });

  it('validate --help shows its own examples', async () => {
    const { code, stdout } = await vatl(['validate', '--help']);
    expect(stdout).toContain('--max-warnings');
    expect(stdout).toContain('$ vatl validate --format sarif');
    expect(code).toBe(0);
  });

  it('an unknown option exits 2 with a one-line error', async () => {
    const { code, stdout, stderr } = await vatl(['validate', '--colour']);
    expect(stderr).toMatch(/^vatl: error: unknown option '--colour'/);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('an unknown command exits 2', async () => {
    const { code, stderr } = await vatl(['valdate']);
    expect(stderr).toMatch(/unknown command 'valdate'/);
    expect(stderr).toMatch(/validate/);
    expect(code).toBe(2);
  });
});

describe('colour', () => {
  const file = 'fixtures/invalid/too-few.yaml';

  it('is used when the terminal supports it', async () => {
    const { stdout } = await vatl(['validate', file], { colorSupported: true });
    expect(stdout).toMatch(ANSI);
  });

  it('is not used when NO_COLOR is set', async () => {
    const { stdout } = await vatl(['validate', file], {
      colorSupported: true,
      env: { NO_COLOR: '1' },
    });
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toContain(`${file}:10:3  error    framework/too-few`);
  });

  it('is not used with --no-color', async () => {
    const { stdout } = await vatl(['--no-color', 'validate', file], { colorSupported: true });
    expect(stdout).not.toMatch(ANSI);
    const after = await vatl(['validate', file, '--no-color'], { colorSupported: true });
    expect(after.stdout).not.toMatch(ANSI);
  });

  it('is not used when the output is not a terminal', async () => {
    const { stdout } = await vatl(['validate', file], { colorSupported: false });
    expect(stdout).not.toMatch(ANSI);
  });
});
