import { CommanderError } from 'commander';
import { CancelledError, EXIT, ExitError, TemplateError, VatlError } from '../errors.js';
import type { CliDeps } from './deps.js';
import { faultError } from '../io/file-fault.js';
import { createProgram } from './program.js';
import { languageInArgv } from './program-text.js';
import { printMessage } from './message.js';
import { visible } from '../core/text/terminal-text.js';

/**
 * Runs vatl with the given arguments (without `node` and the script) over the given deps and
 * returns the exit code. This is the one place an error becomes text: a `VatlError` prints as
 * `vatl: message` and its hint, and so does a disk fault; anything else is an internal error, with its stack under
 * `--verbose`. Usage errors exit 2; `--help` and `--version` exit 0.
 */
export async function run(argv: readonly string[], deps: CliDeps): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = createProgram(deps, result, languageInArgv(argv));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Commander has printed the help, version or error already. A bare `vatl` or
    // `vatl frameworks` prints help as a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return report(error, argv.includes('--verbose'), deps);
  }
  return result.code;
}

function report(thrown: unknown, verbose: boolean, deps: CliDeps): number {
  // A disk fault (no space, read-only, permission denied…) is the user's to fix, not a bug.
  const error = faultError(thrown, deps.cwd) ?? thrown;
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CancelledError) {
    printMessage(deps.stderr, 'cancelled.');
    return EXIT.cancelled;
  }
  if (error instanceof VatlError) {
    printMessage(deps.stderr, error.message, error.hint);
    if (verbose && error.stack) deps.stderr.write(`${visible(error.stack, { lines: true })}\n`);
    return error.exitCode;
  }
  if (error instanceof TemplateError) {
    printMessage(
      deps.stderr,
      `the template ${error.template} failed: ${error.message}`,
      'Fix the template (or remove the override), then run again.',
    );
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (verbose && error instanceof Error && error.stack) {
    printMessage(deps.stderr, `internal error: ${message}`);
    deps.stderr.write(`${visible(error.stack, { lines: true })}\n`);
  } else
    printMessage(
      deps.stderr,
      `internal error: ${message}`,
      'This is a bug in vatl. Run again with --verbose for details, and report it.',
    );
  return EXIT.usage;
}
