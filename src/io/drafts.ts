import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Draft } from '../core/review/draft.js';
import { VatlError } from '../errors.js';
import { errorCode } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { writeFileAtomic } from './write-file.js';

/** Drafts live under `.vatl/drafts/` at the repository (config) root, out of git. */
export function draftsFolder(root: string): string {
  return join(root, '.vatl', 'drafts');
}

export function draftPath(root: string, id: string): string {
  return join(draftsFolder(root), `${id}.yaml`);
}

/** Saves a draft atomically: an interrupted save leaves the previous draft whole. */
export async function saveDraft(fs: FileSystem, root: string, draft: Draft): Promise<string> {
  const path = draftPath(root, draft.id);
  await writeFileAtomic(fs, path, stringify(draft, { lineWidth: 0 }), { overwrite: true });
  return path;
}

/**
 * Makes sure drafts can be saved before anything is asked: the drafts folder exists, or is
 * made. A file in its way stops the run (exit 2) with the path and what to do.
 */
export async function prepareDraftsFolder(
  fs: FileSystem,
  root: string,
  shown: (path: string) => string,
): Promise<void> {
  const folder = draftsFolder(root);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    if (!['EEXIST', 'ENOTDIR'].includes(errorCode(error) ?? '')) throw error;
    throw new VatlError(
      'review/drafts-folder',
      `${shown(folder)} is not a folder (a file is in the way), so answers could not be saved there.`,
      { hint: 'Move or rename that file, then run vatl review again.' },
    );
  }
}

/**
 * Saves a new draft for the first time under a name no other draft has: `draft.id`, or with
 * `-2`, `-3`, … when another review started in the same second took it. The name is claimed
 * atomically, so two runs never share a draft. Returns the draft as saved.
 */
export async function claimDraft(
  fs: FileSystem,
  root: string,
  draft: Draft,
  idFor: (attempt: number) => string,
): Promise<Draft> {
  for (let attempt = 1; ; attempt++) {
    const claimed = { ...draft, id: idFor(attempt) };
    const text = stringify(claimed, { lineWidth: 0 });
    if (
      (await writeFileAtomic(fs, draftPath(root, claimed.id), text, { overwrite: false })) ===
      'written'
    )
      return claimed;
  }
}

/** Every readable draft, newest first. Unreadable ones are returned by name so they can be reported. */
export async function listDrafts(
  fs: FileSystem,
  root: string,
): Promise<{ drafts: Draft[]; broken: string[] }> {
  const folder = draftsFolder(root);
  let names: string[] = [];
  try {
    names = (await fs.readdir(folder)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return { drafts: [], broken: [] };
  }
  const drafts: Draft[] = [];
  const broken: string[] = [];
  for (const name of names) {
    try {
      const data = parse((await fs.readFile(join(folder, name))).toString('utf8'), {
        maxAliasCount: 0,
      }) as Draft;
      if (
        data &&
        data.draft === 1 &&
        typeof data.id === 'string' &&
        typeof data.framework === 'string'
      )
        drafts.push({
          ...data,
          answers: data.answers ?? {},
          asked: data.asked ?? {},
          proposal: data.proposal ?? {},
        });
      else broken.push(name);
    } catch {
      broken.push(name);
    }
  }
  drafts.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  return { drafts, broken };
}

export async function deleteDraft(fs: FileSystem, root: string, id: string): Promise<void> {
  await fs.rm(draftPath(root, id), { force: true });
}
