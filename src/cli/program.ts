import { Argument, Command, Help, Option } from 'commander';
import { colorEnabled } from './color.js';
import * as help from './program-help.js';
import type { CliDeps, CommandContext } from './deps.js';
import { FORMAT_NAMES } from './formats/index.js';
import type { ReviewOptions } from './commands/review.js';
import type { RenderOptions } from './commands/render.js';
import type { CompareOptions } from './commands/compare.js';
import type { StatusOptions } from './commands/status.js';
import type { ReviewStatus } from '../core/review/types.js';
import type { MergeOptions } from './commands/merge.js';
import type { LogOptions } from './commands/log.js';
import type { DueOptions } from './commands/due.js';
import { visible } from '../core/text/terminal-text.js';
import { LANGUAGES } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import type { ValidateOptions } from './commands/validate.js';
import { PROGRAM_TEXT } from './program-text.js';
import type { ProgramText } from './program-text.js';

interface GlobalOptions {
  color: boolean;
  verbose: boolean;
  lang?: Language;
}

/**
 * Builds the command-line program over the given deps. Each command's module is imported only
 * when it runs, so `vatl validate` never loads prompts or templates. Actions store their exit
 * code in `result.code`; nothing here calls process.exit.
 */
export function createProgram(
  deps: CliDeps,
  result: { code: number },
  /** The language of the help and commander's messages (`--lang`, read before parsing). */
  language: Language = 'en',
): Command {
  const { version } = deps;
  const h = PROGRAM_TEXT[language];
  const c = h.commands;
  const program = new Command('vatl');
  const context = (): CommandContext => {
    const opts = program.opts<GlobalOptions>();
    return {
      ...deps,
      color: colorEnabled(opts.color, deps.env, deps.colorSupported),
      verbose: opts.verbose,
      ...(opts.lang ? { lang: opts.lang } : {}),
    };
  };

  program
    .description(h.description)
    .version(version, '-V, --version', h.global.version)
    .option('--no-color', h.global.noColor)
    .option('--verbose', h.global.verbose, false)
    .addOption(new Option('--lang <language>', h.global.lang).choices(LANGUAGES))
    .helpOption('-h, --help', h.global.help)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      // Commander's errors quote the arguments given: shown with their control characters escaped.
      writeErr: (text) => deps.stderr.write(visible(text, { lines: true })),
      outputError: (text, write) => {
        const said = h.commander ? h.commander.words(text) : text;
        write(said.startsWith('error:') ? `vatl: ${said}` : said);
      },
    })
    .addHelpText('after', h.examples);
  if (h.commander) localiseCommander(program, h.commander);

  const o = (cmd: keyof typeof c, key: string) => c[cmd].options[key] ?? key;
  const a = (cmd: keyof typeof c, key: string) => c[cmd].args?.[key] ?? key;
  const after = (cmd: keyof typeof c) => c[cmd].after ?? '';

  program
    .command('review')
    .description(c.review.description)
    .option('-a, --answers <file>', o('review', 'answers'))
    .option('--framework <id|path>', o('review', 'framework'))
    .option('--resume', o('review', 'resume'))
    .option('--reviewer <name>', o('review', 'reviewer'))
    .option('-o, --out <dir>', o('review', 'out'))
    .option('--stdout', o('review', 'stdout'))
    .option('--dry-run', o('review', 'dryRun'))
    .option('--force', o('review', 'force'))
    .option('-t, --template <dir>', o('review', 'template'))
    .addHelpText('after', after('review'))
    .action(async (options: ReviewOptions) => {
      const { reviewCommand } = await import('./commands/review.js');
      result.code = await reviewCommand(options, context());
    });

  program
    .command('render')
    .description(c.render.description)
    .argument('<reviews...>', a('render', 'reviews'))
    .option('--stdout', o('render', 'stdout'))
    .option('--force', o('render', 'force'))
    .addOption(new Option('--audience <who>', o('render', 'audience')).choices(['board', 'family']))
    .option('-t, --template <dir>', o('render', 'template'))
    .addHelpText('after', after('render'))
    .action(async (files: string[], options: RenderOptions) => {
      const { renderCommand } = await import('./commands/render.js');
      result.code = await renderCommand(files, options, context());
    });

  program
    .command('status')
    .description(c.status.description)
    .argument('<id>', a('status', 'id'))
    .addArgument(
      new Argument('<status>', a('status', 'status')).choices([
        'proposed',
        'decided',
        'superseded',
        'retired',
      ]),
    )
    .option('--by <id>', o('status', 'by'))
    .option('--note <text>', o('status', 'note'))
    .option('--date <date>', o('status', 'date'))
    .addHelpText('after', after('status'))
    .action(async (id: string, status: ReviewStatus, options: StatusOptions) => {
      const { statusCommand } = await import('./commands/status.js');
      result.code = await statusCommand(id, status, options, context());
    });

  program
    .command('merge')
    .description(c.merge.description)
    .argument('<reviews...>', a('merge', 'reviews'))
    .option('-o, --out <dir>', o('merge', 'out'))
    .option('--stdout', o('merge', 'stdout'))
    .option('--force', o('merge', 'force'))
    .option('-t, --template <dir>', o('merge', 'template'))
    .addHelpText('after', after('merge'))
    .action(async (files: string[], options: MergeOptions) => {
      const { mergeCommand } = await import('./commands/merge.js');
      result.code = await mergeCommand(files, options, context());
    });

  program
    .command('upgrade')
    .description(c.upgrade.description)
    .argument('<reviews...>', a('upgrade', 'reviews'))
    .option('--dry-run', o('upgrade', 'dryRun'))
    .addHelpText('after', after('upgrade'))
    .action(async (files: string[], options: { dryRun?: boolean }) => {
      const { upgradeCommand } = await import('./commands/upgrade.js');
      result.code = await upgradeCommand(files, options, context());
    });

  program
    .command('validate')
    .description(c.validate.description)
    .argument('[paths...]', a('validate', 'paths'))
    .addOption(
      new Option('-f, --format <format>', o('validate', 'format'))
        .choices(FORMAT_NAMES)
        .default('stylish'),
    )
    .option(
      '--max-warnings <n>',
      o('validate', 'maxWarnings'),
      help.maxWarningsParser(h.maxWarnings),
    )
    .option('--cache', o('validate', 'cache'))
    .option('--cache-location <path>', o('validate', 'cacheLocation'))
    .addHelpText('after', after('validate'))
    .action(async (paths: string[], options: ValidateOptions) => {
      const { validateCommand } = await import('./commands/validate.js');
      result.code = await validateCommand(paths, options, context());
    });

  program
    .command('init')
    .description(c.init.description)
    .option('--decisions <dir>', o('init', 'decisions'), 'decisions')
    .option('--force', o('init', 'force'))
    .addHelpText('after', after('init'))
    .action(async (options: { force?: boolean; decisions: string }) => {
      const { initCommand } = await import('./commands/init.js');
      result.code = await initCommand(options, context());
    });

  program
    .command('log')
    .description(c.log.description)
    .addOption(
      new Option('-f, --format <format>', o('log', 'format'))
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .addHelpText('after', after('log'))
    .action(async (options: LogOptions) => {
      const { logCommand } = await import('./commands/log.js');
      result.code = await logCommand(options, context());
    });

  program
    .command('due')
    .description(c.due.description)
    .option('--as-of <date>', o('due', 'asOf'))
    .option('--fail', o('due', 'fail'))
    .addOption(
      new Option('-f, --format <format>', o('due', 'format'))
        .choices(['table', 'json'])
        .default('table'),
    )
    .addHelpText('after', after('due'))
    .action(async (options: DueOptions) => {
      const { dueCommand } = await import('./commands/due.js');
      result.code = await dueCommand(options, context());
    });

  const frameworks = program
    .command('frameworks')
    .description(c.frameworks.description)
    .addHelpText('after', after('frameworks'));
  frameworks
    .command('list')
    .description(c.frameworksList.description)
    .option('--json', o('frameworksList', 'json'), false)
    .addHelpText('after', after('frameworksList'))
    .action(async (options: { json: boolean }) => {
      const { frameworksListCommand } = await import('./commands/frameworks.js');
      result.code = await frameworksListCommand(options, context());
    });
  frameworks
    .command('show')
    .description(c.frameworksShow.description)
    .argument('<framework>', a('frameworksShow', 'framework'))
    .option('--json', o('frameworksShow', 'json'), false)
    .addHelpText('after', after('frameworksShow'))
    .action(async (id: string, options: { json: boolean }) => {
      const { frameworksShowCommand } = await import('./commands/frameworks.js');
      result.code = await frameworksShowCommand(id, options, context());
    });

  program
    .command('compare')
    .description(c.compare.description)
    .argument('<reviews...>', a('compare', 'reviews'))
    .option('-o, --out <file>', o('compare', 'out'))
    .option('--force', o('compare', 'force'))
    .option('-t, --template <dir>', o('compare', 'template'))
    .addHelpText('after', after('compare'))
    .action(async (files: string[], options: CompareOptions) => {
      if (files.length < 2) {
        program.error(h.compareOneReview, { exitCode: 2, code: 'vatl.compare.one-review' });
      }
      const { compareCommand } = await import('./commands/compare.js');
      result.code = await compareCommand(files, options, context());
    });

  program
    .command('completion')
    .description(c.completion.description)
    .addArgument(new Argument('<shell>', a('completion', 'shell')).choices(help.SHELLS))
    .addHelpText('after', after('completion'))
    .action(async (shell: help.Shell) => {
      const { completionCommand } = await import('./commands/completion.js');
      result.code = completionCommand(shell, program, context());
    });

  return program;
}

/**
 * Commander's own words in the language: the help's headings and its help command, and the
 * choices and defaults it adds to option help (its error messages go through `outputError`).
 */
function localiseCommander(program: Command, words: NonNullable<ProgramText['commander']>): void {
  program.helpCommand('help [command]', words.helpCommand);
  program.configureHelp({
    styleTitle: (title) => words.titles[title] ?? title,
    optionDescription(option) {
      return words.words(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
      return words.words(Help.prototype.argumentDescription.call(this, argument));
    },
    commandUsage(cmd) {
      return words.words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(cmd) {
      return words.words(Help.prototype.subcommandTerm.call(this, cmd));
    },
  });
}
