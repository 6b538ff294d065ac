import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import type { FileSystem } from '../../src/io/file-system.js';
import { fakeDeps } from './deps.js';

export { VERSION } from './deps.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(REPO, 'test', 'fixtures');

/** A stack-trace line as Node prints it: a newline, indentation, `at `. */
export const STACK_TRACE = /\n\s+at /;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[\d/;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  colorSupported?: boolean;
  /** The file system vatl sees; the real one unless given. */
  fs?: FileSystem;
}

/**
 * Runs vatl in-process, as main.ts would, over fake deps: the real file system (or the one
 * given), `cwd` as the working folder, output collected into strings, no terminal and a fixed
 * clock. validate, render and the rest never ask anything, so a prompt fails the run.
 */
export async function runVatl(
  cwd: string,
  argv: readonly string[],
  options: CliOptions = {},
): Promise<CliRun> {
  const { deps, stdout, stderr } = fakeDeps({ cwd, ...options });
  const code = await run(argv, deps);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** A fresh temporary folder holding copies of frameworks/ and test/fixtures/frameworks/. */
export async function makeWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vatl-test-'));
  await cp(join(REPO, 'frameworks'), join(dir, 'frameworks'), { recursive: true });
  await cp(join(FIXTURES, 'frameworks'), join(dir, 'fixtures'), { recursive: true });
  return dir;
}

export async function removeWorkspace(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
