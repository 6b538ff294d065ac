import { Argument, Command, Option } from 'commander';
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
export function createProgram(deps: CliDeps, result: { code: number }): Command {
  const { version } = deps;
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
    .description(help.PROGRAM_DESCRIPTION)
    .version(version, '-V, --version', 'print the version')
    .option('--no-color', 'print without colour (also: NO_COLOR=1; FORCE_COLOR=1 forces it on)')
    .option('--verbose', 'show stack traces and extra detail on errors', false)
    .addOption(
      new Option(
        '--lang <language>',
        "the language to write in (default: the config's, else en)",
      ).choices(LANGUAGES),
    )
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.stdout.write(text),
      // Commander's errors quote the arguments given: shown with their control characters escaped.
      writeErr: (text) => deps.stderr.write(visible(text, { lines: true })),
      outputError: (text, write) => write(text.startsWith('error:') ? `vatl: ${text}` : text),
    })
    .addHelpText('after', help.PROGRAM_HELP);

  program
    .command('review')
    .description(
      'review a proposed tool or AI adoption and write the review file and decision memo',
    )
    .option(
      '-a, --answers <file>',
      'take every answer from a review file instead of asking (for scripts and CI)',
    )
    .option(
      '--framework <id|path>',
      "the framework to review against (default: the config's, else vatl)",
    )
    .option('--resume', 'continue a saved draft')
    .option(
      '--reviewer <name>',
      "whose answers these are, for a team review combined by vatl merge (sets the file's reviewer)",
    )
    .option('-o, --out <dir>', 'write into this folder instead of the decisions folder')
    .option('--stdout', 'print the memo instead of writing files')
    .option('--dry-run', 'check and score, but write nothing')
    .option('--force', 'replace an existing review or memo with the same id')
    .option('-t, --template <dir>', 'a folder of memo templates that override the built-in ones')
    .addHelpText(
      'after',
      `
Examples:
  $ vatl review                                   the interactive walk-through
  $ vatl review --resume                          continue where you stopped
  $ vatl review --answers examples/lms-replacement/review.yaml --stdout
  $ vatl review --answers review.yaml --out decisions/`,
    )
    .action(async (options: ReviewOptions) => {
      const { reviewCommand } = await import('./commands/review.js');
      result.code = await reviewCommand(options, context());
    });

  program
    .command('render')
    .description('re-render decision memos (or family summaries) from their review files')
    .argument('<reviews...>', 'review files (.review.yaml) or glob patterns')
    .option('--stdout', 'print the memo instead of writing it')
    .option('--force', 'replace a memo that differs from what its review renders')
    .addOption(new Option('--audience <who>', 'the reader').choices(['board', 'family']))
    .option('-t, --template <dir>', 'a folder of memo templates that override the built-in ones')
    .addHelpText('after', help.RENDER_HELP)
    .action(async (files: string[], options: RenderOptions) => {
      const { renderCommand } = await import('./commands/render.js');
      result.code = await renderCommand(files, options, context());
    });

  program
    .command('status')
    .description(
      'move a decision to a new status, record it in its status history and re-render its memo',
    )
    .argument('<id>', 'a decision id (0007-ai-tutor), its number (7) or a .review.yaml path')
    .addArgument(
      new Argument('<status>', 'the new status').choices([
        'proposed',
        'decided',
        'superseded',
        'retired',
      ]),
    )
    .option('--by <id>', 'for superseded: the later decision that replaces this one')
    .option('--note <text>', 'a note for the status history')
    .option('--date <date>', 'the date of the change, YYYY-MM-DD (default: today)')
    .addHelpText(
      'after',
      `
A decision moves proposed → decided (or retired, when withdrawn before sign-off), then
decided → superseded (--by the decision that replaces it) or retired. Comments and layout in
the review file are kept.

Examples:
  $ vatl status 7 decided --note "Signed off by the board"
  $ vatl status 0007-ai-tutor superseded --by 12
  $ vatl status decisions/0003-gradpath.review.yaml retired --date 2027-06-30`,
    )
    .action(async (id: string, status: ReviewStatus, options: StatusOptions) => {
      const { statusCommand } = await import('./commands/status.js');
      result.code = await statusCommand(id, status, options, context());
    });

  program
    .command('merge')
    .description(
      "combine team members' independent reviews of one proposal: median answers, spread, agreement, what to discuss",
    )
    .argument(
      '<reviews...>',
      'review files (or glob patterns) of the same proposal, one per reviewer (two or more)',
    )
    .option('-o, --out <dir>', 'write into this folder instead of the decisions folder')
    .option('--stdout', 'print the merged memo instead of writing files')
    .option('--force', 'replace an existing review or memo with the same id')
    .option('-t, --template <dir>', 'a folder of memo templates that override the built-in ones')
    .addHelpText(
      'after',
      `
Each scale answer is the reviewers' median, rounded down (the more cautious value); a red-line
answer stands if any reviewer gives it; N/A only when more than half say so. The merged review
records every reviewer's answers and has no decision: the team decides after discussing.

Examples:
  $ vatl merge ana.review.yaml ben.review.yaml cy.review.yaml --out decisions/
  $ vatl merge reviews/*.review.yaml --stdout`,
    )
    .action(async (files: string[], options: MergeOptions) => {
      const { mergeCommand } = await import('./commands/merge.js');
      result.code = await mergeCommand(files, options, context());
    });

  program
    .command('upgrade')
    .description(
      'move review files to the installed version of their framework, listing what to answer again',
    )
    .argument('<reviews...>', 'review files (.review.yaml) or glob patterns')
    .option('--dry-run', 'say what would change, and write nothing')
    .addHelpText(
      'after',
      `
Unchanged answers carry over. Answers to changed or removed questions move to
\`previousAnswers:\` in the file (nothing is dropped); changed and new questions are listed
to answer again. Comments and layout in the file are kept.

Examples:
  $ vatl upgrade decisions/0007-ai-tutor.review.yaml
  $ vatl upgrade --dry-run decisions/*.review.yaml`,
    )
    .action(async (files: string[], options: { dryRun?: boolean }) => {
      const { upgradeCommand } = await import('./commands/upgrade.js');
      result.code = await upgradeCommand(files, options, context());
    });

  program
    .command('validate')
    .description(
      'check frameworks, reviews and memos (files, folders or globs); every problem at file:line:col',
    )
    .argument(
      '[paths...]',
      "files, folders or glob patterns (default: the config's folders, else ./frameworks and ./decisions)",
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'),
    )
    .option(
      '--max-warnings <n>',
      'exit 1 when there are more warnings than this (-1: no limit, the default)',
      help.parseMaxWarnings,
    )
    .option('--cache', 'only check reviews that changed since the last run (kept in .vatlcache)')
    .option('--cache-location <path>', 'the cache file, or a folder for .vatlcache in it')
    .addHelpText(
      'after',
      `
Examples:
  $ vatl validate
  $ vatl validate frameworks/vatl.yaml my-district/*.yaml
  $ vatl validate --format sarif > vatl.sarif
  $ vatl validate --max-warnings 0`,
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      const { validateCommand } = await import('./commands/validate.js');
      result.code = await validateCommand(paths, options, context());
    });

  program
    .command('init')
    .description(
      'set up a decisions repository here: config, folders, a CI workflow and editor schema settings',
    )
    .option('--decisions <dir>', 'the folder for review files and memos', 'decisions')
    .option('--force', 'replace files that already exist')
    .addHelpText('after', help.INIT_HELP)
    .action(async (options: { force?: boolean; decisions: string }) => {
      const { initCommand } = await import('./commands/init.js');
      result.code = await initCommand(options, context());
    });

  program
    .command('log')
    .description(
      'the portfolio index: write <decisions>/index.md and list every decision, by category',
    )
    .addOption(
      new Option('-f, --format <format>', 'json or csv: print the list only, write nothing')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .addHelpText('after', '\nExamples:\n  $ vatl log\n  $ vatl log --format csv > decisions.csv')
    .action(async (options: LogOptions) => {
      const { logCommand } = await import('./commands/log.js');
      result.code = await logCommand(options, context());
    });

  program
    .command('due')
    .description(
      'decisions past their review-by date and conditions past their due date, with owners',
    )
    .option('--as-of <date>', 'the day to check against, YYYY-MM-DD (default: today)')
    .option('--fail', 'exit 1 when anything is due (for a scheduled CI job)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['table', 'json'])
        .default('table'),
    )
    .addHelpText(
      'after',
      `
Something due on the --as-of day is not yet past due. Superseded and retired decisions are
left out.

Examples:
  $ vatl due
  $ vatl due --as-of 2027-01-31 --format json
  $ vatl due --fail`,
    )
    .action(async (options: DueOptions) => {
      const { dueCommand } = await import('./commands/due.js');
      result.code = await dueCommand(options, context());
    });

  const frameworks = program
    .command('frameworks')
    .description('list the installed frameworks or show one')
    .addHelpText('after', help.FRAMEWORKS_HELP);
  frameworks
    .command('list')
    .description('list the installed frameworks')
    .option('--json', 'print JSON', false)
    .addHelpText('after', help.FRAMEWORKS_LIST_HELP)
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
    .addHelpText('after', help.FRAMEWORKS_SHOW_HELP)
    .action(async (id: string, options: { json: boolean }) => {
      const { frameworksShowCommand } = await import('./commands/frameworks.js');
      result.code = await frameworksShowCommand(id, options, context());
    });

  program
    .command('compare')
    .description('put competing proposals side by side on one Markdown page')
    .argument('<reviews...>', 'two or more review files, or decision ids or numbers (0007-x, 7)')
    .option('-o, --out <file>', 'write the page to this file instead of printing it')
    .option('--force', 'replace the --out file if it exists')
    .option('-t, --template <dir>', 'a folder of templates that override the built-in ones')
    .addHelpText('after', help.COMPARE_HELP)
    .action(async (files: string[], options: CompareOptions) => {
      if (files.length < 2) {
        program.error('error: vatl compare needs at least two reviews to compare.', {
          exitCode: 2,
          code: 'vatl.compare.one-review',
        });
      }
      const { compareCommand } = await import('./commands/compare.js');
      result.code = await compareCommand(files, options, context());
    });

  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(help.SHELLS))
    .addHelpText('after', help.COMPLETION_HELP)
    .action(async (shell: help.Shell) => {
      const { completionCommand } = await import('./commands/completion.js');
      result.code = completionCommand(shell, program, context());
    });

  return program;
}
