import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from '../errors.js';
import type { CliDeps, CommandContext } from './deps.js';
import { FORMAT_NAMES } from './formats/index.js';
import type { FormatName } from './formats/index.js';

interface GlobalOptions {
  color: boolean;
  verbose: boolean;
}

/**
 * Builds the command-line program over the given deps. Each command's module is imported only
 * when it runs, so `vatl validate` never loads prompts or templates. Actions store their exit
 * code in `result.code`; nothing here calls process.exit.
 */
export function createProgram(deps: CliDeps, version: string, result: { code: number }): Command {
  const program = new Command('vatl');
  const context = (): CommandContext => {
    const opts = program.opts<GlobalOptions>();
    const noColorEnv = deps.env.NO_COLOR !== undefined && deps.env.NO_COLOR !== '';
    return {
      ...deps,
      color: opts.color && deps.colorSupported && !noColorEnv,
      verbose: opts.verbose,
      version,
    };
  };

  program
    .description(
      'Technology decision reviews for school systems: score a proposed tool or AI adoption on Do More,\n' +
        'Do Better and Do New across Governance & Ethics, People & Capacity and Infrastructure & Resources.',
    )
    .version(version, '-V, --version', 'print the version')
    .option('--no-color', 'print without colour (also: NO_COLOR=1)')
    .option('--verbose', 'show stack traces and extra detail on errors', false)
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      writeErr: (text) => deps.stderr.write(text),
      outputError: (text, write) => write(text.startsWith('error:') ? `vatl: ${text}` : text),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ vatl validate                         check the frameworks in ./frameworks (or the config's)
  $ vatl validate frameworks/ --format github
  $ vatl frameworks list
  $ vatl frameworks show vatl             the 3×3 grid, questions, gates and thresholds

Exit codes: 0 ok · 1 problems found · 2 usage error or could not run · 130 cancelled`,
    );

  program
    .command('validate')
    .description(
      'check framework files (files, folders or globs) and report every problem at file:line:col',
    )
    .argument(
      '[paths...]',
      "files, folders or glob patterns (default: the config's frameworks, else ./frameworks)",
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .addHelpText(
      'after',
      `
Examples:
  $ vatl validate
  $ vatl validate frameworks/vatl.yaml my-district/*.yaml
  $ vatl validate --format sarif > vatl.sarif
  $ vatl validate --max-warnings 0`,
    )
    .action(async (paths: string[], options: { format: FormatName; maxWarnings?: number }) => {
      const { validateCommand } = await import('./commands/validate.js');
      result.code = await validateCommand(paths, options, context());
    });

  const frameworks = program
    .command('frameworks')
    .description('list the installed frameworks or show one');
  frameworks
    .command('list')
    .description('list the installed frameworks')
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const { frameworksListCommand } = await import('./commands/frameworks.js');
      result.code = await frameworksListCommand(options, context());
    });
  frameworks
    .command('show')
    .description('show a framework: its grid with question counts, questions, gates and thresholds')
    .argument(
      '<framework>',
      'an installed framework id (e.g. vatl) or the path of a framework file',
    )
    .option('--json', 'print JSON', false)
    .addHelpText(
      'after',
      '\nExamples:\n  $ vatl frameworks show vatl\n  $ vatl frameworks show ./my-rubric.yaml --json',
    )
    .action(async (id: string, options: { json: boolean }) => {
      const { frameworksShowCommand } = await import('./commands/frameworks.js');
      result.code = await frameworksShowCommand(id, options, context());
    });

  return program;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

/**
 * Runs vatl with the given arguments (without `node` and the script) and returns the exit code.
 * Usage errors exit 2; `--help` and `--version` exit 0.
 */
export async function run(
  argv: readonly string[],
  deps: CliDeps,
  version: string,
): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = createProgram(deps, version, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the help, version or error already. A bare `vatl` or
      // `vatl frameworks` prints help as a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return result.code;
}
