import type { CatalogueEntry } from './entry.js';

/** Decision memos, checked against what their review files render. */
export const MEMO_CODES = {
  'memo/no-review': {
    severity: 'error',
    exit: 'problems',
    title: 'Memo has no review file beside it',
    docs: 'A decision memo (`.md`) has no review file in the same folder to render it from: vatl looks for `<name>.review.yaml` or `<name>.review.yml` beside `<name>.md`, and for `review.yaml` beside a `memo.md`. Memos are rendered from reviews, so a memo without its review cannot be checked and may have been orphaned or written by hand. It is reported for memos named on the command line, and in folders for Markdown that looks like a vatl memo (front matter with `framework:`); other Markdown, such as a README, is passed over. Restore or rename the review file, or move the memo out of the decisions folder.',
  },
  'memo/missing': {
    severity: 'error',
    exit: 'problems',
    title: 'Review has no memo beside it',
    docs: 'A review in a decisions folder has no memo beside it (`0007-x.review.yaml` without `0007-x.md`). vatl writes a review and its memo together, so this is a run stopped between the two files (a kill, a power cut) or a memo deleted by hand. Memos are rendered from their reviews, so nothing is lost: run the `vatl render <review>` the hint gives to write it. Reviews named on the command line are not checked for it: an answers file need not have a memo.',
  },
  'memo/out-of-date': {
    severity: 'error',
    exit: 'problems',
    title: 'Memo differs from what its review renders',
    docs: 'The memo is not what its review file renders with the installed framework and the current templates; the diagnostic points at the first line that differs. This happens when the memo was edited by hand, the review changed without the memo being rendered again, or the templates changed. A memo that says something its review does not would mislead whoever reads the decision, so make changes in the review file and run `vatl render --force <review>` to write the memo again (a family summary, `0007-x.family.md`, is checked the same way and written again with `--audience family`).',
  },
  'memo/index-out-of-date': {
    severity: 'error',
    exit: 'problems',
    title: "Portfolio index differs from what the decisions folder's reviews give",
    hint: 'Run vatl log to write it again.',
    docs: "The decisions folder's `index.md` is not what `vatl log` writes from the reviews in the folder now: a decision was added, changed or removed since it was written, or the index was edited by hand. The diagnostic points at the first line that differs. Run `vatl log` to write the index again and commit it with the reviews.",
  },
} as const satisfies Record<string, CatalogueEntry>;
