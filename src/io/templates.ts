import { basename, join } from 'node:path';
import { say } from '../core/i18n/said.js';
import { TEMPLATE_TEXT } from '../core/memo/template-text.js';
import { fileDiagnostic } from '../core/diagnostics.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { MemoTemplateSet, MemoTemplates } from '../core/memo/render-memo.js';
import { LANGUAGES } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
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
 *
 * Each other language has its own set in a folder named by the language: templates/es/ for the
 * built-in Spanish templates, and an override folder's es/ over them. A language's set reads
 * only its own folders, so a Spanish memo never falls back to an English template.
 *
 * @param languages - the languages to load (English always is); all by default. `vatl validate`
 *   loads only the languages of the files it checks.
 */
export async function loadTemplates(
  fs: FileSystem,
  cwd: string,
  overrides: readonly string[],
  languages: readonly Language[] = LANGUAGES,
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
            say(TEMPLATE_TEXT, 'template.no-folder', { folder: displayPath(cwd, folder) }),
          ),
        ],
      };
  }
  try {
    const english = await readTemplates(fs, cwd, folders);
    const others: [Language, MemoTemplateSet][] = [];
    for (const language of languages) {
      if (language === 'en') continue;
      const inLanguage = folders.map((folder) => join(folder, language));
      others.push([language, await readTemplates(fs, cwd, inLanguage, language)]);
    }
    const templates: MemoTemplates = {
      ...english,
      ...(others.length > 0 ? { languages: Object.fromEntries(others) } : {}),
    };
    return { templates: await withPrecompiled(templates), diagnostics: [] };
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
  language: Language = 'en',
): Promise<MemoTemplateSet> {
  let main: MemoTemplateSet['main'] | undefined;
  let compare: MemoTemplateSet['compare'];
  let family: MemoTemplateSet['family'];
  const partials: MemoTemplateSet['partials'] = {};
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
        displayPath(cwd, join(folders[0] ?? BUILT_IN_TEMPLATES, MAIN)),
        'template/not-found',
        say(TEMPLATE_TEXT, 'template.not-found', {
          folder: language === 'en' ? '' : `${language}/`,
          name: MAIN,
        }),
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
        say(TEMPLATE_TEXT, 'template.unreadable', {
          detail: errorCode(error) ?? (error instanceof Error ? error.message : String(error)),
        }),
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
