import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';

describe('--help shows examples', () => {
  it.each([
    [['init'], '$ vatl init --decisions records'],
    [['frameworks'], '$ vatl frameworks show vatl'],
    [['frameworks', 'list'], '$ vatl frameworks list --json'],
    [['completion'], '$ vatl completion zsh'],
  ])('vatl %j --help', async (argv, example) => {
    const { code, stdout } = await memoryWorkspace().run([...argv, '--help']);
    expect(stdout).toMatch(/\nExamples:\n/);
    expect(stdout).toContain(example);
    expect(code).toBe(0);
  });

  it('vatl init --help says to run npm install and commit the lockfile', async () => {
    const { stdout } = await memoryWorkspace().run(['init', '--help']);
    expect(stdout).toMatch(/npm install/);
    expect(stdout).toMatch(/package-lock\.json/);
  });
});
