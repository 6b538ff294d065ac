import { checkReview } from '../../core/review/parse-review.js';
import { draftId } from '../../core/review/draft.js';
import type { Review } from '../../core/review/types.js';
import {
  claimDraft,
  deleteDraft,
  draftPath,
  draftsFolder,
  prepareDraftsFolder,
  saveDraft,
} from '../../io/drafts.js';
import { displayPath } from '../../io/paths.js';
import { CancelledError, EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { vatlCommand } from '../interactive/resume-command.js';
import { runSteps } from '../interactive/run-steps.js';
import type { Session } from '../interactive/session.js';
import { decisionStep } from '../interactive/steps/decision.js';
import { openDraft } from '../interactive/steps/resume.js';
import { addMonths, isoDate } from '../../core/dates.js';
import type { Workspace } from '../../io/workspace.js';
import type { Framework } from '../../core/framework/types.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { SUMMARY_TEXT } from '../../core/review/summary-text.js';
import { REVIEW_TEXT } from '../interactive/review-text.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { createStyle } from '../style.js';
import { wrap } from '../table.js';
import { finishReview } from './review.js';
import type { ReviewOptions } from './review.js';

/**
 * `vatl review` at a terminal: opens a draft (new or resumed), runs the steps over one
 * session until the decision, then writes the review and memo. The only file of the
 * walk-through that loads the review environment and writes the result.
 */
export async function interactiveReview(
  options: ReviewOptions,
  ctx: CommandContext,
): Promise<number> {
  const env = await openWorkspace(ctx, options);
  const root = env.config.root;
  // Before anything is asked: an answer that could not be saved would be lost.
  await prepareDraftsFolder(ctx.fs, root, (p) => displayPath(ctx.cwd, p));
  const prompter = await ctx.createPrompter({ color: ctx.color });
  const style = createStyle(ctx.color);
  const resume = `${vatlCommand(ctx)} review --resume`;
  const language = resolveLanguage(ctx.lang, env.config.language);
  const text = REVIEW_TEXT[language];
  const opened = await openDraft(
    {
      ctx,
      prompter,
      style,
      config: env.config,
      installed: env.installed,
      text,
      language,
      localise: (fw) => env.inLanguage(fw, language),
    },
    options,
  );
  if (!opened) return EXIT.usage;
  // Asked in the language; the review is checked and written against the framework itself.
  const { framework, localised } = opened;
  const started = ctx.now();
  // A new draft takes its name when its first answer is saved, atomically, so two reviews
  // started in the same second never share one.
  let claimed = Boolean(options.resume);
  const session: Session = {
    prompter,
    style,
    text,
    summaryText: SUMMARY_TEXT[language],
    framework: localised,
    draft: opened.draft,
    save: async (next) => {
      const draft = { ...next, updated: ctx.now().toISOString() };
      session.draft = claimed
        ? (await saveDraft(ctx.fs, root, draft), draft)
        : await claimDraft(ctx.fs, root, draft, (n) => draftId(started, n));
      claimed = true;
    },
    calendar: { today: () => isoDate(ctx.now()), addMonths },
    walk: {},
  };
  const width = Math.max(40, Math.min(ctx.columns ?? 100, 120) - 1);

  try {
    prompter.print(style.bold(`${localised.title} (${framework.id}@${framework.version})`));
    prompter.print(
      style.dim(
        wrap(text.savedAsYouGo(displayPath(ctx.cwd, draftsFolder(root)), resume), width).join('\n'),
      ),
    );
    await runSteps(session);
    const review = await decisionStep(session);
    return await write(session, framework, env, review, options, ctx, resume);
  } catch (error) {
    if (error instanceof CancelledError) {
      const path = displayPath(ctx.cwd, draftPath(root, session.draft.id));
      ctx.stderr.write(claimed ? text.stopped(path, resume) : text.stoppedBeforeAnswer);
      return EXIT.cancelled;
    }
    throw error;
  }
}

/** Checks the finished review, then writes it and its memo and deletes the draft. */
async function write(
  s: Session,
  framework: Framework,
  env: Workspace,
  review: Review,
  options: ReviewOptions,
  ctx: CommandContext,
  resume: string,
): Promise<number> {
  const { report, diagnostics } = checkReview(review, framework);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    printDiagnostics(
      ctx,
      errors.map((d) => ({ ...d, file: 'review' })),
      [],
    );
    printMessage(ctx.stderr, s.text.notComplete(resume));
    return EXIT.problems;
  }
  s.prompter.print('');
  const code = await finishReview({ review, framework, report }, env, options, ctx);
  if (code === EXIT.ok && !options.stdout && !options.dryRun)
    await deleteDraft(ctx.fs, env.config.root, s.draft.id);
  return code;
}
