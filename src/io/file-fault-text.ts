import type { Said } from '../core/i18n/said.js';

/** Why a read or write failed, as `reasonOf` in file-fault.ts tells it. */
export type FaultReason =
  | 'no-space'
  | 'quota'
  | 'read-only'
  | 'permission'
  | 'is-a-folder'
  | 'is-a-file'
  | 'blocked'
  | 'exists'
  | 'other';

/** What happened to the files of the write: nothing said, nothing changed, left as it was, some written. */
export type FaultAfter = 'none' | 'nothing-changed' | 'left' | 'written';

export type FaultParams = {
  action: 'read' | 'write';
  /** The file, shown from the working folder. */
  path: string;
  /** The folder to check permissions of. */
  folder: string;
  reason: FaultReason;
  /** The file in the way, when one was found (`blocked`). */
  what?: string;
  /** Node's words and errno for any other fault: `i/o error (EIO)`. */
  detail?: string;
  after: FaultAfter;
  written?: readonly string[];
};

const REASONS: Record<FaultReason, (p: FaultParams) => string> = {
  'no-space': () => 'no space left on device',
  quota: () => 'disk quota exceeded',
  'read-only': () => 'the file system is read-only',
  permission: () => 'permission denied',
  'is-a-folder': () => 'it is a folder, not a file',
  'is-a-file': () => 'it is a file, not a folder',
  blocked: (p) => `${p.what ?? 'part of the path'} is a file, not a folder`,
  exists: () => 'something else is already there',
  other: (p) => p.detail ?? '',
};

const TODOS: Record<FaultReason, (p: FaultParams) => string> = {
  'no-space': () => 'Free some space and run the command again',
  quota: () => 'Free some space and run the command again',
  'read-only': () =>
    'Run it in a copy that can be written (or make the disk writable), then run the command again',
  permission: (p) =>
    `Check that your account may ${p.action === 'read' ? 'read' : 'write to'} ${p.folder}, then run the command again`,
  'is-a-folder': (p) => `Move the folder ${p.path} aside, then run the command again`,
  'is-a-file': (p) => blockedTodo(p),
  blocked: (p) => blockedTodo(p),
  exists: () => 'Move it aside, then run the command again',
  other: () => 'Check the disk, then run the command again',
};

function blockedTodo(p: FaultParams): string {
  return `Move ${p.what ?? 'that file'} aside so a folder can take its place (or choose another folder in vatl.config.yaml), then run the command again`;
}

function after(p: FaultParams): string {
  const written = p.written ?? [];
  switch (p.after) {
    case 'none':
      return '';
    case 'nothing-changed':
      return '; nothing was changed';
    case 'left':
      return `; ${p.path} was left as it was`;
    case 'written':
      return `; ${written.join(' and ')} ${written.length === 1 ? 'was' : 'were'} written before it stopped (vatl validate says what to repair)`;
  }
}

/** The one message of a disk fault: `cannot write <path>: <reason>`, and what to do. */
export const FAULT_TEXT = {
  'io.fault': (p: FaultParams): Said => ({
    message: `cannot ${p.action} ${p.path}: ${REASONS[p.reason](p)}`,
    hint: `${TODOS[p.reason](p)}${after(p)}.`,
  }),
};
