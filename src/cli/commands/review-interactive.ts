import { checkReview } from '../../core/review/parse-review.js';
import type { Review } from '../../core/review/types.js';
import { deleteDraft, draftPath, saveDraft } from '../../io/drafts.js';
import { displayPath } from '../../io/paths.js';
import { CancelledError, EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { runSteps } from '../interactive/run-steps.js';
import type { Session } from '../interactive/session.js';
import { decisionStep } from '../interactive/steps/decision.js';
import { openDraft } from '../interactive/steps/resume.js';
import { addMonths, isoDate } from '../../core/dates.js';
import type { Workspace } from '../../io/workspace.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { createStyle } from '../style.js';
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
  const prompter = await ctx.createPrompter({ color: ctx.color });
  const style = createStyle(ctx.color);
  const root = env.config.root;
  const opened = await openDraft(
    { ctx, prompter, style, config: env.config, installed: env.installed },
    options,
  );
  if (!opened) return EXIT.usage;
  const { framework } = opened;
  const path = draftPath(root, opened.draft.id);
  const session: Session = {
    prompter,
    style,
    framework,
    draft: opened.draft,
    save: async (next) => {
      session.draft = { ...next, updated: ctx.now().toISOString() };
      await saveDraft(ctx.fs, root, session.draft);
    },
    calendar: { today: () => isoDate(ctx.now()), addMonths },
    walk: { answered: [] },
  };

  try {
    prompter.print(style.bold(`${framework.title} (${framework.id}@${framework.version})`));
    prompter.print(
      style.dim(
        `Every answer is saved as you go (${displayPath(ctx.cwd, path)}). Press Ctrl-C to stop; resume with \`vatl review --resume\`.`,
      ),
    );
    await runSteps(session);
    const review = await decisionStep(session);
    return await write(session, env, review, options, ctx);
  } catch (error) {
    if (error instanceof CancelledError) {
      const saved =
        Object.keys(session.draft.answers).length + Object.keys(session.draft.proposal).length > 0;
      if (saved) await saveDraft(ctx.fs, root, session.draft);
      ctx.stderr.write(
        saved
          ? `\nStopped. Your answers are saved in ${displayPath(ctx.cwd, path)}.\nResume with: vatl review --resume\n`
          : '\nStopped before any answer was given; nothing was saved.\n',
      );
      return EXIT.cancelled;
    }
    throw error;
  }
}

/** Checks the finished review, then writes it and its memo and deletes the draft. */
async function write(
  s: Session,
  env: Workspace,
  review: Review,
  options: ReviewOptions,
  ctx: CommandContext,
): Promise<number> {
  const { report, diagnostics } = checkReview(review, s.framework);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    printDiagnostics(
      ctx,
      errors.map((d) => ({ ...d, file: 'review' })),
      [],
    );
    printMessage(
      ctx.stderr,
      'the review is not complete; your answers are saved. Resume with: vatl review --resume',
    );
    return EXIT.problems;
  }
  s.prompter.print('');
  const code = await finishReview({ review, framework: s.framework, report }, env, options, ctx);
  if (code === EXIT.ok && !options.stdout && !options.dryRun)
    await deleteDraft(ctx.fs, env.config.root, s.draft.id);
  return code;
}
