import type { CatalogueEntry } from './entry.js';

/** Reading the files named on the command line or found in folders. */
export const FILE_CODES = {
  'file/binary': {
    severity: 'error',
    exit: 'usage',
    title: 'File is binary, not text',
    hint: 'Check the path: vatl reads YAML and Markdown text files.',
    docs: 'The file contains a NUL byte, so it is not the YAML or Markdown text vatl expects; usually the wrong path was given, or a file with a `.yaml` or `.md` name holds something else (an image, a PDF, a spreadsheet export). vatl refuses it before parsing, and the run exits with code 2. Name the text file instead, or save the content as plain text.',
  },
  'file/encoding': {
    severity: 'error',
    exit: 'usage',
    title: 'File is not valid UTF-8 text',
    docs: "The file's bytes are not valid UTF-8, as happens when an older editor or a spreadsheet export saves it in a legacy encoding such as Windows-1252 or Latin-1. vatl reads UTF-8 only and does not guess, so names and quoted evidence are read exactly as written. Save the file as UTF-8 and run again; until then the run exits with code 2.",
  },
  'file/no-match': {
    severity: 'error',
    exit: 'usage',
    title: 'Pattern matches no files vatl checks',
    hint: 'Check the pattern and the folder it is run from.',
    docs: 'A glob pattern on the command line (e.g. `vatl validate "decisions/*.yml"`) matched no framework (`.yaml`, `.yml`), review (`.review.yaml`) or memo (`.md`) files; other file types, `vatl.config.yaml` and anything under `node_modules` or `.git` are left out. Because nothing named was checked, the run exits with code 2 rather than report a clean result. Correct the pattern (it is read from the working folder), or name the files or folder directly.',
  },
  'file/not-a-file': {
    severity: 'error',
    exit: 'usage',
    title: 'Path is a folder or special file, not a file',
    hint: 'Name the file itself.',
    docs: 'vatl was asked to read a path as a file, but it is a folder or something other than a regular file (a device or a pipe). Commands that take files rather than folders report it, e.g. `vatl render decisions/` or `vatl review --answers drafts/`; `vatl validate` searches folders instead. Name the file itself; the run exits with code 2.',
  },
  'file/not-found': {
    severity: 'error',
    exit: 'usage',
    title: 'No file or folder at this path',
    docs: 'Nothing exists at a path given on the command line, or at a file vatl was told to read, such as the one after `--answers`. Nothing is checked for it, and the run exits with code 2, so a typo in a CI job cannot pass as a clean result. Check the spelling and the folder the command runs from: relative paths are taken from the working folder.',
  },
  'file/nothing-to-check': {
    severity: 'error',
    exit: 'usage',
    title: 'Folder holds no files vatl checks',
    docs: "A folder named on the command line holds no framework (`.yaml`), review (`.review.yaml`) or memo (`.md`) files, searching its subfolders but skipping hidden ones and `node_modules`, `.git`, `dist` and `coverage`. A clean result over nothing would mean nothing, so the run exits with code 2. Name the folder that holds the frameworks or decisions; `vatl validate` with no paths uses the config's folders and does not report this.",
  },
  'file/nothing-to-validate': {
    severity: 'error',
    exit: 'usage',
    title: 'Nothing to validate here',
    hint: 'Run `vatl init` to set up a decisions repository here, or name what to check: `vatl validate PATH...`.',
    docs: "`vatl validate` was given no paths, and found nothing of vatl's where it looks: no `vatl.config.yaml` in the working folder or any folder above it, and no `./frameworks` or `./decisions` folder (or, with a config, none of the folders it names exists). vatl does not search the whole folder instead, where it would take any YAML file (a `docker-compose.yml`) for a framework, nor report a clean result over nothing; the run exits with code 2. Run it from the decisions repository, set one up with `vatl init`, or name the files, folders or globs to check.",
  },
  'file/too-large': {
    severity: 'error',
    exit: 'usage',
    title: 'File is too large to read',
    hint: 'Check that this is the right file: framework and review files are far smaller.',
    docs: 'The file is larger than 2 MiB, the most vatl reads; the size is checked before the file is read. Framework and review files are a small fraction of that, so this almost always means the wrong file was named, such as a data export with a `.yaml` name. Name the right file; the run exits with code 2.',
  },
  'file/unreadable': {
    severity: 'error',
    exit: 'usage',
    title: 'File cannot be read',
    hint: "Check the file's permissions, then run again.",
    docs: "vatl found the path, but the operating system would not let it be read: permission denied, or another read error that the message quotes. Nothing in it is checked, and the run exits with code 2. Give the account running vatl (in CI, the runner's account) read access, or check the disk or network share the file is on.",
  },
} as const satisfies Record<string, CatalogueEntry>;
