/**
 * Disk faults as a user reads them. A failed file-system call (no space, read-only, permission
 * denied, a file where a folder should be) becomes a `FileFault` naming the file vatl was
 * working on; `run()` turns it into one `vatl: cannot write <path>: <reason>` line with what to
 * do, exit 2, through `faultError` — the one place these words are written.
 */
import { basename, dirname } from 'node:path';
import type { DiagnosticCode } from '../core/catalogue/index.js';
import { VatlError } from '../errors.js';
import { say } from '../core/i18n/said.js';
import { FAULT_TEXT } from './file-fault-text.js';
import type { FaultAfter, FaultReason } from './file-fault-text.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { displayPath } from './paths.js';

export type FaultAction = 'read' | 'write';

/** A file-system call failed while vatl read or wrote `path`. */
export class FileFault extends Error {
  constructor(
    readonly action: FaultAction,
    /** The file or folder vatl was reading or writing (never its temporary file). */
    readonly path: string,
    /** Node's error code: ENOSPC, EROFS, EACCES… */
    readonly errno: string,
    readonly details: {
      cause?: unknown;
      /** The file standing where a folder is needed, for ENOTDIR and EEXIST. */
      blocker?: string;
      /** Files this run had written already when the fault struck; undefined when not known. */
      written?: readonly string[];
      /** How many files the run was writing together. */
      of?: number;
    } = {},
  ) {
    super(`${errno}: cannot ${action} ${path}`, { cause: details.cause });
    this.name = 'FileFault';
  }
}

/** Whether an error is one of Node's failed system calls (it has an `E…` code). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && /^E[A-Z0-9]+$/.test(errorCode(error) ?? '');
}

/**
 * The fault for a failed call on `path`, with the file that blocks a folder looked up; a
 * `VatlError` or `FileFault` already made passes through unchanged.
 */
export async function fileFault(
  fs: FileSystem,
  error: unknown,
  action: FaultAction,
  path: string,
  written?: { written: readonly string[]; of: number },
): Promise<unknown> {
  if (!isSystemError(error)) return error;
  const errno = errorCode(error) as string;
  const blocker =
    errno === 'ENOTDIR' || errno === 'EEXIST'
      ? await fileInTheWay(fs, action === 'read' ? path : dirname(path))
      : undefined;
  return new FileFault(action, path, errno, {
    cause: error,
    ...(blocker ? { blocker } : {}),
    ...(written ?? {}),
  });
}

/** The nearest of `folder` and its parents that exists and is not a folder. */
async function fileInTheWay(fs: FileSystem, folder: string): Promise<string | undefined> {
  for (let at = folder; ; at = dirname(at)) {
    try {
      return (await fs.stat(at)).isDirectory() ? undefined : at;
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}

/** `.0007-x.md.<pid>-<hex>.tmp` → `0007-x.md`: the file a raw error's temporary path was for. */
function withoutTemp(path: string): string {
  const m = /^\.(.+)\.[0-9a-f-]+\.tmp$/.exec(basename(path));
  return m?.[1] ? `${dirname(path)}/${m[1]}` : path;
}

/** A raw Node error that escaped the io layer, as a fault on the path it names. */
function faultOfSystemError(error: NodeJS.ErrnoException): FileFault | undefined {
  const path = (error as { dest?: string }).dest ?? error.path;
  if (!path) return undefined;
  const reads = ['scandir', 'read', 'stat', 'lstat', 'opendir', 'readlink', 'access'];
  const action = reads.includes(error.syscall ?? '') ? 'read' : 'write';
  return new FileFault(action, withoutTemp(path), errorCode(error) as string, { cause: error });
}

interface Reason {
  code: DiagnosticCode;
  reason: FaultReason;
  what?: string;
  detail?: string;
}

function reasonOf(fault: FileFault, show: (path: string) => string): Reason {
  const shown = show(fault.path);
  switch (fault.errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'io/no-space', reason: fault.errno === 'ENOSPC' ? 'no-space' : 'quota' };
    case 'EROFS':
      return { code: 'io/read-only', reason: 'read-only' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'io/permission-denied', reason: 'permission' };
    case 'EISDIR':
      return { code: 'io/is-a-folder', reason: 'is-a-folder' };
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = fault.details.blocker;
      if (blocker || fault.errno === 'ENOTDIR') {
        const what = blocker ? show(blocker) : undefined;
        return what === shown
          ? { code: 'io/not-a-folder', reason: 'is-a-file', what }
          : { code: 'io/not-a-folder', reason: 'blocked', ...(what ? { what } : {}) };
      }
      return { code: 'io/failed', reason: 'exists' };
    }
    default:
      return { code: 'io/failed', reason: 'other', detail: describeErrno(fault) };
  }
}

function describeErrno(fault: FileFault): string {
  const cause = fault.details.cause;
  const message = cause instanceof Error ? cause.message : '';
  // Node's text is `EIO: i/o error, write '/path'`: keep the words, drop the path it repeats.
  const words = /^[A-Z0-9]+: ([^,]+)/.exec(message)?.[1];
  return words ? `${words} (${fault.errno})` : fault.errno;
}

/**
 * The `VatlError` a user sees for a fault (or for a raw Node error naming a path), with paths
 * shown from `cwd`; undefined for anything else.
 */
export function faultError(error: unknown, cwd: string): VatlError | undefined {
  const fault =
    error instanceof FileFault
      ? error
      : isSystemError(error)
        ? faultOfSystemError(error)
        : undefined;
  if (!fault) return undefined;
  const show = (path: string) => displayPath(cwd, path) || '.';
  const { code, ...reason } = reasonOf(fault, show);
  const { written, of } = fault.details;
  let after: FaultAfter = 'none';
  if (fault.action === 'read' || (written && written.length === 0))
    after = (of ?? 1) > 1 || fault.action === 'read' ? 'nothing-changed' : 'left';
  else if (written) after = 'written';
  const path = show(fault.path);
  const said = say(FAULT_TEXT, 'io.fault', {
    action: fault.action,
    path,
    folder: fault.action === 'read' ? path : show(dirname(fault.path)) || '.',
    ...reason,
    after,
    ...(after === 'written' && written ? { written: written.map(show) } : {}),
  });
  return new VatlError(code, said.message, {
    hint: said.hint ?? '',
    cause: error,
    text: said.text,
  });
}
