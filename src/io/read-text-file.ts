import { fileDiagnostic } from '../core/diagnostics.js';
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
  const fail = (code: DiagnosticCode, message: string, hint?: string): ReadTextResult => ({
    diagnostic: fileDiagnostic(displayPath, code, message, hint),
  });
  let size: number;
  try {
    const stats = await fs.stat(path);
    if (stats.isDirectory()) return fail('file/not-a-file', 'This is a folder, not a file.');
    if (!stats.isFile()) return fail('file/not-a-file', 'This is not a regular file.');
    size = stats.size;
  } catch (error) {
    return describeReadError(error, fail);
  }
  if (size > maxBytes) {
    return fail(
      'file/too-large',
      `The file is ${formatBytes(size)}; vatl reads files of at most ${formatBytes(maxBytes)}.`,
      'Is this the right file? Framework and review files are far smaller.',
    );
  }
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (error) {
    return describeReadError(error, fail);
  }
  if (buffer.length > maxBytes) {
    return fail('file/too-large', `The file is larger than ${formatBytes(maxBytes)}.`);
  }
  if (buffer.includes(0)) {
    return fail('file/binary', 'This is a binary file, not YAML or Markdown text.');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return fail('file/encoding', 'The file is not valid UTF-8 text.', 'Save it as UTF-8.');
  }
}

function describeReadError(
  error: unknown,
  fail: (code: DiagnosticCode, message: string, hint?: string) => ReadTextResult,
): ReadTextResult {
  switch (errorCode(error)) {
    case 'ENOENT':
      return fail('file/not-found', 'No such file.', 'Check the path.');
    case 'EACCES':
    case 'EPERM':
      return fail('file/unreadable', 'Permission denied: vatl cannot read this file.');
    case 'EISDIR':
      return fail('file/not-a-file', 'This is a folder, not a file.');
    default:
      return fail(
        'file/unreadable',
        `Could not read the file: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
