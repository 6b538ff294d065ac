/**
 * The checks `vatl validate` runs on a decisions folder, over text already read: a review
 * against its framework and its file name, a memo against what its review renders. The io
 * side (`io/decision-files.ts`) finds the files and pairs each memo with its review.
 */
import { fileDiagnostic } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Framework } from '../framework/types.js';
import { renderDecisionMemo } from '../memo/decision-memo.js';
import { renderFamilySummary } from '../memo/family-view.js';
import type { MemoSetting } from '../memo/decision-memo.js';
import { checkReviewOnly } from './check-review.js';
import type { ParsedReview } from '../review/parse-review.js';
import type { EvaluatedReview } from '../review/evaluate-review.js';
import { shellQuote, visible } from '../text/terminal-text.js';
import { LANGUAGES } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { TemplateError } from '../../errors.js';
import { say } from '../i18n/said.js';
import { DECISIONS_TEXT } from './decisions-text.js';

/** A decisions folder's files, read and paired by `io/decision-files.ts`. */
export interface DecisionFiles {
  reviews: ReviewFile[];
  memos: {
    file: string;
    /** `family` for a family summary (`0007-x.family.md`); a decision memo otherwise. */
    audience?: 'family';
    /** The language its name says (`0007-x.es.md`); English when absent. */
    language?: Language;
    /** Named by the user, rather than found in a folder. */
    explicit: boolean;
    /** The review file name the naming rule expects beside it. */
    expectedReview: string;
    read: { text?: string; diagnostic?: Diagnostic };
    /** The review beside it, if there is one. */
    review?: ReviewFile;
  }[];
}

/** A review file as read: its path, how it is shown, and its parse. */
export interface ReviewFile {
  path: string;
  file: string;
  name: string;
  /** The id its file name gives it, when the name follows the rule. */
  expectedId?: string | undefined;
  /** Whether it was among the files to check (not only read for a memo). */
  listed: boolean;
  parsed: ParsedReview;
  /** The memo the naming rule expects beside it, when it is not there (a folder's reviews only). */
  missingMemo?: string;
}

/**
 * Checks a decisions folder's reviews against their frameworks and file names, and memos
 * against what their reviews render. Returns every problem and the files checked.
 */
export function checkDecisions(
  files: DecisionFiles,
  installed: readonly Framework[],
  setting: MemoSetting,
): { diagnostics: Diagnostic[]; checked: string[] } {
  const diagnostics: Diagnostic[] = [];
  const checked: string[] = [];
  const rendered = new Map<string, ReturnType<typeof checkReviewFile>>();
  const renderFor = (review: ReviewFile) => {
    let result = rendered.get(review.path);
    if (!result) {
      result = checkReviewFile(review.parsed, review.expectedId, installed, setting);
      rendered.set(review.path, result);
    }
    return result;
  };
  for (const review of files.reviews) {
    const result = renderFor(review);
    diagnostics.push(...result.diagnostics);
    if (review.missingMemo !== undefined && result.memo !== undefined)
      diagnostics.push(memoMissing(review.file, review.missingMemo));
    checked.push(review.file);
  }
  for (const memo of files.memos) {
    if (!memo.review) {
      // A folder scan passes over Markdown that is not a vatl memo (a README, notes).
      if (memo.explicit || (memo.read.text !== undefined && looksLikeMemo(memo.read.text))) {
        diagnostics.push(memoWithoutReview(memo.file, memo.expectedReview));
        checked.push(memo.file);
      }
      continue;
    }
    checked.push(memo.file);
    if (memo.read.diagnostic || memo.read.text === undefined) {
      if (memo.read.diagnostic) diagnostics.push(memo.read.diagnostic);
      continue;
    }
    const result = renderFor(memo.review);
    // The review's own problems are reported once: with the review when it was checked too.
    if (result.memo === undefined) {
      if (!memo.review.listed) diagnostics.push(...result.diagnostics);
      continue;
    }
    const family = memo.audience === 'family';
    const language = memo.language ?? 'en';
    const inLanguage = { ...setting, language };
    const expected = family
      ? renderFamily(result.evaluated, inLanguage)
      : language === 'en'
        ? result
        : renderIn(result.evaluated, inLanguage);
    if (expected.memo === undefined) {
      diagnostics.push(...expected.diagnostics);
      continue;
    }
    const stale = checkMemoText(
      { file: memo.file, text: memo.read.text },
      expected.memo,
      memo.review,
      family ? 'family' : 'board',
      language,
    );
    if (stale) diagnostics.push(stale);
  }
  return { diagnostics, checked };
}

/**
 * Checks one parsed review file and renders its memo when it has no errors. `expectedId` is
 * the id its file name gives (`0007-x.review.yaml` → `0007-x`), when it follows the pattern.
 */
export function checkReviewFile(
  parsed: ParsedReview,
  expectedId: string | undefined,
  installed: readonly Framework[],
  setting: MemoSetting,
): { memo?: string; evaluated?: EvaluatedReview; diagnostics: Diagnostic[] } {
  const { evaluated, diagnostics: own } = checkReviewOnly(parsed, expectedId, installed);
  if (!evaluated) return { diagnostics: own };
  try {
    return { memo: renderDecisionMemo(evaluated, setting), evaluated, diagnostics: own };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return {
      diagnostics: [...own, templateInvalid(error)],
    };
  }
}

/** The memo in another language of a review whose English memo rendered (so it has no errors). */
function renderIn(
  evaluated: EvaluatedReview | undefined,
  setting: MemoSetting,
): { memo?: string; diagnostics: Diagnostic[] } {
  if (!evaluated) return { diagnostics: [] };
  try {
    return { memo: renderDecisionMemo(evaluated, setting), diagnostics: [] };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { diagnostics: [templateInvalid(error)] };
  }
}

/** The family summary of a review whose memo rendered (so it has no errors), evaluated once. */
function renderFamily(
  evaluated: EvaluatedReview | undefined,
  setting: MemoSetting,
): { memo?: string; diagnostics: Diagnostic[] } {
  if (!evaluated) return { diagnostics: [] };
  try {
    return { memo: renderFamilySummary(evaluated, setting), diagnostics: [] };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { diagnostics: [templateInvalid(error)] };
  }
}

/** Whether Markdown text looks like a vatl memo (front matter naming a framework). */
export function looksLikeMemo(text: string): boolean {
  return /^---\r?\n[\s\S]*?^framework:/m.test(text.slice(0, 2000));
}

/** A memo with no review beside it to render it from. */
export function memoWithoutReview(memoFile: string, expectedReview: string): Diagnostic {
  return fileDiagnostic(
    memoFile,
    'memo/no-review',
    say(DECISIONS_TEXT, 'decisions.memo-no-review', { expectedReview }),
  );
}

/**
 * A review without its memo: a run stopped between writing the two, or the memo was deleted.
 * Memos are rendered from reviews, so one command repairs it.
 */
export function memoMissing(reviewFile: string, memoFile: string): Diagnostic {
  return fileDiagnostic(
    reviewFile,
    'memo/missing',
    say(DECISIONS_TEXT, 'decisions.memo-missing', {
      memo: memoFile,
      command: `vatl render ${languageFlag(memoFile)}${shellQuote(reviewFile)}`,
    }),
  );
}

/** `--lang es ` for a memo named in a language other than English (`0007-x.es.md`), else nothing. */
function languageFlag(memoFile: string): string {
  const language = /\.([a-z]{2})\.md$/.exec(memoFile)?.[1];
  return language && language !== 'en' && (LANGUAGES as readonly string[]).includes(language)
    ? `--lang ${language} `
    : '';
}

/**
 * Compares a memo with what its review renders; a memo edited by hand (or rendered by an
 * older template) is an error at its first differing line, so CI catches it.
 */
export function checkMemoText(
  memo: { file: string; text: string },
  expected: string,
  review: { name: string; file: string },
  audience: 'board' | 'family' = 'board',
  /** The language the file's name says (`0007-x.es.md`). */
  language: Language = 'en',
): Diagnostic | undefined {
  if (memo.text === expected) return undefined;
  const line = firstDifferentLine(memo.text, expected);
  const family = audience === 'family';
  const what = family ? 'family summary' : 'memo';
  const options = `${family ? '--audience family ' : ''}${language === 'en' ? '' : `--lang ${language} `}`;
  const command = `vatl render ${options}--force ${shellQuote(review.file)}`;
  // The front matter names the language it was written in; the file's name says which it should be.
  const written = frontMatterLanguage(memo.text);
  if (written !== undefined && written !== language)
    return {
      file: memo.file,
      line: languageLine(memo.text),
      column: 1,
      severity: 'error',
      code: 'memo/out-of-date',
      ...say(DECISIONS_TEXT, 'decisions.memo-language', {
        what,
        written: visible(written),
        language,
        command,
      }),
    };
  return {
    file: memo.file,
    line,
    column: 1,
    severity: 'error',
    code: 'memo/out-of-date',
    ...say(DECISIONS_TEXT, 'decisions.memo-differs', {
      what,
      review: review.name,
      line,
      command,
    }),
  };
}

/** The `language:` of a memo's front matter, if it has one. */
function frontMatterLanguage(text: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return front ? /^language:\s*(\S+)\s*$/m.exec(front)?.[1] : undefined;
}

/** The line of the front matter's `language:` (1 when there is none). */
function languageLine(text: string): number {
  const at = text.split('\n').findIndex((l) => /^language:/.test(l));
  return at < 0 ? 1 : at + 1;
}

function firstDifferentLine(actual: string, expected: string): number {
  const a = actual.split('\n');
  const b = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return 1;
}

/** A template that failed, as a diagnostic about its file, said so it can be said again. */
function templateInvalid(error: TemplateError): Diagnostic {
  return fileDiagnostic(error.template, 'template/invalid', {
    message: error.message,
    ...(error.text ? { text: error.text } : {}),
  });
}
