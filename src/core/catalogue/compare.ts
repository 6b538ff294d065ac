import type { CatalogueEntry } from './entry.js';

/** `vatl compare`: competing proposals side by side. */
export const COMPARE_CODES = {
  'compare/exists': {
    severity: 'error',
    exit: 'problems',
    title: 'Comparison file already exists',
    hint: 'Use --force to replace it, or choose another --out file.',
    docs: '`vatl compare --out FILE` was to write the comparison to a file that already exists. vatl never overwrites a file without being asked, since it may be a comparison the team has annotated; the run exits with code 1 and the file is left as it was. Use `--force` to replace it, or name another file.',
  },
  'compare/framework-mismatch': {
    severity: 'error',
    exit: 'usage',
    title: 'Compared reviews use different frameworks',
    hint: 'Compare reviews answered against the same framework.',
    docs: 'Every review `vatl compare` puts side by side must name the same framework id: scores on different rubrics are not comparable cell by cell. The diagnostic points at the `framework:` line of the first review that differs and names the framework of the first review. Versions of one framework may differ (the comparison says so). Nothing is printed or written, and the run exits with code 2.',
  },
  'compare/not-found': {
    severity: 'error',
    exit: 'usage',
    title: 'No review file or decision by that name',
    hint: 'Give the path of a review file, or a decision id or number in the decisions folder.',
    docs: '`vatl compare` takes review files by path, or decisions in the decisions folder by id (`0007-ai-tutor`) or number (`7`, `0007`). The argument named neither an existing file nor a decision in that folder, or a number matched more than one decision. Nothing is printed or written, and the run exits with code 2.',
  },
} as const satisfies Record<string, CatalogueEntry>;
