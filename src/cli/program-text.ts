import { isLanguage } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import * as help from './program-help.js';
import { PROGRAM_TEXT_ES } from './program-text.es.js';

/** A command's words in `--help`: its description, its arguments' and options' help, and what follows. */
export interface CommandHelp {
  description: string;
  /** By argument name or option key (as in program.ts). */
  args?: Readonly<Record<string, string>>;
  options: Readonly<Record<string, string>>;
  after?: string;
}

/** The words of `vatl --help` and every command's help, and commander's own, in one language. */
export interface ProgramText {
  description: string;
  examples: string;
  global: { version: string; noColor: string; verbose: string; lang: string; help: string };
  commands: {
    review: CommandHelp;
    render: CommandHelp;
    status: CommandHelp;
    merge: CommandHelp;
    upgrade: CommandHelp;
    validate: CommandHelp;
    init: CommandHelp;
    log: CommandHelp;
    due: CommandHelp;
    frameworks: CommandHelp;
    frameworksList: CommandHelp;
    frameworksShow: CommandHelp;
    compare: CommandHelp;
    completion: CommandHelp;
  };
  compareOneReview: string;
  maxWarnings: string;
  /** Commander's own words: headings, its help command, and its error messages; undefined keeps them. */
  commander?: {
    titles: Readonly<Record<string, string>>;
    helpCommand: string;
    /** Commander's help and errors, with its fixed words put in the language. */
    words(text: string): string;
  };
}

const FW = 'a folder of memo templates that override the built-in ones';

export const PROGRAM_TEXT_EN: ProgramText = {
  description: help.PROGRAM_DESCRIPTION,
  examples: help.PROGRAM_HELP,
  global: {
    version: 'print the version',
    noColor: 'print without colour (also: NO_COLOR=1; FORCE_COLOR=1 forces it on)',
    verbose: 'show stack traces and extra detail on errors',
    lang: "the language to write in (default: the config's, else en)",
    help: 'show help',
  },
  commands: {
    review: {
      description:
        'review a proposed tool or AI adoption and write the review file and decision memo',
      options: {
        answers: 'take every answer from a review file instead of asking (for scripts and CI)',
        framework: "the framework to review against (default: the config's, else vatl)",
        resume: 'continue a saved draft',
        reviewer:
          "whose answers these are, for a team review combined by vatl merge (sets the file's reviewer)",
        out: 'write into this folder instead of the decisions folder',
        stdout: 'print the memo instead of writing files',
        dryRun: 'check and score, but write nothing',
        force: 'replace an existing review or memo with the same id',
        template: FW,
      },
      after: help.REVIEW_HELP,
    },
    render: {
      description: 're-render decision memos (or family summaries) from their review files',
      args: { reviews: 'review files (.review.yaml) or glob patterns' },
      options: {
        stdout: 'print the memo instead of writing it',
        force: 'replace a memo that differs from what its review renders',
        audience: 'the reader',
        template: FW,
      },
      after: help.RENDER_HELP,
    },
    status: {
      description:
        'move a decision to a new status, record it in its status history and re-render its memo',
      args: {
        id: 'a decision id (0007-ai-tutor), its number (7) or a .review.yaml path',
        status: 'the new status',
      },
      options: {
        by: 'for superseded: the later decision that replaces this one',
        note: 'a note for the status history',
        date: 'the date of the change, YYYY-MM-DD (default: today)',
      },
      after: help.STATUS_HELP,
    },
    merge: {
      description:
        "combine team members' independent reviews of one proposal: median answers, spread, agreement, what to discuss",
      args: {
        reviews:
          'review files (or glob patterns) of the same proposal, one per reviewer (two or more)',
      },
      options: {
        out: 'write into this folder instead of the decisions folder',
        stdout: 'print the merged memo instead of writing files',
        force: 'replace an existing review or memo with the same id',
        template: FW,
      },
      after: help.MERGE_HELP,
    },
    upgrade: {
      description:
        'move review files to the installed version of their framework, listing what to answer again',
      args: { reviews: 'review files (.review.yaml) or glob patterns' },
      options: { dryRun: 'say what would change, and write nothing' },
      after: help.UPGRADE_HELP,
    },
    validate: {
      description:
        'check frameworks, reviews and memos (files, folders or globs); every problem at file:line:col',
      args: {
        paths:
          "files, folders or glob patterns (default: the config's folders, else ./frameworks and ./decisions)",
      },
      options: {
        format: 'output format',
        maxWarnings: 'exit 1 when there are more warnings than this (-1: no limit, the default)',
        cache: 'only check reviews that changed since the last run (kept in .vatlcache)',
        cacheLocation: 'the cache file, or a folder for .vatlcache in it',
      },
      after: help.VALIDATE_HELP,
    },
    init: {
      description:
        'set up a decisions repository here: config, folders, a CI workflow and editor schema settings',
      options: {
        decisions: 'the folder for review files and memos',
        force: 'replace files that already exist',
      },
      after: help.INIT_HELP,
    },
    log: {
      description:
        'the portfolio index: write <decisions>/index.md and list every decision, by category',
      options: { format: 'json or csv: print the list only, write nothing' },
      after: '\nExamples:\n  $ vatl log\n  $ vatl log --format csv > decisions.csv',
    },
    due: {
      description:
        'decisions past their review-by date and conditions past their due date, with owners',
      options: {
        asOf: 'the day to check against, YYYY-MM-DD (default: today)',
        fail: 'exit 1 when anything is due (for a scheduled CI job)',
        format: 'output format',
      },
      after: help.DUE_HELP,
    },
    frameworks: {
      description: 'list the installed frameworks or show one',
      options: {},
      after: help.FRAMEWORKS_HELP,
    },
    frameworksList: {
      description: 'list the installed frameworks',
      options: { json: 'print JSON' },
      after: help.FRAMEWORKS_LIST_HELP,
    },
    frameworksShow: {
      description:
        'show a framework: its grid with question counts, questions, gates and thresholds',
      args: {
        framework: 'an installed framework id (e.g. vatl) or the path of a framework file',
      },
      options: { json: 'print JSON' },
      after: help.FRAMEWORKS_SHOW_HELP,
    },
    compare: {
      description: 'put competing proposals side by side on one Markdown page',
      args: {
        reviews: 'two or more review files, or decision ids or numbers (0007-x, 7)',
      },
      options: {
        out: 'write the page to this file instead of printing it',
        force: 'replace the --out file if it exists',
        template: 'a folder of templates that override the built-in ones',
      },
      after: help.COMPARE_HELP,
    },
    completion: {
      description: 'print a shell completion script for bash, zsh or fish',
      args: { shell: 'the shell' },
      options: {},
      after: help.COMPLETION_HELP,
    },
  },
  compareOneReview: 'error: vatl compare needs at least two reviews to compare.',
  maxWarnings: 'expected a whole number, 0 or more, or -1 for no limit.',
};

export const PROGRAM_TEXT: Readonly<Record<Language, ProgramText>> = {
  en: PROGRAM_TEXT_EN,
  es: PROGRAM_TEXT_ES,
};

/**
 * The language `--lang` asks for on the command line, read before commander parses it: the last
 * one given, as commander takes it; `--` ends the options.
 */
export function languageInArgv(argv: readonly string[]): Language | undefined {
  let found: Language | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const value =
      arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLanguage(value)) found = value;
  }
  return found;
}
