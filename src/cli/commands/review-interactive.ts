import type { Framework, IntakeQuestion, Question } from '../../core/framework/types.js';
import { answerLabel as labelOf, kindOf } from '../../core/framework/question-kinds.js';
import {
  answerQuestion,
  applicableOrder,
  draftToReview,
  newDraft,
  nextStep,
  reconcileDraft,
} from '../../core/review/draft.js';
import { intakeIn } from '../../core/scoring/conditions.js';
import { percent, scaleLevel } from '../../core/scoring/scale.js';
import type { Draft, Step } from '../../core/review/draft.js';
import { checkReview } from '../../core/review/parse-review.js';
import { isCalendarDate, notApplicableReasonProblem } from '../../core/review/rules.js';
import type { Answer, Decision, Review } from '../../core/review/types.js';
import { STAKEHOLDER_GROUPS, TEAM_STRUCTURES, unheardVoices } from '../../core/review/team.js';
import { fmt, scoreReview } from '../../core/scoring/score-review.js';
import type { ScoreReport } from '../../core/scoring/types.js';
import { deleteDraft, draftPath, listDrafts, saveDraft } from '../../io/drafts.js';
import { resolveFramework } from '../../io/framework-registry.js';
import { displayPath } from '../../io/paths.js';
import { CancelledError, EXIT, VatlError } from '../../errors.js';
import type { Prompter } from '../../prompts/prompter.js';
import type { CommandContext } from '../deps.js';
import { formatStylish } from '../formats/stylish.js';
import { addMonths, isoDate } from '../../core/dates.js';
import type { Workspace } from '../../io/workspace.js';
import { openWorkspace } from '../report.js';
import { createStyle } from '../style.js';
import type { Style } from '../style.js';
import { table, wrap } from '../table.js';
import { finishReview } from './review.js';
import type { ReviewOptions } from './review.js';

/** Everything one interactive session works over; each step reads and updates it. */
interface Session {
  ctx: CommandContext;
  env: Workspace;
  framework: Framework;
  prompter: Prompter;
  style: Style;
  draft: Draft;
  /** Saves the draft after every answer, so Ctrl-C never loses one. */
  save(next: Draft): Promise<void>;
}

const BACK = Symbol('back');
const HELP = Symbol('help');
const NOT_APPLICABLE = Symbol('not-applicable');

/** `vatl review` at a terminal: intake, team, the questions, a summary, the decision. */
export async function interactiveReview(
  options: ReviewOptions,
  ctx: CommandContext,
): Promise<number> {
  const env = await openWorkspace(ctx, options);
  const prompter = await ctx.createPrompter({ color: ctx.color });
  const style = createStyle(ctx.color);
  const root = env.config.root;
  const now = () => ctx.now().toISOString();

  let draft: Draft;
  let framework: Framework;
  if (options.resume) {
    const picked = await pickDraft(ctx, prompter, root, style);
    if (!picked) return EXIT.usage;
    framework = await loadFramework(
      ctx,
      env,
      options.framework ?? picked.framework.slice(0, picked.framework.lastIndexOf('@')),
    );
    const reconciled = reconcileDraft(picked, framework);
    draft = reconciled.draft;
    if (picked.framework !== draft.framework || reconciled.changed.length > 0) {
      prompter.print(
        style.yellow(
          `This draft was answered against ${picked.framework}; ${framework.id}@${framework.version} is installed now.` +
            (reconciled.changed.length > 0
              ? ` These questions changed and will be asked again: ${reconciled.changed.join(', ')}.`
              : ' No answered question changed.'),
        ),
      );
    }
  } else {
    framework = await loadFramework(
      ctx,
      env,
      options.framework ?? (await chooseFramework(env, prompter)),
    );
    // A draft's name is the moment it was started: unique enough for one person's drafts.
    const stamp = ctx.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    draft = newDraft(`draft-${stamp}`, framework, now());
  }

  const path = draftPath(root, draft.id);
  const session: Session = {
    ctx,
    env,
    framework,
    prompter,
    style,
    draft,
    save: async (next) => {
      session.draft = { ...next, updated: now() };
      await saveDraft(ctx.fs, root, session.draft);
    },
  };

  try {
    prompter.print(style.bold(`${framework.title} (${framework.id}@${framework.version})`));
    prompter.print(
      style.dim(
        `Every answer is saved as you go (${displayPath(ctx.cwd, path)}). Press Ctrl-C to stop; resume with \`vatl review --resume\`.`,
      ),
    );
    await runSteps(session);
    const review = await decide(session);
    return await write(session, review, options);
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

async function loadFramework(
  ctx: CommandContext,
  env: Workspace,
  idOrPath: string,
): Promise<Framework> {
  const { framework, diagnostics } = await resolveFramework(ctx.fs, ctx.cwd, env.config, idOrPath);
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

async function chooseFramework(env: Workspace, prompter: Prompter): Promise<string> {
  const usable = env.installed.flatMap((p) => (p.framework ? [p.framework] : []));
  if (usable.length <= 1) return usable[0]?.id ?? env.config.defaultFramework;
  const ordered = [...usable].sort((a, b) =>
    a.id === env.config.defaultFramework
      ? -1
      : b.id === env.config.defaultFramework
        ? 1
        : a.id < b.id
          ? -1
          : 1,
  );
  return prompter.select({
    message: 'Which framework should this review use?',
    choices: ordered.map((fw) => ({
      name: `${fw.title}${fw.id === env.config.defaultFramework ? ' (default)' : ''}`,
      value: fw.id,
      description: fw.summary?.split(/(?<=\.)\s/)[0] ?? '',
    })),
    default: env.config.defaultFramework,
  });
}

async function pickDraft(
  ctx: CommandContext,
  prompter: Prompter,
  root: string,
  style: Style,
): Promise<Draft | undefined> {
  const { drafts, broken } = await listDrafts(ctx.fs, root);
  for (const name of broken)
    ctx.stderr.write(style.yellow(`vatl: the draft ${name} could not be read and was skipped.\n`));
  if (drafts.length === 0) {
    ctx.stderr.write('vatl: there are no saved drafts to resume.\n  Start one with: vatl review\n');
    return undefined;
  }
  return prompter.select({
    message: 'Which draft do you want to continue?',
    choices: drafts.map((d) => {
      const answered = Object.keys(d.answers).length;
      return {
        name: `${d.title ?? (d.proposal.name ? String(d.proposal.name) : 'Untitled')} — ${d.framework}, ${answered} answered, last change ${d.updated.slice(0, 16).replace('T', ' ')}`,
        value: d,
      };
    }),
  });
}

/** Asks for whatever the draft still needs, saving after each answer, until the summary. */
async function runSteps(s: Session): Promise<void> {
  const history: string[] = [];
  // A question the user went back to: asked again (its answer kept as the default) before
  // the walk-through carries on from the first unanswered question.
  let revisit: string | undefined;
  for (;;) {
    const step: Step = revisit ? { kind: 'question', id: revisit } : nextStep(s.draft, s.framework);
    if (step.kind === 'intake') {
      const q = s.framework.intake?.find((x) => x.id === step.id) ?? {
        id: 'name',
        prompt: 'What is the tool or product called?',
        kind: 'text' as const,
        required: true,
      };
      if (step.id === (s.framework.intake?.[0]?.id ?? 'name'))
        s.prompter.print(`\n${s.style.bold('The proposal')}`);
      const value = await askIntake(s, q);
      await s.save({ ...s.draft, proposal: { ...s.draft.proposal, [q.id]: value } });
      continue;
    }
    if (step.kind === 'intake-check') {
      // The proposal contradicts itself in a way that would switch a red line off: say so,
      // and ask the answers involved again, each with its earlier answer as the default.
      const check = s.framework.intakeChecks?.find((c) => c.id === step.id);
      if (!check) throw new VatlError('review/intake-check', `Unknown intake check ${step.id}.`);
      s.prompter.print(s.style.red(`\n✖ ${check.title}`));
      s.prompter.print(s.style.dim(wrap(check.why, 96, '  ').join('\n')));
      const proposal = { ...s.draft.proposal };
      for (const id of [...new Set(intakeIn(check.when))]) {
        const q = s.framework.intake?.find((x) => x.id === id);
        if (!q) continue;
        proposal[id] = await askIntake(s, q, proposal[id]);
        await s.save({ ...s.draft, proposal: { ...proposal } });
      }
      continue;
    }
    if (step.kind === 'title') {
      const name = String(s.draft.proposal.name ?? '');
      const title = await s.prompter.input({
        message: 'A title for this decision:',
        default: name,
        required: true,
      });
      await s.save({ ...s.draft, title: title.trim() || name });
      continue;
    }
    if (step.kind === 'team') {
      await s.save({ ...s.draft, team: await askTeam(s) });
      continue;
    }
    const order = applicableOrder(s.framework, s.draft);
    if (step.kind === 'question') {
      const q = order.find((x) => x.id === step.id);
      if (!q) {
        // Asked to revisit a question the corrected proposal no longer asks.
        revisit = undefined;
        continue;
      }
      const result = await askQuestion(
        s,
        q,
        order.indexOf(q) + 1,
        order.length,
        history.length > 0,
      );
      if (result === BACK) {
        revisit = history.pop();
        continue;
      }
      revisit = undefined;
      if (!history.includes(q.id)) history.push(q.id);
      await s.save(answerQuestion(s.draft, q, result, s.draft.updated));
      continue;
    }
    // The summary: the user may go back and change any answer from here.
    if (!s.draft.reachedSummary) await s.save({ ...s.draft, reachedSummary: true });
    const report = scoreReview(s.framework, draftToReview(s.draft, s.framework));
    s.prompter.print(renderSummary(s.framework, report, s.style).join('\n'));
    const action = await s.prompter.select<string>({
      message: 'What next?',
      choices: [
        { name: 'Continue to the decision', value: 'decide' },
        { name: 'Change an answer', value: 'change' },
      ],
    });
    if (action === 'decide') return;
    const id = await s.prompter.select<string>({
      message: 'Which answer do you want to change?',
      choices: order.map((q, i) => ({
        name: `${i + 1}. ${q.prompt.slice(0, 70)}${q.prompt.length > 70 ? '…' : ''} — ${answerText(s.framework, q, s.draft.answers[q.id])}`,
        value: q.id,
      })),
    });
    const q = order.find((x) => x.id === id) as Question;
    const result = await askQuestion(s, q, order.indexOf(q) + 1, order.length, false);
    if (result !== BACK) await s.save(answerQuestion(s.draft, q, result, s.draft.updated));
  }
}

async function askIntake(
  s: Session,
  q: IntakeQuestion,
  previous?: string | number | string[],
): Promise<string | number | string[]> {
  if (q.help) s.prompter.print(s.style.dim(wrap(q.help, 96, '  ').join('\n')));
  const single = typeof previous === 'string' ? { default: previous } : {};
  switch (q.kind) {
    case 'yes-no':
      return s.prompter.select({
        message: q.prompt,
        choices: [
          { name: 'Yes', value: 'yes' },
          { name: 'No', value: 'no' },
        ],
        ...single,
      });
    case 'choice':
      return s.prompter.select({
        message: q.prompt,
        choices: (q.choices ?? []).map((c) => ({
          name: c.label,
          value: c.value,
          ...(c.description ? { description: c.description } : {}),
        })),
        ...single,
      });
    case 'multi-choice':
      return s.prompter.checkbox({
        message: `${q.prompt} (space to select, enter to go on)`,
        choices: (q.choices ?? []).map((c) => ({
          name: c.label,
          value: c.value,
          ...(Array.isArray(previous) && previous.includes(c.value) ? { checked: true } : {}),
        })),
      });
    case 'number': {
      const text = await s.prompter.input({
        message: q.prompt,
        ...(previous !== undefined && previous !== '' ? { default: String(previous) } : {}),
        ...(q.required ? { required: true } : {}),
        validate: (v) =>
          (v.trim() === '' && !q.required) || Number.isFinite(Number(v)) || 'Enter a number.',
      });
      return text.trim() === '' ? '' : Number(text);
    }
    default:
      return (
        await s.prompter.input({
          message: q.prompt,
          ...single,
          ...(q.required ? { required: true } : {}),
        })
      ).trim();
  }
}

async function askTeam(s: Session): Promise<Review['team']> {
  s.prompter.print(`\n${s.style.bold('The team')}`);
  const structure = await s.prompter.select({
    message: 'How does the team share the decision?',
    choices: TEAM_STRUCTURES.map((x) => ({ name: `${x.label} — ${x.prompt}`, value: x.id })),
  });
  const members: Review['team']['members'] = [];
  s.prompter.print(
    s.style.dim('  Add the team members one at a time; leave the name empty when done.'),
  );
  for (;;) {
    const name = (
      await s.prompter.input({
        message: `Team member ${members.length + 1} name:`,
        ...(members.length === 0 ? { required: true } : {}),
      })
    ).trim();
    if (!name) break;
    const role = (await s.prompter.input({ message: `${name}'s role:`, required: true })).trim();
    members.push({ name, role });
  }
  const groups = await s.prompter.checkbox({
    message: 'Which stakeholder groups were consulted? (space to select, enter to go on)',
    choices: STAKEHOLDER_GROUPS.map((g) => ({ name: g, value: g })),
  });
  const consulted: NonNullable<Review['team']['consulted']> = [];
  for (const group of groups) {
    const how = (
      await s.prompter.input({ message: `How were ${group} consulted? (optional)` })
    ).trim();
    consulted.push(how ? { group, how } : { group });
  }
  {
    const missing = unheardVoices({
      proposal: s.draft.proposal,
      team: { consulted },
    });
    if (missing.length > 0) {
      s.prompter.print(
        s.style.yellow(
          `  Note: this tool is student-facing, and ${missing.join(' and ')} ${missing.length > 1 ? 'were' : 'was'} not consulted. Consider hearing from them before deciding; the memo will say so.`,
        ),
      );
    }
  }
  return { structure, members, ...(consulted.length > 0 ? { consulted } : {}) };
}

/** Asks one review question; returns the answer, or BACK for the previous question. */
async function askQuestion(
  s: Session,
  q: Question,
  position: number,
  total: number,
  canGoBack: boolean,
): Promise<Answer | typeof BACK> {
  const fw = s.framework;
  const [row = '', column] = q.cell.split('/');
  const where = [
    fw.axes.rows.items.find((r) => r.id === row)?.label,
    fw.axes.columns?.items.find((c) => c.id === column)?.label,
  ]
    .filter(Boolean)
    .join(' · ');
  const previous = s.draft.answers[q.id];
  for (;;) {
    s.prompter.print(`\n${s.style.cyan(`${where} · ${position} of ${total}`)}`);
    type Pick = number | string | typeof BACK | typeof HELP | typeof NOT_APPLICABLE;
    const extras: { name: string; value: Pick; description?: string }[] = [
      { name: 'Help: what this question is about', value: HELP },
    ];
    if (q.notApplicable !== false)
      extras.push({ name: 'Not applicable (you will give a reason)', value: NOT_APPLICABLE });
    if (canGoBack) extras.push({ name: 'Back to the previous question', value: BACK });
    let value: Pick;
    if (kindOf(q).options(q, fw).length === 0) {
      s.prompter.print(s.style.dim(wrap(q.help, 96, '  ').join('\n')));
      value = (
        await s.prompter.input({
          message: q.prompt,
          ...(typeof previous?.value === 'string' ? { default: previous.value } : {}),
          required: true,
        })
      ).trim();
    } else {
      const options: { name: string; value: Pick; description?: string }[] = kindOf(q)
        .options(q, fw)
        .map((o) => ({
          name: o.label,
          value: o.value,
          ...(o.description ? { description: o.description } : {}),
        }));
      value = await s.prompter.select<Pick>({
        message: q.prompt,
        choices: [...options, ...extras],
        ...(previous?.value !== undefined ? { default: previous.value } : {}),
      });
    }
    if (value === HELP) {
      s.prompter.print(s.style.dim(wrap(q.help, 96, '  ').join('\n')));
      continue;
    }
    if (value === BACK) return BACK;
    if (value === NOT_APPLICABLE) {
      const reason = (
        await s.prompter.input({
          message: 'Why does this question not apply?',
          ...(previous?.notApplicable ? { default: previous.notApplicable } : {}),
          required: true,
          validate: (v) => {
            const problem = notApplicableReasonProblem(v);
            return problem
              ? `That reason ${problem}: say why it does not fit this proposal.`
              : true;
          },
        })
      ).trim();
      return { notApplicable: reason };
    }
    const answer: Answer = { value };
    const required = q.evidence === 'required';
    const evidencePrompt = `Evidence${required ? '' : ' (optional)'}: ${q.evidencePrompt ?? 'what does this answer rest on?'}`;
    const previousEvidence = Array.isArray(previous?.evidence)
      ? previous.evidence.join('; ')
      : previous?.evidence;
    const evidence = (
      await s.prompter.input({
        message: evidencePrompt,
        ...(previousEvidence ? { default: previousEvidence } : {}),
        ...(required ? { required: true } : {}),
      })
    ).trim();
    if (evidence) answer.evidence = evidence;
    const note = (
      await s.prompter.input({
        message: 'A note for the memo (optional):',
        ...(previous?.note ? { default: previous.note } : {}),
      })
    ).trim();
    if (note) answer.note = note;
    return answer;
  }
}

function answerText(fw: Framework, q: Question, a: Answer | undefined): string {
  if (!a) return 'unanswered';
  if (a.notApplicable !== undefined) return 'not applicable';
  return labelOf(fw, q, a.value);
}

/** The summary screen: the grid with scores (colour and a plain-text cue), gates, warnings, suggestion. */
export function renderSummary(fw: Framework, report: ScoreReport, style: Style): string[] {
  const out: string[] = ['', style.bold('Summary')];
  const min = Math.min(...fw.scale.map((l) => l.value));
  const max = Math.max(...fw.scale.map((l) => l.value));
  const paint = (score: number | undefined) => {
    if (score === undefined) return style.dim('—');
    const { index } = scaleLevel(fw.scale, score);
    const text = `${'●'.repeat(index + 1)}${'○'.repeat(fw.scale.length - index - 1)} ${fmt(score)}`;
    const ratio = (score - min) / (max - min || 1);
    return ratio >= 0.66 ? style.green(text) : ratio >= 0.4 ? style.yellow(text) : style.red(text);
  };
  const columns = fw.axes.columns?.items;
  const header = [
    '',
    ...(columns ? columns.map((c) => c.label) : ['Score']),
    columns ? 'Area' : '',
  ].map((h) => style.bold(h));
  const rows = fw.axes.rows.items.map((r) => [
    r.label,
    ...(columns
      ? columns.map((c) => paint(report.cells.find((x) => x.cell === `${r.id}/${c.id}`)?.score))
      : [paint(report.cells.find((x) => x.cell === r.id)?.score)]),
    columns ? paint(report.rows.find((x) => x.id === r.id)?.score) : '',
  ]);
  const footer = columns
    ? [
        style.bold('Value add'),
        ...columns.map((c) => paint(report.columns.find((x) => x.id === c.id)?.score)),
        paint(report.overall),
      ]
    : [style.bold('Overall'), paint(report.overall), ''];
  out.push(...table([header, ...rows, footer]).map((l) => `  ${l}`));
  out.push(
    style.dim(
      `  Scale: ${fw.scale.map((l) => `${l.value} ${l.label}`).join(' · ')}; overall ${report.overall !== undefined ? fmt(report.overall) : '—'}`,
    ),
  );
  if (report.unanswered.length > 0)
    out.push(style.yellow(`  Unanswered: ${report.unanswered.join(', ')}`));
  for (const g of report.gates.filter((x) => x.state !== 'passed')) {
    const title = fw.gates?.find((x) => x.id === g.id)?.title ?? g.id;
    out.push(
      style.red(
        g.state === 'failed'
          ? `  ✖ Gate failed: ${title}`
          : `  ? Gate unresolved: ${title} (needs ${g.needs.join(', ')})`,
      ),
    );
  }
  for (const w of report.warnings)
    out.push(
      style.yellow(`  ! Warning: ${fw.warnings?.find((x) => x.id === w.id)?.title ?? w.id}`),
    );
  const label = (id: string) => fw.outcomes.find((o) => o.id === id)?.label ?? id;
  out.push('', `  Suggested outcome: ${style.bold(label(report.suggested))}`);
  for (const reason of report.outcomes.find((o) => o.id === report.suggested)?.reasons ?? [])
    out.push(style.dim(`    ${reason}`));
  if (report.next) {
    const steps = [
      ...report.next.gates.map(
        (g) =>
          `clear gate ${g.gate}${g.answers.length ? ` (${g.answers.map((a) => `${a.question} = ${String(a.value)}`).join(' or ')})` : ''}`,
      ),
      ...report.next.coverage.map(
        (c) =>
          `answer more of ${fw.axes[c.axis]?.items.find((i) => i.id === c.id)?.label ?? c.id} (${percent(c.share)} answered)`,
      ),
      ...(report.next.raises.length
        ? [`raise ${report.next.raises.map((r) => `${r.question} ${r.from}→${r.to}`).join(', ')}`]
        : []),
    ];
    out.push(
      `  To reach ${label(report.next.outcome)}: ${steps.join('; ') || 'no change of answers would do it'}${report.next.unreachable ? ' (the thresholds stay out of reach)' : ''}`,
    );
  }
  out.push('');
  return out;
}

/** The decision: accept or change the suggestion, conditions with owners and dates, review-by. */
async function decide(s: Session): Promise<Review> {
  const fw = s.framework;
  const review = draftToReview(s.draft, fw);
  const report = scoreReview(fw, review);
  const today = isoDate(s.ctx.now());
  s.prompter.print(`\n${s.style.bold('The decision')}`);
  const label = (id: string) => fw.outcomes.find((o) => o.id === id)?.label ?? id;
  const outcome = await s.prompter.select<string>({
    message: `The review suggests ${label(report.suggested)}. What is the decision?`,
    choices: fw.outcomes.map((o) => {
      const blocked = report.outcomes.find((x) => x.id === o.id)?.blockedBy ?? [];
      return {
        name: `${o.label}${o.id === report.suggested ? ' (suggested)' : ''}`,
        value: o.id,
        description: o.description,
        ...(blocked.length > 0 ? { disabled: `blocked by gate ${blocked.join(', ')}` } : {}),
      };
    }),
    default: report.suggested,
  });
  const decision: Decision = { outcome };
  const rationale = (
    await s.prompter.input({
      message:
        outcome === report.suggested
          ? 'Rationale for the memo (optional):'
          : `Why ${label(outcome)} rather than ${label(report.suggested)}?`,
      ...(outcome !== report.suggested ? { required: true } : {}),
    })
  ).trim();
  if (rationale) decision.rationale = rationale;
  const conditions: NonNullable<Decision['conditions']> = [];
  const dateCheck = (v: string) =>
    (isCalendarDate(v.trim()) && v.trim() >= today) ||
    `Enter a date from ${today} on, as YYYY-MM-DD.`;
  if (outcome !== fw.outcomes[fw.outcomes.length - 1]?.id)
    s.prompter.print(
      s.style.dim(
        '  Conditions: what must happen, who owns it, by when. Leave the condition empty when done.',
      ),
    );
  for (;;) {
    const text = (
      await s.prompter.input({ message: `Condition ${conditions.length + 1}:` })
    ).trim();
    if (!text) break;
    const owner = (await s.prompter.input({ message: 'Owner:', required: true })).trim();
    const due = (
      await s.prompter.input({ message: 'Due (YYYY-MM-DD):', validate: dateCheck })
    ).trim();
    conditions.push({ text, owner, due });
  }
  if (conditions.length > 0) decision.conditions = conditions;
  const suggestedReviewBy = addMonths(today, fw.review?.intervalMonths ?? 12);
  decision.reviewBy = (
    await s.prompter.input({
      message: 'Review this decision again by (YYYY-MM-DD):',
      default: suggestedReviewBy,
      validate: dateCheck,
    })
  ).trim();
  await s.save({ ...s.draft, decision });
  return { ...draftToReview(s.draft, fw), date: today, status: 'proposed' };
}

async function write(s: Session, review: Review, options: ReviewOptions): Promise<number> {
  const { report, diagnostics } = checkReview(review, s.framework);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    s.ctx.stderr.write(
      formatStylish(
        { files: [], diagnostics: errors.map((d) => ({ ...d, file: 'review' })) },
        { style: s.style, version: s.ctx.version },
      ),
    );
    s.ctx.stderr.write(
      `vatl: the review is not complete; your answers are saved. Resume with: vatl review --resume\n`,
    );
    return EXIT.problems;
  }
  s.prompter.print('');
  const code = await finishReview(
    { review, framework: s.framework, report },
    s.env,
    options,
    s.ctx,
  );
  if (code === EXIT.ok && !options.stdout && !options.dryRun)
    await deleteDraft(s.ctx.fs, s.env.config.root, s.draft.id);
  return code;
}
