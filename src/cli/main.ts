import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CancelledError, EXIT, TemplateError, VatlError } from '../errors.js';
import type { CliDeps } from './deps.js';
import { run } from './program.js';

/**
 * The only place that touches `process`: builds the real deps, runs vatl, and turns any
 * error that escaped into a message and an exit code. Returns the exit code.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const version = (createRequire(import.meta.url)('../../package.json') as { version: string })
    .version;
  const verbose = argv.includes('--verbose');
  const deps: CliDeps = {
    fs,
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    colorSupported: Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb',
    now: () => new Date(),
    createPrompter: async ({ color }) => {
      const { createInquirerPrompter } = await import('../prompts/inquirer-prompter.js');
      return createInquirerPrompter({ input: process.stdin, output: process.stdout, color });
    },
  };
  // A closed pipe (`vatl frameworks show vatl | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  });
  try {
    return await run(argv, deps, version);
  } catch (error) {
    return report(error, verbose, deps);
  }
}

function report(error: unknown, verbose: boolean, deps: CliDeps): number {
  if (error instanceof CancelledError) {
    deps.stderr.write('vatl: cancelled.\n');
    return EXIT.cancelled;
  }
  if (error instanceof VatlError) {
    deps.stderr.write(`vatl: ${error.message}\n`);
    if (error.hint) deps.stderr.write(`  ${error.hint}\n`);
    if (verbose && error.stack) deps.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof TemplateError) {
    deps.stderr.write(`vatl: the memo template ${error.template} failed: ${error.message}\n`);
    deps.stderr.write('  Fix the template (or remove the override), then run again.\n');
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  deps.stderr.write(`vatl: internal error: ${message}\n`);
  if (verbose && error instanceof Error && error.stack) deps.stderr.write(`${error.stack}\n`);
  else
    deps.stderr.write(
      '  This is a bug in vatl. Run again with --verbose for details, and report it.\n',
    );
  return EXIT.usage;
}
