// What writing a decision's files and a review's drafts says when it cannot, in English;
// decision-files-text.es.ts in Spanish.
export const DECISION_FILES_TEXT = {
  'decision-files.exists': (p: { path: string; id: string }) => ({
    message: `${p.path} already exists.`,
    hint: `Decision ${p.id} is written already: use --force to replace it, or --out to write elsewhere.`,
  }),
  'decision-files.no-free-id': (p: { folder: string }) => ({
    message: `No free decision number was found in ${p.folder}.`,
  }),
  'decision-files.drafts-folder': (p: { folder: string }) => ({
    message: `${p.folder} is not a folder (a file is in the way), so answers could not be saved there.`,
    hint: 'Move or rename that file, then run vatl review again.',
  }),
};
