import type { CatalogueEntry } from './entry.js';

/** `vatl merge`: combining team members' independent reviews of one proposal. */
export const MERGE_CODES = {
  'merge/different-framework': {
    severity: 'error',
    exit: 'problems',
    title: 'Review was answered against another framework',
    hint: 'Merge only reviews of the same proposal against the same framework.',
    docs: "`vatl merge` was given reviews whose `framework:` ids differ from the first review's. Answers to different frameworks' questions cannot be combined, or compared for agreement. Nothing is written and the run exits with code 1. Answer the review again against the first review's framework, or leave it out of the merge.",
  },
  'merge/participation-unmet': {
    severity: 'error',
    exit: 'problems',
    title: "Team review does not meet the framework's participation requirement",
    hint: 'Add reviewers, or consult the groups named, then merge again.',
    docs: "The framework's `participation:` asks more of a team review of this kind of proposal (for the built-in `vatl`: student data or AI features) than the merged review shows: fewer reviews were merged than `minReviewers`, or a voice in `consult` (students, teachers, families) is not among `team.consulted`. It is checked on reviews `vatl merge` writes (those with `reviewers:`), not on one reviewer's own review. `vatl merge` writes nothing, and `vatl validate` reports it on a merged review file.",
  },
  'merge/too-few': {
    severity: 'error',
    exit: 'usage',
    title: 'Fewer than two reviews to merge',
    hint: 'Name two or more review files: vatl merge ana.review.yaml ben.review.yaml.',
    docs: '`vatl merge` combines the independent reviews of several team members, and was given fewer than two. One review has nothing to combine and no agreement to measure. The run exits with code 2 and writes nothing.',
  },
} as const satisfies Record<string, CatalogueEntry>;
