import type { ParsedFramework } from '../../../core/framework/parse-framework.js';
import type { Framework } from '../../../core/framework/types.js';
import { draftId, newDraft, reconcileDraft } from '../../../core/review/draft.js';
import type { Draft } from '../../../core/review/draft.js';
import { parseFrameworkRef } from '../../../core/review/types.js';
import { questionName } from '../../../core/review/answer.js';
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
}

/**
 * The framework and draft a session works over: with `resume`, a saved draft the user picks,
 * brought up to the installed framework; otherwise a new draft. Undefined when there is no
 * draft to resume (the user has been told).
 */
export async function openDraft(
  o: Opening,
  options: { resume?: boolean; framework?: string },
): Promise<{ framework: Framework; draft: Draft } | undefined> {
  if (!options.resume) {
    const framework = await loadFramework(o, options.framework ?? (await chooseFramework(o)));
    const started = o.ctx.now();
    return { framework, draft: newDraft(draftId(started), framework, started.toISOString()) };
  }
  const picked = await pickDraft(o);
  if (!picked) return undefined;
  const framework = await loadFramework(
    o,
    options.framework ?? parseFrameworkRef(picked.framework).id,
  );
  const { draft, changed } = reconcileDraft(picked, framework);
  if (picked.framework !== draft.framework || changed.length > 0) {
    o.prompter.print(
      o.style.yellow(
        `This draft was answered against ${visible(picked.framework)}; ${framework.id}@${framework.version} is installed now.` +
          (changed.length > 0
            ? ` These questions changed and will be asked again: ${changed.map((id) => questionName(framework, draft.proposal, id)).join(', ')}.`
            : ' No answered question changed.'),
      ),
    );
  }
  return { framework, draft };
}

async function loadFramework(o: Opening, idOrPath: string): Promise<Framework> {
  const { ctx } = o;
  const { framework, diagnostics } = await resolveFramework(ctx.fs, ctx.cwd, o.config, idOrPath);
  if (!framework || diagnostics.some((d) => d.severity === 'error')) {
    ctx.stderr.write(
      formatStylish(
        { files: [], diagnostics },
        { style: createStyle(ctx.color), version: ctx.version },
      ),
    );
    throw new VatlError('review/framework', `The framework ${idOrPath} cannot be used.`, {
      hint: 'Fix it (see above) or choose another with --framework.',
    });
  }
  return framework;
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
    message: 'Which framework should this review use?',
    choices: ordered.map((fw) => ({
      name: `${fw.title}${fw.id === fallback ? ' (default)' : ''}`,
      value: fw.id,
      description: fw.summary?.split(/(?<=\.)\s/)[0] ?? '',
    })),
    default: fallback,
  });
}

async function pickDraft(o: Opening): Promise<Draft | undefined> {
  const { drafts, broken } = await listDrafts(o.ctx.fs, o.config.root);
  const warn = { write: (text: string) => o.ctx.stderr.write(o.style.yellow(text)) };
  for (const name of broken)
    printMessage(warn, `the draft ${name} could not be read and was skipped.`);
  if (drafts.length === 0) {
    printMessage(
      o.ctx.stderr,
      'there are no saved drafts to resume.',
      `Start one with: ${vatlCommand(o.ctx)} review`,
    );
    return undefined;
  }
  const now = o.ctx.now();
  return o.prompter.select({
    message: 'Which draft do you want to continue?',
    choices: drafts.map((d) => ({
      name: `${d.title ?? (d.proposal.name ? String(d.proposal.name) : 'Untitled')} — ${d.framework}, ${answeredText(o, d)}, last change ${localTime(new Date(d.updated), now)}`,
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
    return `answered ${n}`;
  }
  const { answered, total } = walkProgress(fw, d);
  return `answered ${answered} of ${total}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment in the local time of this machine: `2 Dec 14:05`, with the year when not this one. */
export function localTime(at: Date, now: Date): string {
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const two = (n: number) => String(n).padStart(2, '0');
  const year = at.getFullYear() === now.getFullYear() ? '' : ` ${at.getFullYear()}`;
  return `${at.getDate()} ${MONTHS[at.getMonth()] ?? ''}${year} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
