import { exitCodeFor, entryFor } from '../../core/catalogue/index.js';
import type { DiagnosticCode } from '../../core/catalogue/index.js';
import { isCalendarDate, isoDate } from '../../core/dates.js';
import { renderDecisionMemo } from '../../core/memo/decision-memo.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import type { EvaluatedReview } from '../../core/review/evaluate-review.js';
import { parseReview } from '../../core/review/parse-review.js';
import {
  currentStatus,
  planStatusChange,
  reviewTextWithStatus,
  reviewTextWithSupersedes,
} from '../../core/review/status.js';
import type { ReviewStatus } from '../../core/review/types.js';
import { shellQuote, visible } from '../../core/text/terminal-text.js';
import {
  findDecisionReviews,
  idOfReviewPath,
  memoPathFor,
  readReview,
} from '../../io/decision-files.js';
import { displayPath } from '../../io/paths.js';
import { readTextFile } from '../../io/read-text-file.js';
import type { Workspace } from '../../io/workspace.js';
import { writeFilesAtomic } from '../../io/write-file.js';
import { EXIT, ExitError, VatlError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import type { TextRef } from '../../core/i18n/said.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { LANGUAGES, resolveLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { STATUS_TEXT } from './status-text.js';
import type { StatusText } from './status-text.js';

export interface StatusOptions {
  by?: string;
  note?: string;
  date?: string;
}

/** A review as read for a status change: where it is, its text, and what it says. */
interface Loaded {
  path: string;
  shown: string;
  id: string | undefined;
  text: string;
  evaluated: EvaluatedReview;
}

/** A file to write once every check has passed. */
interface Pending {
  path: string;
  text: string;
}

/**
 * `vatl status ID NEW`: moves a decision to a new status where the transition table allows
 * it, appends the change to the review's `statusHistory:` (comments and layout kept), and
 * renders its memo again. `--by` names the later decision for `superseded`; that review
 * gets `supersedes:` when it lacks it. Nothing is written until every check has passed.
 */
export async function statusCommand(
  ref: string,
  to: ReviewStatus,
  options: StatusOptions,
  ctx: CommandContext,
): Promise<number> {
  const date = options.date ?? isoDate(ctx.now());
  const workspace = await openWorkspace(ctx);
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const t = STATUS_TEXT[language];
  if (!isCalendarDate(date)) refuse('review/status-invalid-date', t.badDate(date));
  const target = await load(ctx, workspace, ref, t);
  const review = target.evaluated.review;
  const from = currentStatus(review);
  const request = {
    to,
    date,
    ...(options.by !== undefined ? { by: options.by } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
  // The transition is checked before --by is looked up, so a closed decision says so first.
  const first = planStatusChange(review, request);
  if ('refusal' in first)
    refuse(first.refusal.code, first.refusal.message, first.refusal.hint, first.refusal.text);
  const successor = options.by ? await load(ctx, workspace, options.by, t) : undefined;
  if (successor && !successor.id)
    refuse('review/status-unknown-decision', t.noSupersededId(successor.shown));
  const planned = planStatusChange(review, {
    ...request,
    ...(successor?.id ? { by: successor.id } : {}),
  });
  if ('refusal' in planned)
    refuse(
      planned.refusal.code,
      planned.refusal.message,
      planned.refusal.hint,
      planned.refusal.text,
    );
  const { change } = planned;

  const writes: Pending[] = [];
  await update(ctx, workspace, target, reviewTextWithStatus(target.text, change), writes, language);
  const older = target.id;
  if (successor && older) {
    const named = successor.evaluated.review.supersedes;
    if (named !== undefined && named !== older)
      refuse(
        'review/status-conflict',
        t.conflict(successor.id ?? successor.shown, named, older),
        t.conflictHint(successor.id),
      );
    if (named === undefined) {
      const text = reviewTextWithSupersedes(successor.text, successor.evaluated.review, older);
      await update(ctx, workspace, successor, text, writes, language);
    }
  }
  // All contents are written out before any file takes its name: a full disk changes nothing.
  await writeFilesAtomic(
    ctx.fs,
    writes.map((w) => ({ path: w.path, content: w.text, overwrite: true })),
  );

  const by = change.by ? t.by(change.by) : '';
  const shown = writes.map((w) => displayPath(ctx.cwd, w.path));
  const message = t.commitMessage(
    (target.id ?? '').split('-')[0] ?? '',
    t.status(change.status),
    by,
  );
  ctx.stdout.write(
    [
      visible(
        t.changed(
          target.id ?? target.shown,
          t.status(from),
          t.status(change.status),
          by,
          change.date,
        ),
      ),
      ...shown.map((path) => t.wrote(visible(path))),
      '',
      t.next(shown.map(shellQuote).join(' '), shellQuote(message)),
    ].join('\n') + '\n',
  );
  return EXIT.ok;
}

/** Finds, reads and checks the review a reference names; a problem stops the run. */
async function load(
  ctx: CommandContext,
  workspace: Workspace,
  ref: string,
  t: StatusText,
): Promise<Loaded> {
  const folder = workspace.config.decisions;
  const found = await findDecisionReviews(ctx.fs, ctx.cwd, folder, ref);
  const shownFolder = displayPath(ctx.cwd, folder) || '.';
  if (found.length !== 1)
    refuse(
      'review/status-unknown-decision',
      found.length === 0
        ? t.noDecision(ref, shownFolder)
        : t.manyDecisions(
            ref,
            found.length,
            shownFolder,
            found.map((p) => idOfReviewPath(p) ?? p).join(', '),
          ),
      found.length === 0 ? t.noDecisionHint : t.manyDecisionsHint,
    );
  const path = found[0] as string;
  const parsed = await readReview(ctx.fs, ctx.cwd, path);
  const { evaluated, diagnostics } = evaluateReview(parsed, workspace.frameworks);
  printDiagnostics(ctx, diagnostics, [parsed.file]);
  const code = exitCodeFor(diagnostics);
  if (!evaluated || !parsed.yaml || code !== EXIT.ok) {
    printMessage(ctx.stderr, t.fixFirst(parsed.file));
    throw new ExitError(code === EXIT.ok ? EXIT.problems : code);
  }
  return {
    path,
    shown: parsed.file,
    id: evaluated.review.id ?? idOfReviewPath(path),
    text: parsed.yaml.text,
    evaluated,
  };
}

/**
 * Queues a review's new text and its memo rendered again. A memo with edits its review does
 * not make is refused rather than replaced, as `vatl render` refuses it without --force.
 */
async function update(
  ctx: CommandContext,
  workspace: Workspace,
  loaded: Loaded,
  text: string,
  writes: Pending[],
  /** The language of a memo written when the review has none yet. */
  language: Language,
): Promise<void> {
  const t = STATUS_TEXT[language];
  // Every memo the review has, each in the language its name says (`0007-x.md`, `0007-x.es.md`).
  const memos: { path: string; language: Language }[] = [];
  for (const lang of LANGUAGES) {
    const memoPath = memoPathFor(loaded.path, lang);
    const shownMemo = displayPath(ctx.cwd, memoPath);
    const current = await readTextFile(ctx.fs, memoPath, shownMemo);
    if (current.text === undefined) continue;
    if (current.text !== memoOf(loaded.evaluated, workspace, lang)) {
      printMessage(
        ctx.stderr,
        t.memoDiffers(shownMemo, loaded.shown),
        t.memoDiffersHint(loaded.shown),
      );
      throw new ExitError(EXIT.problems);
    }
    memos.push({ path: memoPath, language: lang });
  }
  if (memos.length === 0) memos.push({ path: memoPathFor(loaded.path, language), language });
  const { evaluated } = evaluateReview(parseReview(text, loaded.shown), workspace.frameworks);
  // The edit only sets status fields the checks above accept, so it reads back; this guards
  // against an editor bug writing a file that does not.
  if (!evaluated) throw new Error(`the edited ${loaded.shown} does not read back as a review`);
  writes.push(
    { path: loaded.path, text },
    ...memos.map((m) => ({ path: m.path, text: memoOf(evaluated, workspace, m.language) })),
  );
}

function memoOf(
  evaluated: Pick<EvaluatedReview, 'review' | 'framework' | 'report'>,
  workspace: Workspace,
  language: Language,
): string {
  return renderDecisionMemo(
    { ...evaluated, framework: workspace.inLanguage(evaluated.framework, language) },
    { ...workspace.setting, language },
  );
}

/** Stops the run with a catalogued code; its catalogue hint stands in when none is given. */
function refuse(code: DiagnosticCode, message: string, hint?: string, text?: TextRef): never {
  const fallback = entryFor(code).hint;
  throw new VatlError(code, message, {
    ...(hint ? { hint } : fallback ? { hint: fallback } : {}),
    ...(text ? { text } : {}),
  });
}
