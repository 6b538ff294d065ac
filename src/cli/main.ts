import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { EXIT } from '../errors.js';
import type { CliDeps } from './deps.js';
import { run } from './run.js';

/**
 * The only place that touches `process`: builds the real deps and runs vatl over them.
 * Everything a user sees, errors included, comes from `run`, so tests reach it in-process.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const deps: CliDeps = {
    version: (createRequire(import.meta.url)('../../package.json') as { version: string }).version,
    fs,
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    colorSupported: Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb',
    now: () => new Date(),
    ...(process.argv[1] ? { script: process.argv[1] } : {}),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    createPrompter: async ({ color }) => {
      const { createInquirerPrompter } = await import('../prompts/inquirer-prompter.js');
      return createInquirerPrompter({ input: process.stdin, output: process.stdout, color });
    },
  };
  // A closed pipe (`vatl frameworks show vatl | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  });
  return run(argv, deps);
}
