import { InvalidArgumentError } from 'commander';

/** What `--help` shows after some commands' options, and option parsers: kept out of program.ts. */

/** The shells `vatl completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** `--max-warnings`: a whole number, or -1 for no limit (ESLint's convention). */
export function parseMaxWarnings(value: string): number {
  if (!/^(\d+|-1)$/.test(value))
    throw new InvalidArgumentError('expected a whole number, 0 or more, or -1 for no limit.');
  return Number(value);
}

export const PROGRAM_HELP = `
Examples:
  $ vatl review                           review a proposal, interactively
  $ vatl review --answers review.yaml     the same, from a file of answers
  $ vatl validate                         check frameworks, reviews and memos
  $ vatl validate frameworks/ --format github
  $ vatl frameworks list
  $ vatl frameworks show vatl             the 3×3 grid, questions, gates and thresholds

Exit codes: 0 ok · 1 problems found · 2 usage error or could not run · 130 cancelled`;

export const INIT_HELP = `
Writes vatl.config.yaml, the decisions folder, a package.json that pins vatl as a dev
dependency, GitHub Actions workflows that run it with npm ci, and editor schema settings.
Files that exist are kept unless --force. Then run npm install and commit package-lock.json.

Examples:
  $ vatl init
  $ vatl init --decisions records
  $ vatl init --force                     write every file again`;

export const RENDER_HELP = `
Examples:
  $ vatl render decisions/0007-ai-tutor.review.yaml
  $ vatl render --force decisions/*.review.yaml
  $ vatl render --audience family decisions/0007-ai-tutor.review.yaml`;

export const FRAMEWORKS_HELP = `
Examples:
  $ vatl frameworks list
  $ vatl frameworks list --json
  $ vatl frameworks show vatl             the 3×3 grid, questions, gates and thresholds`;

export const FRAMEWORKS_LIST_HELP = `
Frameworks are the built-in ones and those in the folders under frameworks: in
vatl.config.yaml; the default one is marked.

Examples:
  $ vatl frameworks list
  $ vatl frameworks list --json | jq -r '.[].id'`;

export const COMPLETION_HELP = `
Prints a script that completes commands, options, framework ids and file paths. Install it
once (see the README, "Shell completion"):

Examples:
  $ vatl completion bash > ~/.local/share/bash-completion/completions/vatl
  $ vatl completion zsh > "\${fpath[1]}/_vatl"
  $ vatl completion fish > ~/.config/fish/completions/vatl.fish`;

export const PROGRAM_DESCRIPTION =
  'Technology decision reviews for school systems: score a proposed tool or AI adoption on Do More, ' +
  'Do Better and Do New across Governance & Ethics, People & Capacity and Infrastructure & Resources.';

export const FRAMEWORKS_SHOW_HELP =
  '\nExamples:\n  $ vatl frameworks show vatl\n  $ vatl frameworks show ./my-rubric.yaml --json';

export const COMPARE_HELP =
  '\nExamples:\n  $ vatl compare 3 4\n  $ vatl compare decisions/0003-x.review.yaml decisions/0004-y.review.yaml --out lms-options.md';

export const REVIEW_HELP = `
Examples:
  $ vatl review                                   the interactive walk-through
  $ vatl review --resume                          continue where you stopped
  $ vatl review --answers examples/lms-replacement/review.yaml --stdout
  $ vatl review --answers review.yaml --out decisions/`;

export const STATUS_HELP = `
A decision moves proposed → decided (or retired, when withdrawn before sign-off), then
decided → superseded (--by the decision that replaces it) or retired. Comments and layout in
the review file are kept.

Examples:
  $ vatl status 7 decided --note "Signed off by the board"
  $ vatl status 0007-ai-tutor superseded --by 12
  $ vatl status decisions/0003-gradpath.review.yaml retired --date 2027-06-30`;

export const MERGE_HELP = `
Each scale answer is the reviewers' median, rounded down (the more cautious value); a red-line
answer stands if any reviewer gives it; N/A only when more than half say so. The merged review
records every reviewer's answers and has no decision: the team decides after discussing.

Examples:
  $ vatl merge ana.review.yaml ben.review.yaml cy.review.yaml --out decisions/
  $ vatl merge reviews/*.review.yaml --stdout`;

export const UPGRADE_HELP = `
Unchanged answers carry over. Answers to changed or removed questions move to
\`previousAnswers:\` in the file (nothing is dropped); changed and new questions are listed
to answer again. Comments and layout in the file are kept.

Examples:
  $ vatl upgrade decisions/0007-ai-tutor.review.yaml
  $ vatl upgrade --dry-run decisions/*.review.yaml`;

export const VALIDATE_HELP = `
Examples:
  $ vatl validate
  $ vatl validate frameworks/vatl.yaml my-district/*.yaml
  $ vatl validate --format sarif > vatl.sarif
  $ vatl validate --max-warnings 0`;

export const DUE_HELP = `
Something due on the --as-of day is not yet past due. Superseded and retired decisions are
left out.

Examples:
  $ vatl due
  $ vatl due --as-of 2027-01-31 --format json
  $ vatl due --fail`;

/** `--max-warnings`'s parser, refusing in the given words. */
export function maxWarningsParser(message: string): (value: string) => number {
  return (value) => {
    if (!/^(\d+|-1)$/.test(value)) throw new InvalidArgumentError(message);
    return Number(value);
  };
}
