import * as fs from 'node:fs/promises';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { CliDeps } from '../../src/cli/deps.js';
import { run } from '../../src/cli/run.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const VERSION = (
  JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }
).version;

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
}

/**
 * Runs vatl in-process, as main.ts would, over fake deps: the real file system, `cwd` as the
 * working folder, output collected into strings, no terminal and a fixed clock.
 */
export async function runVatl(
  cwd: string,
  argv: readonly string[],
  options: CliOptions = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const deps: CliDeps = {
    version: VERSION,
    fs,
    cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    interactive: false,
    colorSupported: options.colorSupported ?? false,
    now: () => new Date('2025-03-01T09:00:00Z'),
    // validate and frameworks never ask anything; a prompt here is a bug.
    createPrompter: () => Promise.reject(new Error('this command must not prompt')),
  };
  const code = await run(argv, deps);
  return { code, stdout, stderr };
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
