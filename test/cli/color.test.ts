import { describe, expect, it } from 'vitest';
import { ANSI } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

const FILE = 'fixtures/invalid/missing-levels.yaml';

/** Whether `vatl validate` printed colour, in a terminal that shows it or into a pipe. */
async function coloured(
  env: Record<string, string>,
  options: { terminal: boolean; argv?: string[] },
): Promise<boolean> {
  const { stdout } = await memoryWorkspace().run([...(options.argv ?? []), 'validate', FILE], {
    env,
    colorSupported: options.terminal,
  });
  expect(stdout).toContain('framework/missing-levels');
  return ANSI.test(stdout);
}

describe('colour, by the conventions of Node and chalk', () => {
  it('is off into a pipe, and on with FORCE_COLOR=1 there', async () => {
    expect(await coloured({}, { terminal: false })).toBe(false);
    for (const value of ['1', '2', '3', 'true', ''])
      expect(await coloured({ FORCE_COLOR: value }, { terminal: false })).toBe(true);
  });

  it('is on at a terminal, and off with FORCE_COLOR=0 or false', async () => {
    expect(await coloured({}, { terminal: true })).toBe(true);
    expect(await coloured({ FORCE_COLOR: '0' }, { terminal: true })).toBe(false);
    expect(await coloured({ FORCE_COLOR: 'false' }, { terminal: true })).toBe(false);
  });

  it('is off with NO_COLOR, unless FORCE_COLOR asks for it (as in Node)', async () => {
    expect(await coloured({ NO_COLOR: '1' }, { terminal: true })).toBe(false);
    expect(await coloured({ NO_COLOR: '1', FORCE_COLOR: '1' }, { terminal: false })).toBe(true);
  });

  it('is off with --no-color, whatever FORCE_COLOR says', async () => {
    expect(await coloured({ FORCE_COLOR: '1' }, { terminal: true, argv: ['--no-color'] })).toBe(
      false,
    );
  });
});
