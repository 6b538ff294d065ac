import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root folder: frameworks/ and templates/ sit there. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_IN_FRAMEWORKS = join(PACKAGE_ROOT, 'frameworks');
export const BUILT_IN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/**
 * A path as the user should see it: relative to the working folder (also `../…` within a
 * few levels), with forward slashes, so messages, `git add` hints and machine formats are
 * the same on every machine.
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  const up = rel.split(sep).filter((part) => part === '..').length;
  const shown = rel && !isAbsolute(rel) && up <= 3 ? rel : path;
  return shown.split(sep).join('/');
}
