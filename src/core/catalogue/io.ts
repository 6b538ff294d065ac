import type { CatalogueEntry } from './entry.js';

/**
 * The disk failing under vatl while it reads or writes: printed as one `vatl: cannot write
 * <path>: <reason>` line with what to do, and the run exits with code 2.
 */
export const IO_CODES = {
  'io/failed': {
    severity: 'error',
    exit: 'usage',
    title: 'The disk failed a read or write',
    hint: 'Check the disk, then run the command again.',
    docs: 'The operating system failed a read or write for a reason other than those below, such as an I/O error (EIO) on a failing disk or a network share that went away; the message quotes the reason and names the file. Files are written whole or not at all, so the file named was left as it was. Check the disk or share, then run the command again; the run exits with code 2.',
  },
  'io/is-a-folder': {
    severity: 'error',
    exit: 'usage',
    title: 'A folder stands where vatl writes a file',
    hint: 'Move the folder aside, then run the command again.',
    docs: 'vatl was to write a file (a memo, a review, the index) and a folder of that name is there (EISDIR). vatl does not replace a folder with a file, so nothing was written there. Move or rename the folder, or write elsewhere (`--out`), and run the command again; the run exits with code 2.',
  },
  'io/no-space': {
    severity: 'error',
    exit: 'usage',
    title: 'No space left on the disk',
    hint: 'Free some space and run the command again.',
    docs: 'The disk (or your quota on it) filled up while vatl was writing (ENOSPC, EDQUOT). vatl writes every file to a temporary file first and gives it its name only once it is whole, and deletes the temporary file when the write fails, so the files it names were left as they were: a review and its memo are both written or neither. Free some space and run the command again; the run exits with code 2.',
  },
  'io/not-a-folder': {
    severity: 'error',
    exit: 'usage',
    title: 'A file stands where vatl needs a folder',
    hint: 'Move the file aside so a folder can take its place, then run the command again.',
    docs: 'A path vatl uses as a folder is a file (ENOTDIR, or EEXIST when the folder is to be created), most often `decisions` or `.vatl/drafts` created by mistake as a file. vatl names the file in the way; nothing was read from it or written under it, and `vatl validate` reports it rather than check nothing. Move or rename the file, or set `decisions:` in `vatl.config.yaml` to another folder, and run the command again; the run exits with code 2.',
  },
  'io/permission-denied': {
    severity: 'error',
    exit: 'usage',
    title: 'Permission denied',
    hint: 'Check that your account may write to the folder, then run the command again.',
    docs: 'The operating system refused vatl access to a file or folder (EACCES, EPERM): the folder belongs to another account, or its mode does not let yours write (or read) it. Nothing was written. Fix the owner or mode (in CI, check the account the job runs as), or run vatl where you may write, then run the command again; the run exits with code 2.',
  },
  'io/read-only': {
    severity: 'error',
    exit: 'usage',
    title: 'The file system is read-only',
    hint: 'Run it in a copy that can be written, then run the command again.',
    docs: 'vatl was to write a file on a file system mounted read-only (EROFS): a read-only checkout in CI, a mounted archive or a disk the system remounted read-only after an error. Nothing was written. Run the command in a writable copy of the repository (reading commands such as `vatl validate` work anywhere); the run exits with code 2.',
  },
  'io/stale-temp': {
    severity: 'warning',
    exit: 'problems',
    title: 'Temporary file left by a run that was stopped',
    docs: 'vatl writes each file to a hidden temporary file beside it (`.0007-x.md.<pid>-<hex>.tmp`) and then gives it its name, so a file is never half-written; a run killed in between (power loss, `kill -9`, a CI job cancelled) leaves the temporary file behind. The file it was to become was left as it was. `vatl validate` reports such files once their run has ended, and the next vatl run that writes in the folder deletes them; you may also delete them by hand.',
  },
} as const satisfies Record<string, CatalogueEntry>;
