// What `vatl validate` says about a decisions folder's reviews and memos, in English;
// decisions-text.es.ts in Spanish. `what` is `memo` or `family summary`; commands are kept as
// they are typed.
type What = 'memo' | 'family summary';

export const DECISIONS_TEXT = {
  'decisions.memo-no-review': (p: { expectedReview: string }) => ({
    message: 'This memo has no review file beside it to render it from.',
    hint: `Expected ${p.expectedReview} in the same folder.`,
  }),
  'decisions.memo-missing': (p: { memo: string; command: string }) => ({
    message: `The memo ${p.memo} is missing: this review has not been rendered.`,
    hint: `Write it: ${p.command}`,
  }),
  'decisions.memo-language': (p: {
    what: What;
    written: string;
    language: string;
    command: string;
  }) => ({
    message: `The ${p.what} is written in \`${p.written}\` (its front matter says so), but its name says \`${p.language}\`.`,
    hint: `Make changes in the review file, then run: ${p.command}`,
  }),
  'decisions.memo-differs': (p: { what: What; review: string; line: number; command: string }) => ({
    message: `The ${p.what} differs from what ${p.review} renders (first at line ${p.line}).`,
    hint: `Make changes in the review file, then run: ${p.command}`,
  }),
  'decisions.index-differs': (p: { line: number }) => ({
    message: `The index differs from what the decisions folder's reviews give (first at line ${p.line}).`,
    hint: 'Run vatl log to write it again.',
  }),
  'decisions.id-mismatch': (p: { id: string }) => ({
    message: `The id \`${p.id}\` does not match the file name.`,
    hint: `Name the file ${p.id}.review.yaml.`,
  }),
};
