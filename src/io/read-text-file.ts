import { fileDiagnostic } from '../core/diagnostics.js';
import { say } from '../core/i18n/said.js';
import type { Said, TextRef } from '../core/i18n/said.js';
import { FILES_TEXT } from './files-text.js';
import type { Diagnostic, DiagnosticCode } from '../core/diagnostics.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';

/** The largest file vatl reads: the built-in frameworks are well under a tenth of this. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadTextResult =
  { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

/**
 * Reads a UTF-8 text file, refusing (with a diagnostic whose code starts `file/`) what is
 * missing, not a file, too large, or binary. The size is checked before reading.
 */
export async function readTextFile(
  fs: FileSystem,
  path: string,
  displayPath: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<ReadTextResult> {
  const fail = (code: DiagnosticCode, said: Said & { text: TextRef }): ReadTextResult => ({
    diagnostic: fileDiagnostic(displayPath, code, said),
  });
  let size: number;
  try {
    const stats = await fs.stat(path);
    if (stats.isDirectory())
      return fail('file/not-a-file', say(FILES_TEXT, 'files.folder-not-file', {}));
    if (!stats.isFile()) return fail('file/not-a-file', say(FILES_TEXT, 'files.not-regular', {}));
    size = stats.size;
  } catch (error) {
    return describeReadError(error, fail);
  }
  if (size > maxBytes) {
    return fail(
      'file/too-large',
      say(FILES_TEXT, 'files.too-large', { size: formatBytes(size), max: formatBytes(maxBytes) }),
    );
  }
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (error) {
    return describeReadError(error, fail);
  }
  if (buffer.length > maxBytes) {
    return fail(
      'file/too-large',
      say(FILES_TEXT, 'files.larger-than', { max: formatBytes(maxBytes) }),
    );
  }
  if (buffer.includes(0)) {
    return fail('file/binary', say(FILES_TEXT, 'files.binary', {}));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return fail('file/encoding', say(FILES_TEXT, 'files.encoding', {}));
  }
}

function describeReadError(
  error: unknown,
  fail: (code: DiagnosticCode, said: Said & { text: TextRef }) => ReadTextResult,
): ReadTextResult {
  switch (errorCode(error)) {
    case 'ENOENT':
      return fail('file/not-found', say(FILES_TEXT, 'files.no-such-file', {}));
    case 'EACCES':
    case 'EPERM':
      return fail('file/unreadable', say(FILES_TEXT, 'files.permission', {}));
    case 'EISDIR':
      return fail('file/not-a-file', say(FILES_TEXT, 'files.folder-not-file', {}));
    default:
      return fail(
        'file/unreadable',
        say(FILES_TEXT, 'files.could-not-read', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
