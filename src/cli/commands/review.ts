import { resolve } from 'node:path';
import { entryFor, exitCodeFor } from '../../core/catalogue/index.js';
import { isoDate } from '../../core/dates.js';
import { renderDecisionMemo } from '../../core/memo/decision-memo.js';
import { fmt } from '../../core/scoring/score-review.js';
import { outcomeLabel } from '../../core/review/decision.js';
import { gateTitle, warningTitle } from '../../core/review/summary.js';
import { visible } from '../../core/text/terminal-text.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import type { EvaluatedReview } from '../../core/review/evaluate-review.js';
import { stampFingerprints } from '../../core/review/fingerprint.js';
import { reviewTextFrom } from '../../core/review/review-text.js';
import { currentStatus } from '../../core/review/status.js';
import { shellQuote } from '../../core/text/terminal-text.js';
import { serializeReview, slugify } from '../../core/review/serialize-review.js';
import { parseReview } from '../../core/review/parse-review.js';
import type { ParsedReview } from '../../core/review/parse-review.js';
import { parseFrameworkRef } from '../../core/review/types.js';
import type { Review } from '../../core/review/types.js';
import type { Framework } from '../../core/framework/types.js';
import { YamlTextEditor } from '../../core/yaml/edit-yaml.js';
import { readReview, writeDecision } from '../../io/decision-files.js';
import { resolveFramework } from '../../io/framework-registry.js';
import { displayPath } from '../../io/paths.js';
import type { Workspace } from '../../io/workspace.js';
import { EXIT, VatlError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { createStyle } from '../style.js';

export interface ReviewOptions {
  answers?: string;
  framework?: string;
  resume?: boolean;
  /** Whose answers these are (team reviews); overrides the file's `reviewer:`. */
  reviewer?: string;
  out?: string;
  stdout?: boolean;
  dryRun?: boolean;
  force?: boolean;
  template?: string;
}

/**
 * `vatl review`: with `--answers FILE`, a whole review with no prompts; otherwise the
 * interactive walk-through, which needs a terminal.
 */
export async function reviewCommand(options: ReviewOptions, ctx: CommandContext): Promise<number> {
  if (options.answers) return reviewFromAnswers(options.answers, options, ctx);
  if (!ctx.interactive) {
    throw new VatlError(
      'review/no-tty',
      'vatl review asks questions, and there is no terminal to ask them on.',
      {
        hint: 'Run it in a terminal, or give every answer in a file: vatl review --answers review.yaml (see examples/).',
      },
    );
  }
  const { interactiveReview } = await import('./review-interactive.js');
  return interactiveReview(options, ctx);
}

async function reviewFromAnswers(
  file: string,
  options: ReviewOptions,
  ctx: CommandContext,
): Promise<number> {
  const workspace = await openWorkspace(ctx, options);
  const chosen = options.framework
    ? await frameworkOption(options.framework, workspace, ctx)
    : undefined;
  const read = await readReview(ctx.fs, ctx.cwd, resolve(ctx.cwd, file));
  const { parsed, text } = chosen ? withFramework(read, chosen) : { parsed: read, text: undefined };
  const frameworks = chosen
    ? [chosen, ...workspace.frameworks.filter((f) => f.id !== chosen.id)]
    : workspace.frameworks;
  const { evaluated, diagnostics } = evaluateReview(parsed, frameworks, isoDate(ctx.now()));
  printDiagnostics(ctx, diagnostics, [parsed.file]);
  const code = exitCodeFor(diagnostics);
  if (!evaluated || code !== EXIT.ok) {
    if (code === EXIT.problems)
      printMessage(ctx.stderr, 'nothing was written; fix the problems above and run again.');
    return code === EXIT.ok ? EXIT.problems : code;
  }
  const source =
    parsed.yaml && parsed.review
      ? { text: text ?? parsed.yaml.text, review: parsed.review }
      : undefined;
  return finishReview(evaluated, workspace, options, ctx, source);
}

/**
 * `--framework ID|PATH` with `--answers`: the framework to check the answers against. One that
 * is not installed, or cannot be used, stops the run with exit 2 before the file is read.
 */
async function frameworkOption(
  idOrPath: string,
  workspace: Workspace,
  ctx: CommandContext,
): Promise<Framework> {
  const { framework, diagnostics } = await resolveFramework(
    ctx.fs,
    ctx.cwd,
    workspace.config,
    idOrPath,
  );
  const missing = diagnostics.find((d) => d.code === 'framework/not-installed');
  if (missing)
    throw new VatlError(
      'framework/not-installed',
      `there is no framework \`${idOrPath}\` (from --framework).`,
      missing.hint ? { hint: missing.hint } : {},
    );
  if (!framework || exitCodeFor(diagnostics) !== EXIT.ok) {
    printDiagnostics(ctx, diagnostics);
    throw new VatlError('review/framework', `the framework ${idOrPath} cannot be used.`, {
      hint: 'Fix it (see above) or choose another with --framework.',
    });
  }
  return framework;
}

/**
 * The answers file checked against `--framework`: a file that names no framework takes it
 * (recorded as id@version, after `title:`, in the review written); one that names another is
 * refused, naming both. For checking, the line is added at the end of the file, so every
 * problem is reported at the line it has in the user's file.
 */
function withFramework(
  read: ParsedReview,
  framework: Framework,
): { parsed: ParsedReview; text?: string } {
  const yaml = read.yaml;
  const data = yaml?.data;
  if (!yaml || !data || typeof data !== 'object' || Array.isArray(data)) return { parsed: read };
  const named = (data as { framework?: unknown }).framework;
  const ref = `${framework.id}@${framework.version}`;
  if (named === undefined) {
    const keys = Object.keys(data);
    const atEnd = new YamlTextEditor(yaml.text);
    atEnd.setTopLevel([['framework', ref]], keys[keys.length - 1]);
    const written = new YamlTextEditor(yaml.text);
    written.setTopLevel([['framework', ref]], keys.includes('title') ? 'title' : undefined);
    return { parsed: parseReview(atEnd.toString(), read.file), text: written.toString() };
  }
  if (typeof named === 'string' && parseFrameworkRef(named).id !== framework.id) {
    const at = yaml.locate(['framework']);
    throw new VatlError(
      'review/framework-mismatch',
      `--framework ${framework.id} does not match the framework ${read.file} names: ${named} (${read.file}:${at.line}:${at.column}).`,
      { hint: entryFor('review/framework-mismatch').hint ?? '' },
    );
  }
  return { parsed: read };
}

/**
 * Writes (or prints) a checked review and its memo. Shared by `--answers` and the
 * interactive walk-through, so both give byte-identical memos for the same answers.
 */
export async function finishReview(
  evaluated: Pick<EvaluatedReview, 'review' | 'framework' | 'report'>,
  workspace: Workspace,
  options: ReviewOptions,
  ctx: CommandContext,
  /** The file the answers came from: the review is written over its text, comments kept. */
  source?: { text: string; review: Review },
): Promise<number> {
  const today = isoDate(ctx.now());
  // A review vatl writes records what each question asked, so a later rewording is found.
  const review: Review = {
    ...stampFingerprints(evaluated.review, evaluated.framework),
    ...(options.reviewer ? { reviewer: options.reviewer } : {}),
    date: evaluated.review.date ?? today,
    // Recording a decision is deciding: without `status:`, a review with a decision is decided.
    status: currentStatus(evaluated.review),
  };
  // The overlap note names decisions in force in the decisions folder, as render and validate do.
  const { setting } = workspace;
  const memoFor = (id: string) =>
    renderDecisionMemo({ ...evaluated, review: { ...review, id } }, setting);

  if (options.stdout) {
    ctx.stdout.write(
      review.id ? memoFor(review.id) : renderDecisionMemo({ ...evaluated, review }, setting),
    );
    return EXIT.ok;
  }

  const style = createStyle(ctx.color);
  const label = (id: string) => visible(outcomeLabel(evaluated.framework, id));
  const { report } = evaluated;
  const summary = [
    `Suggested outcome: ${style.bold(label(report.suggested))}${report.overall !== undefined ? ` (overall ${fmt(report.overall)})` : ''}`,
    review.decision
      ? `Decision: ${style.bold(label(review.decision.outcome))}`
      : 'No decision recorded yet.',
  ];
  // In words, as the summary names them: ids are for machine output.
  const fw = evaluated.framework;
  const failed = report.gates
    .filter((g) => g.state !== 'passed')
    .map((g) => visible(gateTitle(fw, g.id)));
  if (failed.length > 0) summary.push(style.red(`Gates not passed: ${failed.join('; ')}`));
  if (report.warnings.length > 0)
    summary.push(
      style.yellow(
        `Warnings: ${report.warnings.map((w) => visible(warningTitle(fw, w.id))).join('; ')}`,
      ),
    );

  const folder = options.out ? resolve(ctx.cwd, options.out) : workspace.config.decisions;
  if (options.dryRun) {
    ctx.stdout.write(summary.join('\n') + '\n');
    ctx.stdout.write(
      `Dry run: would write ${review.id ?? '<next number>-' + slugify(review.title)}.review.yaml and .md in ${displayPath(ctx.cwd, folder) || '.'}; nothing was written.\n`,
    );
    return EXIT.ok;
  }
  const paths = await writeDecision(
    ctx.fs,
    ctx.cwd,
    folder,
    {
      ...(review.id ? { id: review.id } : {}),
      slug: slugify(review.title),
      review: (id) =>
        source
          ? reviewTextFrom(source.text, source.review, { ...review, id })
          : serializeReview({ ...review, id }),
      memo: memoFor,
    },
    options.force ?? false,
  );
  const shownReview = displayPath(ctx.cwd, paths.review);
  const shownMemo = displayPath(ctx.cwd, paths.memo);
  ctx.stdout.write(
    [
      ...summary,
      '',
      `Wrote ${shownReview}`,
      `Wrote ${shownMemo}`,
      '',
      // Quoted for the shell, so a title with `"`, `$(` or a control character is one argument.
      `Next: git add ${shellQuote(shownReview)} ${shellQuote(shownMemo)} && git commit -m ${shellQuote(`Decision ${paths.id.split('-')[0]}: ${review.title}`)}`,
    ].join('\n') + '\n',
  );
  return EXIT.ok;
}
