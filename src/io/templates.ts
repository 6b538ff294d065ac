import { basename, join } from 'node:path';
import type { MemoTemplates } from '../core/memo/render-memo.js';
import { VatlError } from '../errors.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { BUILT_IN_TEMPLATES, displayPath } from './paths.js';

const MAIN = 'memo.md.hbs';
const PARTIAL = /\.md\.hbs$/;

/**
 * Loads the memo templates: the built-in ones, with any file of the same name in the
 * override folders (config `templates`, then `--template`) taking its place.
 */
export async function loadTemplates(
  fs: FileSystem,
  cwd: string,
  overrides: readonly string[],
): Promise<MemoTemplates> {
  const folders = [BUILT_IN_TEMPLATES, ...overrides];
  for (const folder of overrides) {
    try {
      if (!(await fs.stat(folder)).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new VatlError(
        'template/not-found',
        `The template folder ${displayPath(cwd, folder)} does not exist.`,
        {
          hint: 'Check `templates:` in vatl.config.yaml or the --template option.',
        },
      );
    }
  }
  let main: MemoTemplates['main'] | undefined;
  const partials: MemoTemplates['partials'] = {};
  for (const folder of folders) {
    const mainPath = join(folder, MAIN);
    const source = await readOptional(fs, mainPath);
    if (source !== undefined) main = { name: displayPath(cwd, mainPath), source };
    const partialDir = join(folder, 'partials');
    for (const file of await listOptional(fs, partialDir)) {
      if (!PARTIAL.test(file)) continue;
      const path = join(partialDir, file);
      const partial = await readOptional(fs, path);
      if (partial !== undefined)
        partials[basename(file).replace(PARTIAL, '')] = {
          name: displayPath(cwd, path),
          source: partial,
        };
    }
  }
  if (!main)
    throw new VatlError('template/not-found', `No ${MAIN} was found.`, { hint: 'Reinstall vatl.' });
  return { main, partials };
}

async function readOptional(fs: FileSystem, path: string): Promise<string | undefined> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new VatlError(
      'template/unreadable',
      `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function listOptional(fs: FileSystem, folder: string): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).sort();
  } catch {
    return [];
  }
}
