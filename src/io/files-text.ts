// What reading and finding files says when it cannot, in English; files-text.es.ts in Spanish.
// `detail` is Node's own error text, kept as it is.
export const FILES_TEXT = {
  'files.folder-not-file': (_p: Record<string, never>) => ({
    message: 'This is a folder, not a file.',
  }),
  'files.not-regular': (_p: Record<string, never>) => ({ message: 'This is not a regular file.' }),
  'files.too-large': (p: { size: string; max: string }) => ({
    message: `The file is ${p.size}; vatl reads files of at most ${p.max}.`,
    hint: 'Is this the right file? Framework and review files are far smaller.',
  }),
  'files.larger-than': (p: { max: string }) => ({
    message: `The file is larger than ${p.max}.`,
  }),
  'files.binary': (_p: Record<string, never>) => ({
    message: 'This is a binary file, not YAML or Markdown text.',
  }),
  'files.encoding': (_p: Record<string, never>) => ({
    message: 'The file is not valid UTF-8 text.',
    hint: 'Save it as UTF-8.',
  }),
  'files.no-such-file': (_p: Record<string, never>) => ({
    message: 'No such file.',
    hint: 'Check the path.',
  }),
  'files.permission': (_p: Record<string, never>) => ({
    message: 'Permission denied: vatl cannot read this file.',
  }),
  'files.could-not-read': (p: { detail: string }) => ({
    message: `Could not read the file: ${p.detail}`,
  }),
  'files.no-match': (_p: Record<string, never>) => ({
    message: 'The pattern matches no files vatl checks.',
  }),
  'files.no-review-match': (_p: Record<string, never>) => ({
    message: 'The pattern matches no review files (.review.yaml).',
  }),
  'files.no-such-path': (_p: Record<string, never>) => ({
    message: 'No such file or folder.',
    hint: 'Check the path.',
  }),
  'files.cannot-read-it': (p: { detail: string }) => ({ message: `Cannot read it: ${p.detail}` }),
  'files.file-not-folder': (_p: Record<string, never>) => ({
    message: 'This is a file where vatl looks for a folder.',
    hint: 'Move the file aside, or set the folder in vatl.config.yaml (decisions:, frameworks:).',
  }),
  'files.unreadable-folder': (p: { detail: string }) => ({
    message: `Cannot read this folder: ${p.detail}.`,
  }),
  'files.stale-temp': (p: { target: string; command: string }) => ({
    message: `A temporary file left by a vatl run stopped while writing ${p.target}; ${p.target} was left as it was.`,
    hint: `Delete it: ${p.command} (the next vatl run that writes here deletes it too)`,
  }),
  'files.nothing-to-check': (p: { kinds: readonly string[] }) => ({
    message: `The folder holds no ${p.kinds
      .map((k) => `${k} files`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' or $1')}.`,
    hint: 'Name a folder of .yaml framework files, .review.yaml reviews or .md memos.',
  }),
};
