import { CommanderError } from 'commander';
import { CancelledError, EXIT, ExitError, TemplateError, VatlError } from '../errors.js';
import type { CliDeps } from './deps.js';
import { faultError } from '../io/file-fault.js';
import { createProgram } from './program.js';
import { languageInArgv } from './program-text.js';
import { printMessage } from './message.js';
import { visible } from '../core/text/terminal-text.js';
import { wordsIn } from './speak.js';
import { pick } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import { RUN_TEXT } from './run-text.js';
import { RUN_TEXT_ES } from './run-text.es.js';

const TEXT = { en: RUN_TEXT, es: RUN_TEXT_ES } as const;

/**
 * Runs vatl with the given arguments (without `node` and the script) over the given deps and
 * returns the exit code. This is the one place an error becomes text: a `VatlError` prints as
 * `vatl: message` and its hint, and so does a disk fault; anything else is an internal error, with its stack under
 * `--verbose`. Usage errors exit 2; `--help` and `--version` exit 0. Errors are printed in the
 * language the command resolved (`useLanguage` in report.ts), else the one `--lang` names.
 */
export async function run(argv: readonly string[], deps: CliDeps): Promise<number> {
  const result = { code: EXIT.ok as number };
  const spoken: { language?: Language } = {};
  const asked = languageInArgv(argv);
  if (asked) spoken.language = asked;
  const program = createProgram({ ...deps, spoken }, result, asked);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Commander has printed the help, version or error already. A bare `vatl` or
    // `vatl frameworks` prints help as a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return report(error, argv.includes('--verbose'), deps, spoken.language ?? 'en');
  }
  return result.code;
}

function report(thrown: unknown, verbose: boolean, deps: CliDeps, language: Language): number {
  const text = pick(TEXT, language);
  // A disk fault (no space, read-only, permission denied…) is the user's to fix, not a bug.
  const error = faultError(thrown, deps.cwd) ?? thrown;
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CancelledError) {
    printMessage(deps.stderr, text.cancelled);
    return EXIT.cancelled;
  }
  if (error instanceof VatlError) {
    const said = wordsIn(
      language,
      error.code,
      { message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
      error.text,
    );
    printMessage(deps.stderr, said.message, said.hint);
    if (verbose && error.stack) deps.stderr.write(`${visible(error.stack, { lines: true })}\n`);
    return error.exitCode;
  }
  if (error instanceof TemplateError) {
    printMessage(
      deps.stderr,
      text.templateFailed(
        error.template,
        wordsIn(language, 'template/invalid', { message: error.message }, error.text).message,
      ),
      text.templateHint,
    );
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (verbose && error instanceof Error && error.stack) {
    printMessage(deps.stderr, text.internalError(message));
    deps.stderr.write(`${visible(error.stack, { lines: true })}\n`);
  } else printMessage(deps.stderr, text.internalError(message), text.internalHint);
  return EXIT.usage;
}
