import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseYaml } from '../core/yaml/parse-yaml.js';
import type { Draft } from '../core/review/draft.js';
import { VatlError } from '../errors.js';
import { say } from '../core/i18n/said.js';
import { DECISION_FILES_TEXT } from './decision-files-text.js';
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
    const said = say(DECISION_FILES_TEXT, 'decision-files.drafts-folder', {
      folder: shown(folder),
    });
    throw new VatlError('review/drafts-folder', said.message, {
      ...(said.hint ? { hint: said.hint } : {}),
      text: said.text,
    });
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
    let text: string;
    try {
      text = (await fs.readFile(join(folder, name))).toString('utf8');
    } catch {
      broken.push(name);
      continue;
    }
    // The same safe reader as every other file: limits on size, nesting and aliases, no
    // warnings on stderr, never an exception.
    const { yaml } = parseYaml(text, name);
    const draft = yaml ? asDraft(yaml.data, name.slice(0, -'.yaml'.length)) : undefined;
    if (draft) drafts.push(draft);
    else broken.push(name);
  }
  drafts.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  return { drafts, broken };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The draft a file holds, if it has a draft's shape: its id is its own file name (a draft's
 * id names the file it is saved to, so it may not point anywhere else), and its parts have
 * the types the walk-through reads. Anything else is a broken draft, listed by name.
 */
function asDraft(data: unknown, name: string): Draft | undefined {
  if (!isRecord(data) || data.draft !== 1) return undefined;
  if (data.id !== name || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return undefined;
  if (typeof data.framework !== 'string' || typeof data.updated !== 'string') return undefined;
  if (data.title !== undefined && typeof data.title !== 'string') return undefined;
  const records = ['answers', 'asked', 'proposal', 'team', 'teamProgress', 'decision'];
  if (records.some((key) => data[key] !== undefined && !isRecord(data[key]))) return undefined;
  const answers = (data.answers ?? {}) as Record<string, unknown>;
  if (!Object.values(answers).every(isRecord)) return undefined;
  return {
    ...(data as unknown as Draft),
    answers: answers as Draft['answers'],
    asked: (data.asked ?? {}) as Draft['asked'],
    proposal: (data.proposal ?? {}) as Draft['proposal'],
  };
}

export async function deleteDraft(fs: FileSystem, root: string, id: string): Promise<void> {
  await fs.rm(draftPath(root, id), { force: true });
}
