import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Draft } from '../core/review/draft.js';
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
