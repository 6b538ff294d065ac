import type { ParsedFramework } from '../../../core/framework/parse-framework.js';
import type { Framework } from '../../../core/framework/types.js';
import { draftId, newDraft, reconcileDraft } from '../../../core/review/draft.js';
import type { Draft } from '../../../core/review/draft.js';
import { parseFrameworkRef } from '../../../core/review/types.js';
import { questionCalled } from '../../../core/review/summary.js';
import { SUMMARY_TEXT } from '../../../core/review/summary-text.js';
import { localiseFramework } from '../../../core/framework/localise.js';
import type { Language } from '../../../core/i18n/language.js';
import type { ReviewText } from '../review-text.js';
import { visible } from '../../../core/text/terminal-text.js';
import type { Config } from '../../../io/config.js';
import { listDrafts } from '../../../io/drafts.js';
import { resolveFramework } from '../../../io/framework-registry.js';
import { VatlError } from '../../../errors.js';
import type { Prompter } from '../../../prompts/prompter.js';
import type { CommandContext } from '../../deps.js';
import { formatStylish } from '../../formats/stylish.js';
import { printMessage } from '../../message.js';
import { createStyle } from '../../style.js';
import type { Style } from '../../style.js';
import { walkProgress } from '../../../core/review/walk.js';
import { vatlCommand } from '../resume-command.js';

/** What choosing the draft needs, before there is a session to work over. */
export interface Opening {
  ctx: CommandContext;
  prompter: Prompter;
  style: Style;
  config: Config;
  installed: readonly ParsedFramework[];
  /** The walk-through's words, in the review's language. */
  text: ReviewText;
  language: Language;
  /** An installed framework in the review's language. */
  localise(framework: Framework): Framework;
}

/** The framework a review is answered against, and the same framework in the review's language. */
export interface Opened {
  framework: Framework;
  localised: Framework;
  draft: Draft;
}

/**
 * The framework and draft a session works over: with `resume`, a saved draft the user picks,
 * brought up to the installed framework; otherwise a new draft. Undefined when there is no
 * draft to resume (the user has been told).
 */
export async function openDraft(
  o: Opening,
  options: { resume?: boolean; framework?: string },
): Promise<Opened | undefined> {
  if (!options.resume) {
    const { framework, localised } = await loadFramework(
      o,
      options.framework ?? (await chooseFramework(o)),
    );
    const started = o.ctx.now();
    return {
      framework,
      localised,
      draft: newDraft(draftId(started), framework, started.toISOString()),
    };
  }
  const picked = await pickDraft(o);
  if (!picked) return undefined;
  const { framework, localised } = await loadFramework(
    o,
    options.framework ?? parseFrameworkRef(picked.framework).id,
  );
  const { draft, changed } = reconcileDraft(picked, framework);
  if (picked.framework !== draft.framework || changed.length > 0) {
    o.prompter.print(
      o.style.yellow(
        o.text.frameworkChanged(
          visible(picked.framework),
          `${framework.id}@${framework.version}`,
          changed.map((id) =>
            questionCalled(localised, draft.proposal, id, SUMMARY_TEXT[o.language]),
          ),
        ),
      ),
    );
  }
  return { framework, localised, draft };
}

/** The framework (and it in the review's language, its strings file laid over it). */
async function loadFramework(
  o: Opening,
  idOrPath: string,
): Promise<{ framework: Framework; localised: Framework }> {
  const { ctx } = o;
  const { framework, parsed, diagnostics } = await resolveFramework(
    ctx.fs,
    ctx.cwd,
    o.config,
    idOrPath,
  );
  if (!framework || diagnostics.some((d) => d.severity === 'error')) {
    ctx.stderr.write(
      formatStylish(
        { files: [], diagnostics },
        { style: createStyle(ctx.color), version: ctx.version },
      ),
    );
    throw new VatlError('review/framework', o.text.frameworkCannotBeUsed(idOrPath), {
      hint: o.text.frameworkFixHint,
    });
  }
  return {
    framework,
    localised: localiseFramework(framework, parsed?.translations, o.language),
  };
}

/** The framework for a new review: asked only when more than one is installed, default first. */
async function chooseFramework(o: Opening): Promise<string> {
  const fallback = o.config.defaultFramework;
  const usable = o.installed.flatMap((p) => (p.framework ? [p.framework] : []));
  if (usable.length <= 1) return usable[0]?.id ?? fallback;
  const ordered = [...usable].sort((a, b) =>
    a.id === fallback ? -1 : b.id === fallback ? 1 : a.id < b.id ? -1 : 1,
  );
  return o.prompter.select({
    message: o.text.whichFramework,
    choices: ordered.map((fw) => ({
      name: `${o.localise(fw).title}${fw.id === fallback ? o.text.defaultMark : ''}`,
      value: fw.id,
      description: o.localise(fw).summary?.split(/(?<=\.)\s/)[0] ?? '',
    })),
    default: fallback,
  });
}

async function pickDraft(o: Opening): Promise<Draft | undefined> {
  const { drafts, broken } = await listDrafts(o.ctx.fs, o.config.root);
  const warn = { write: (text: string) => o.ctx.stderr.write(o.style.yellow(text)) };
  for (const name of broken) printMessage(warn, o.text.draftUnreadable(name));
  if (drafts.length === 0) {
    printMessage(o.ctx.stderr, o.text.noDrafts, o.text.startOneWith(vatlCommand(o.ctx)));
    return undefined;
  }
  const now = o.ctx.now();
  return o.prompter.select({
    message: o.text.whichDraft,
    choices: drafts.map((d) => ({
      name: o.text.draftChoice(
        d.title ?? (d.proposal.name ? String(d.proposal.name) : o.text.untitled),
        d.framework,
        answeredText(o, d),
        o.text.localTime(new Date(d.updated), now),
      ),
      value: d,
    })),
  });
}

/**
 * How far a draft got, over everything the walk-through asks (proposal, title, team and
 * questions): `answered 12 of 43`. Without its framework installed, only the count is known.
 */
function answeredText(o: Opening, d: Draft): string {
  const id = parseFrameworkRef(d.framework).id;
  const fw = o.installed.find((p) => p.framework?.id === id)?.framework;
  if (!fw) {
    const n = Object.keys(d.proposal).length + Object.keys(d.answers).length;
    return o.text.answered(n);
  }
  const { answered, total } = walkProgress(fw, d);
  return o.text.answered(answered, total);
}
