import { basename, join } from 'node:path';
import { fileDiagnostic } from '../core/diagnostics.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { MemoTemplates } from '../core/memo/render-memo.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { BUILT_IN_TEMPLATES, displayPath } from './paths.js';
import { withPrecompiled } from './template-snapshot.js';

const MAIN = 'memo.md.hbs';
const COMPARE = 'compare.md.hbs';
const FAMILY = 'family.md.hbs';
const PARTIAL = /\.md\.hbs$/;

/**
 * Loads the memo templates (and `compare.md.hbs`, the comparison page, and `family.md.hbs`, the
 * family summary): the built-in ones, with any file of the same name in the
 * override folders (config `templates`, then `--template`) taking its place. A missing
 * folder or an unreadable file comes back as a diagnostic, with no templates.
 */
export async function loadTemplates(
  fs: FileSystem,
  cwd: string,
  overrides: readonly string[],
): Promise<{ templates?: MemoTemplates; diagnostics: Diagnostic[] }> {
  const folders = [BUILT_IN_TEMPLATES, ...overrides];
  for (const folder of overrides) {
    let isFolder = false;
    try {
      isFolder = (await fs.stat(folder)).isDirectory();
    } catch {
      // reported below
    }
    if (!isFolder)
      return {
        diagnostics: [
          fileDiagnostic(
            displayPath(cwd, folder),
            'template/not-found',
            `The template folder ${displayPath(cwd, folder)} does not exist.`,
            'Check `templates:` in vatl.config.yaml or the --template option.',
          ),
        ],
      };
  }
  try {
    return {
      templates: await withPrecompiled(await readTemplates(fs, cwd, folders)),
      diagnostics: [],
    };
  } catch (error) {
    if (error instanceof UnreadableTemplate) return { diagnostics: [error.diagnostic] };
    throw error;
  }
}

class UnreadableTemplate extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

async function readTemplates(
  fs: FileSystem,
  cwd: string,
  folders: readonly string[],
): Promise<MemoTemplates> {
  let main: MemoTemplates['main'] | undefined;
  let compare: MemoTemplates['compare'];
  let family: MemoTemplates['family'];
  const partials: MemoTemplates['partials'] = {};
  for (const folder of folders) {
    const mainPath = join(folder, MAIN);
    const source = await readOptional(fs, cwd, mainPath);
    if (source !== undefined) main = { name: displayPath(cwd, mainPath), source };
    const comparePath = join(folder, COMPARE);
    const compareSource = await readOptional(fs, cwd, comparePath);
    if (compareSource !== undefined)
      compare = { name: displayPath(cwd, comparePath), source: compareSource };
    const familyPath = join(folder, FAMILY);
    const familySource = await readOptional(fs, cwd, familyPath);
    if (familySource !== undefined)
      family = { name: displayPath(cwd, familyPath), source: familySource };
    const partialDir = join(folder, 'partials');
    for (const file of await listOptional(fs, partialDir)) {
      if (!PARTIAL.test(file)) continue;
      const path = join(partialDir, file);
      const partial = await readOptional(fs, cwd, path);
      if (partial !== undefined)
        partials[basename(file).replace(PARTIAL, '')] = {
          name: displayPath(cwd, path),
          source: partial,
        };
    }
  }
  if (!main)
    throw new UnreadableTemplate(
      fileDiagnostic(
        displayPath(cwd, join(BUILT_IN_TEMPLATES, MAIN)),
        'template/not-found',
        `No ${MAIN} was found.`,
        'Reinstall vatl.',
      ),
    );
  return { main, partials, ...(compare ? { compare } : {}), ...(family ? { family } : {}) };
}

async function readOptional(
  fs: FileSystem,
  cwd: string,
  path: string,
): Promise<string | undefined> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new UnreadableTemplate(
      fileDiagnostic(
        displayPath(cwd, path),
        'template/unreadable',
        `This template cannot be read (${errorCode(error) ?? (error instanceof Error ? error.message : String(error))}).`,
        'Check that the file and its folder can be read, then run again.',
      ),
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
