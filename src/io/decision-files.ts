/**
 * Decision files: the review ↔ memo naming rule (the one place it is written), reading a
 * folder's reviews and memos for checking, and writing a new decision with a claimed id.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { DecisionFiles } from '../core/decisions/check-decisions.js';
import { parseReview } from '../core/review/parse-review.js';
import type { ParsedReview } from '../core/review/parse-review.js';
import type { Review } from '../core/review/types.js';
import { formatId, idNumber } from '../core/review/serialize-review.js';
import { VatlError } from '../errors.js';
import { say } from '../core/i18n/said.js';
import { DECISION_FILES_TEXT } from './decision-files-text.js';
import { fileFault } from './file-fault.js';
import { errorCode, pathExists } from './file-system.js';
import type { FileSystem } from './file-system.js';
import { LANGUAGES, isLanguage } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import type { FoundFile } from './find-files.js';
import { displayPath } from './paths.js';
import { readTextFile } from './read-text-file.js';
import { writeFilesAtomic } from './write-file.js';

const REVIEW_SUFFIX = /\.review\.ya?ml$/i;

/**
 * The memo beside a review: `0007-x.review.yaml` → `0007-x.md`; `review.yaml` → `memo.md`. A memo
 * in a language other than English carries it before `.md`: `0007-x.es.md`, `memo.es.md`.
 */
export function memoPathFor(reviewPath: string, language: Language = 'en'): string {
  const ending = language === 'en' ? '.md' : `.${language}.md`;
  if (/(^|[\\/])review\.ya?ml$/i.test(reviewPath))
    return reviewPath.replace(/review\.ya?ml$/i, 'memo' + ending);
  return reviewPath.replace(REVIEW_SUFFIX, '') + ending;
}

/**
 * The family summary beside a review: the memo's name with `.family` before the language and `.md`
 * (`0007-x.review.yaml` → `0007-x.family.md`, `0007-x.family.es.md`; `review.yaml` →
 * `memo.family.md`).
 */
export function familyPathFor(reviewPath: string, language: Language = 'en'): string {
  return memoPathFor(reviewPath).replace(
    /\.md$/,
    language === 'en' ? '.family.md' : `.family.${language}.md`,
  );
}

/**
 * The review files a memo may be rendered from, in the order they are looked for:
 * `0007-x.md` ← `0007-x.review.yaml` or `.review.yml`; `memo.md` ← `review.yaml` (examples);
 * the same for a family summary (`0007-x.family.md`, `memo.family.md`).
 */
export function reviewPathsFor(memoPath: string): string[] {
  const folder = dirname(memoPath);
  // A family summary (`0007-x.family.md`, `memo.family.md`) is rendered from the memo's review,
  // and so is a memo in another language (`0007-x.es.md`, `0007-x.family.es.md`).
  const name = basename(memoPath).replace(LANGUAGE_SUFFIX, '.md').replace(FAMILY_SUFFIX, '.md');
  const stem = basename(name, '.md');
  const paths = ['.review.yaml', '.review.yml'].map((ext) => join(folder, stem + ext));
  if (name === 'memo.md') paths.push(join(folder, 'review.yaml'));
  return paths;
}

const FAMILY_SUFFIX = /\.family\.md$/;
const LANGUAGE_SUFFIX = new RegExp(`\\.(${LANGUAGES.filter((l) => l !== 'en').join('|')})\\.md$`);

/** Whether a Markdown file is named as a family summary (`0007-x.family.md`, `0007-x.family.es.md`). */
export function isFamilyPath(path: string): boolean {
  return FAMILY_SUFFIX.test(path.replace(LANGUAGE_SUFFIX, '.md'));
}

/** The language a memo's or family summary's name says: `0007-x.es.md` is Spanish, `0007-x.md` English. */
export function languageOfMemoPath(path: string): Language {
  const found = LANGUAGE_SUFFIX.exec(path)?.[1];
  return isLanguage(found) ? found : 'en';
}

/** Whether a review has a memo beside it in any language. */
async function hasMemo(fs: FileSystem, reviewPath: string): Promise<boolean> {
  for (const language of LANGUAGES)
    if (await isFile(fs, memoPathFor(reviewPath, language))) return true;
  return false;
}

/** The id a review's file name gives it (`0007-x.review.yaml` → `0007-x`), if it follows the rule. */
export function idOfReviewPath(reviewPath: string): string | undefined {
  return REVIEW_SUFFIX.test(reviewPath)
    ? basename(reviewPath).replace(REVIEW_SUFFIX, '')
    : undefined;
}

/** Reads and parses a review file; an unreadable file comes back as a diagnostic. */
export async function readReview(fs: FileSystem, cwd: string, path: string): Promise<ParsedReview> {
  const shown = displayPath(cwd, path);
  const read = await readTextFile(fs, path, shown);
  if (read.diagnostic) return { file: shown, diagnostics: [read.diagnostic] };
  return parseReview(read.text, shown);
}

/**
 * The reviews in a decisions folder (its `*.review.yaml` files, not its subfolders), in name
 * order, for the overlap note. A file that cannot be read or parsed is passed over here:
 * `vatl validate` reports it where it is. A missing folder has none.
 */
export async function readDecisionReviews(
  fs: FileSystem,
  cwd: string,
  folder: string,
): Promise<Review[]> {
  const names = (await listFolder(fs, folder)).filter((n) => REVIEW_SUFFIX.test(n)).sort();
  const reviews: Review[] = [];
  for (const name of names) {
    const parsed = await readReview(fs, cwd, join(folder, name));
    if (parsed.review) reviews.push(parsed.review);
  }
  return reviews;
}

/**
 * The review file a command argument names: an existing file by path, else a decision in the
 * folder by id (`0007-x`) or number (`7`, `0007`). Undefined when none or several match.
 */
export async function findReviewFile(
  fs: FileSystem,
  cwd: string,
  folder: string,
  ref: string,
): Promise<string | undefined> {
  const asPath = resolve(cwd, ref);
  if (await isFile(fs, asPath)) return asPath;
  const names = (await listFolder(fs, folder)).filter((n) => REVIEW_SUFFIX.test(n)).sort();
  const matches = /^\d+$/.test(ref)
    ? names.filter((n) => idNumber(n) === Number(ref))
    : names.filter((n) => n.replace(REVIEW_SUFFIX, '') === ref);
  return matches.length === 1 && matches[0] ? join(folder, matches[0]) : undefined;
}

/**
 * Reads the reviews and memos found for `vatl validate`, pairing each memo with the review
 * beside it (read as well when it was not among the files found).
 *
 * @param explicit - paths the user named, as opposed to found in a folder
 */
export async function readDecisionFiles(
  fs: FileSystem,
  cwd: string,
  files: readonly FoundFile[],
  explicit: ReadonlySet<string>,
  /** The language a missing memo would be rendered in (the config's), for its name. */
  language: Language = 'en',
): Promise<DecisionFiles> {
  const reviews: DecisionFiles['reviews'] = [];
  const byPath = new Map<string, DecisionFiles['reviews'][number]>();
  const review = async (path: string, listed: boolean) => {
    const known = byPath.get(path);
    if (known) return known;
    const entry = {
      path,
      file: displayPath(cwd, path),
      name: basename(path),
      expectedId: idOfReviewPath(path),
      listed,
      parsed: await readReview(fs, cwd, path),
      // A review found in a folder is a decision record: its memo belongs beside it.
      ...(listed && isDecisionRecord(path) && !explicit.has(path) && !(await hasMemo(fs, path))
        ? { missingMemo: displayPath(cwd, memoPathFor(path, language)) }
        : {}),
    };
    byPath.set(path, entry);
    if (listed) reviews.push(entry);
    return entry;
  };
  for (const file of files) if (file.kind === 'review') await review(file.path, true);
  const memos: DecisionFiles['memos'] = [];
  for (const file of files.filter((f) => f.kind === 'memo')) {
    const shown = displayPath(cwd, file.path);
    let reviewPath: string | undefined;
    for (const candidate of reviewPathsFor(file.path)) {
      if (await isFile(fs, candidate)) {
        reviewPath = candidate;
        break;
      }
    }
    memos.push({
      file: shown,
      ...(isFamilyPath(file.path) ? { audience: 'family' as const } : {}),
      ...(languageOfMemoPath(file.path) !== 'en'
        ? { language: languageOfMemoPath(file.path) }
        : {}),
      explicit: explicit.has(file.path),
      expectedReview: basename(reviewPathsFor(file.path)[0] ?? ''),
      read: await readTextFile(fs, file.path, shown),
      ...(reviewPath ? { review: await review(reviewPath, false) } : {}),
    });
  }
  return { reviews, memos };
}

/** A numbered decision (`0007-x.review.yaml`) or an example's `review.yaml`: one with a memo. */
/** A decision's own review file (`0007-x.review.yaml`, `review.yaml`), which has a memo beside it. */
export function isDecisionRecord(path: string): boolean {
  const name = basename(path);
  return /^review\.ya?ml$/i.test(name) || idNumber(name) !== undefined;
}

/** A folder's names; none when it does not exist. Any other failure is a fault naming the folder. */
async function listFolder(fs: FileSystem, folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw await fileFault(fs, error, 'read', folder);
  }
}

async function isFile(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface DecisionPaths {
  id: string;
  review: string;
  memo: string;
  /** The family summary, when one is written with the memo. */
  family?: string;
}

export function decisionPaths(
  folder: string,
  id: string,
  language?: Language,
  withFamily = false,
): DecisionPaths {
  const review = join(folder, `${id}.review.yaml`);
  return {
    id,
    review,
    memo: memoPathFor(review, language),
    ...(withFamily ? { family: familyPathFor(review, language) } : {}),
  };
}

/** The next free number in the decisions folder: one more than the highest in use. */
export async function nextNumber(fs: FileSystem, folder: string): Promise<number> {
  const names = await listFolder(fs, folder);
  return names.reduce((max, name) => Math.max(max, idNumber(name) ?? 0), 0) + 1;
}

/**
 * Writes a review and its memo (and, when asked, its family summary), every content written out before either takes its name (see
 * `writeFilesAtomic`), the review first: it claims the id. With a fixed id, the review's name
 * is claimed in one step like a new number's, so of runs racing for one id exactly one writes
 * and the others are refused; `force` replaces both files instead. Without an id, the next
 * number is claimed: if another run took it a moment ago, the next is tried, so concurrent
 * runs never share an id. A run stopped between the two renames leaves the review without its
 * memo (or beside the old one), which `vatl validate` reports with the `vatl render` command
 * that repairs it.
 */
export async function writeDecision(
  fs: FileSystem,
  cwd: string,
  folder: string,
  files: {
    id?: string;
    slug: string;
    review: (id: string) => string;
    memo: (id: string) => string;
    /** The family summary, written beside the memo when given (`0007-x.family.md`). */
    family?: (id: string) => string;
    /** The memo's language: its name says it (`0007-x.es.md`); English when not given. */
    language?: Language;
  },
  force: boolean,
): Promise<DecisionPaths> {
  const { family } = files;
  const pair = (paths: DecisionPaths, claim: boolean) => [
    { path: paths.review, content: files.review(paths.id), overwrite: !claim },
    { path: paths.memo, content: files.memo(paths.id), overwrite: true },
    ...(family && paths.family
      ? [{ path: paths.family, content: family(paths.id), overwrite: true }]
      : []),
  ];
  const pathsOf = (id: string) => decisionPaths(folder, id, files.language, family !== undefined);
  if (files.id) {
    const paths = pathsOf(files.id);
    const id = files.id;
    const refuse = (path: string) => {
      const said = say(DECISION_FILES_TEXT, 'decision-files.exists', {
        path: displayPath(cwd, path),
        id,
      });
      return new VatlError('review/exists', said.message, { hint: said.hint, text: said.text });
    };
    if (force) {
      await writeFilesAtomic(fs, pair(paths, false));
      return paths;
    }
    // Refuse before writing either file, so a refusal leaves the folder as it was.
    for (const path of [paths.review, paths.memo, ...(paths.family ? [paths.family] : [])])
      if (await pathExists(fs, path)) throw refuse(path);
    if ((await writeFilesAtomic(fs, pair(paths, true))) === 'exists') throw refuse(paths.review);
    return paths;
  }
  let n = await nextNumber(fs, folder);
  for (let attempt = 0; attempt < 1000; attempt++, n++) {
    const paths = pathsOf(formatId(n, files.slug));
    if ((await writeFilesAtomic(fs, pair(paths, true))) === 'written') return paths;
  }
  const said = say(DECISION_FILES_TEXT, 'decision-files.no-free-id', {
    folder: displayPath(cwd, folder),
  });
  throw new VatlError('review/no-free-id', said.message, { text: said.text });
}

/**
 * The review files a decision reference names: a path (anything with a slash, or ending
 * `.yaml` / `.yml`) as it is, when it is a file; else the reviews in `folder` whose id is
 * `ref` (`0007-ai-tutor`) or whose number it is (`7`, `0007`). Several come back only when
 * two reviews share a number.
 */
export async function findDecisionReviews(
  fs: FileSystem,
  cwd: string,
  folder: string,
  ref: string,
): Promise<string[]> {
  if (/[\\/]|\.ya?ml$/i.test(ref)) {
    const path = resolve(cwd, ref);
    return (await isFile(fs, path)) ? [path] : [];
  }
  const reviews = (await listFolder(fs, folder)).filter((n) => REVIEW_SUFFIX.test(n)).sort();
  const matches = /^\d+$/.test(ref)
    ? reviews.filter((n) => idNumber(n) === Number(ref))
    : reviews.filter((n) => n.replace(REVIEW_SUFFIX, '') === ref);
  return matches.map((n) => join(folder, n));
}
