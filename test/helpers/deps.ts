import * as nodeFs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { CliDeps } from '../../src/cli/deps.js';
import type { FileSystem } from '../../src/io/file-system.js';

/** vatl's version, as package.json gives it. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** The one clock every in-process run sees: a review written "today" is dated 2025-03-01. */
export const FIXED_NOW = '2025-03-01T09:00:00Z';

export interface FakeDepsOptions {
  /** The working folder vatl runs in. */
  cwd: string;
  /** The file system vatl sees; the real one unless given (a memory one, or a wrapper). */
  fs?: FileSystem;
  env?: Record<string, string | undefined>;
  /** Whether stdin and stdout are terminals; false unless given, as in CI. */
  interactive?: boolean;
  colorSupported?: boolean;
  /** The path vatl was started from (process.argv[1]); unset unless given. */
  script?: string;
  /** The terminal's width; unset unless given. */
  columns?: number;
  /**
   * Makes the prompter an interactive command asks with. Unless given, asking is a bug: the
   * command must not prompt.
   */
  createPrompter?: CliDeps['createPrompter'];
}

export interface FakeDeps {
  deps: CliDeps;
  /** Everything vatl has written to stdout so far. */
  stdout(): string;
  /** Everything vatl has written to stderr so far. */
  stderr(): string;
}

/**
 * The deps main.ts builds from `process`, faked: output collected into strings, no terminal,
 * no colour, an empty environment and the fixed clock, unless the options say otherwise.
 */
export function fakeDeps(options: FakeDepsOptions): FakeDeps {
  let stdout = '';
  let stderr = '';
  const deps: CliDeps = {
    version: VERSION,
    fs: options.fs ?? nodeFs,
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    interactive: options.interactive ?? false,
    colorSupported: options.colorSupported ?? false,
    now: () => new Date(FIXED_NOW),
    ...(options.script ? { script: options.script } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    createPrompter:
      options.createPrompter ?? (() => Promise.reject(new Error('this command must not prompt'))),
  };
  return { deps, stdout: () => stdout, stderr: () => stderr };
}
