import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
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
    fs: {
      ...fsPromises,
      // Reads are made one after another, and a bulk run makes thousands: the synchronous
      // calls cost a fraction of the promise ones (each of those is several thread-pool trips).
      readFile: (path) => Promise.resolve().then(() => readFileSync(path)),
      stat: (path) => Promise.resolve().then(() => statSync(path)),
      readdir: (path) => Promise.resolve().then(() => readdirSync(path)),
    },
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // isatty(0) rather than process.stdin.isTTY: that would set up stdin, which most runs never read.
    interactive: isatty(0) && Boolean(process.stdout.isTTY),
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
