import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, REPO, STACK_TRACE, VERSION } from '../helpers/cli.js';
import { BIN, cleanEnv, ensureBuilt, spawnProgram, spawnVatl } from '../helpers/spawn.js';

let scratch: string;

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'vatl-e2e-'));
  await writeFile(join(scratch, 'deep.yaml'), `id: deep\nlist:\n  ${'- '.repeat(10_000)}x\n`);
  await writeFile(join(scratch, 'binary.yaml'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
  await writeFile(join(scratch, 'complex-key.yaml'), '? [a, b]\n: 1\n');
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('bin/vatl.js', () => {
  it('--version prints the version and exits 0', () => {
    const { code, stdout, stderr } = spawnVatl(['--version']);
    expect(stdout).toBe(`${VERSION}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('validate frameworks/ exits 0', () => {
    const { code, stdout, stderr } = spawnVatl(['validate', 'frameworks/']);
    // The four frameworks and the Spanish strings file beside each.
    expect(stdout).toBe('✔ 8 files checked, no problems.\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reports an invalid fixture at file:line:col on stdout and exits 1, without a stack trace', () => {
    const file = 'test/fixtures/frameworks/invalid/scale-order.yaml';
    const { code, stdout, stderr } = spawnVatl(['validate', file]);
    expect(stdout).toMatch(
      new RegExp(`^${file.replace(/\./g, '\\.')}:13:12 {2}error {4}framework/scale-order {2}`, 'm'),
    );
    expect(stdout).not.toMatch(STACK_TRACE);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).toBe(1);
  });

  it('prints colour into a pipe only with FORCE_COLOR=1', () => {
    const file = 'test/fixtures/frameworks/invalid/scale-order.yaml';
    const run = (env: NodeJS.ProcessEnv) =>
      spawnProgram(process.execPath, [BIN, 'validate', file], { cwd: REPO, env }).stdout;
    expect(run(cleanEnv())).not.toMatch(ANSI);
    expect(run({ ...cleanEnv(), FORCE_COLOR: '1' })).toMatch(ANSI);
  });

  it('exits 2 for a missing file', () => {
    const { code, stdout, stderr } = spawnVatl(['validate', 'no/such/file.yaml']);
    expect(stdout).toContain('no/such/file.yaml  error    file/not-found');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).toBe(2);
  });

  it('exits 1 for nesting 10,000 deep, and 2 for a binary file, with no stack trace', () => {
    const deep = spawnVatl(['validate', 'deep.yaml'], scratch);
    expect(deep.stdout).toContain('deep.yaml:3:129  error    yaml/too-deep');
    expect(deep.code).toBe(1);
    const binary = spawnVatl(['validate', 'binary.yaml'], scratch);
    expect(binary.stdout).toContain('binary.yaml  error    file/binary');
    expect(binary.code).toBe(2);
    for (const r of [deep, binary]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints no Node.js warnings for a file with a collection as a key', () => {
    const { code, stderr } = spawnVatl(['validate', 'complex-key.yaml'], scratch);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('exits 2 with a one-line error for an unknown option', () => {
    const { code, stdout, stderr } = spawnVatl(['--frobnicate']);
    expect(stdout).toBe('');
    expect(stderr).toBe("vatl: error: unknown option '--frobnicate'\n");
    expect(code).toBe(2);
  });

  it('review with stdin and stdout as pipes says there is no terminal, exits 2, no stack trace', () => {
    // Whether a person can answer prompts is read from the real process's streams in main.ts.
    const { code, stdout, stderr } = spawnVatl(['review'], scratch);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: vatl review asks questions, and there is no terminal to ask them on.\n' +
        '  Run it in a terminal, or give every answer in a file: vatl review --answers review.yaml (see examples/).\n',
    );
    expect(code).toBe(2);
  });

  it('prints no colour codes when stdout is a pipe', () => {
    const { stdout } = spawnVatl(['frameworks', 'show', 'vatl']);
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toContain('Governance & Ethics');
  });

  it('stops quietly when the reader of its output goes away (`| head -n 1`)', () => {
    const { code, stdout, stderr } = spawnProgram(
      'sh',
      ['-c', `"${process.execPath}" bin/vatl.js frameworks show vatl | head -n 1`],
      { cwd: REPO, env: cleanEnv() },
    );
    expect(stdout).toBe('Value Add of Technology for Leadership  vatl@2.0.0\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
