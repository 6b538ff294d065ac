import { basename, resolve } from 'node:path';
import { exitCodeFor } from '../../core/catalogue/index.js';
import { isoDate } from '../../core/dates.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { renderDecisionMemo } from '../../core/memo/decision-memo.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import type { EvaluatedReview } from '../../core/review/evaluate-review.js';
import { stampFingerprints } from '../../core/review/fingerprint.js';
import { checkReview } from '../../core/review/parse-review.js';
import type { ParsedReview } from '../../core/review/parse-review.js';
import { serializeReview, slugify } from '../../core/review/serialize-review.js';
import { parseFrameworkRef } from '../../core/review/types.js';
import type { Review } from '../../core/review/types.js';
import { formatAgreement, mergeReviews, teamAgreement, toDiscuss } from '../../core/team/merge.js';
import { readAgreement } from '../../core/team/agreement.js';
import { readReview, writeDecision } from '../../io/decision-files.js';
import { expandReviewPaths } from '../../io/expand-paths.js';
import { displayPath } from '../../io/paths.js';
import { EXIT, VatlError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { visible } from '../../core/text/terminal-text.js';
import { printMessage } from '../message.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { MERGE_TEXT } from './merge-text.js';
import { openWorkspace, printDiagnostics } from '../report.js';

export interface MergeOptions {
  out?: string;
  stdout?: boolean;
  force?: boolean;
  template?: string;
}

/**
 * `vatl merge REVIEW...`: combines team members' independent reviews of one proposal into one
 * review (no decision yet) and its memo, with the spread, the agreement and what to discuss.
 */
export async function mergeCommand(
  args: readonly string[],
  options: MergeOptions,
  ctx: CommandContext,
): Promise<number> {
  // Globs expand as vatl validate expands them; a pattern that matches nothing stops the merge.
  const expanded = await expandReviewPaths(ctx.fs, ctx.cwd, args);
  if (expanded.diagnostics.length > 0) {
    printDiagnostics(ctx, expanded.diagnostics, []);
    return exitCodeFor(expanded.diagnostics);
  }
  const files = expanded.paths;
  if (files.length < 2) {
    const early = MERGE_TEXT[ctx.lang ?? 'en'];
    throw new VatlError('merge/too-few', early.tooFew(files.length), { hint: early.tooFewHint });
  }
  const workspace = await openWorkspace(ctx, options);
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const t = MERGE_TEXT[language];
  const today = isoDate(ctx.now());
  const parsed: ParsedReview[] = [];
  const evaluated: EvaluatedReview[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const one = await readReview(ctx.fs, ctx.cwd, resolve(ctx.cwd, file));
    parsed.push(one);
    const result = evaluateReview(one, workspace.frameworks, today);
    diagnostics.push(...result.diagnostics);
    if (result.evaluated) evaluated.push(result.evaluated);
  }
  diagnostics.push(...differentFrameworks(parsed));
  printDiagnostics(
    ctx,
    diagnostics,
    parsed.map((p) => p.file),
  );
  const found = exitCodeFor(diagnostics);
  const [first] = evaluated;
  if (!first || evaluated.length < files.length || found !== EXIT.ok) {
    printMessage(ctx.stderr, t.nothingWritten);
    return found === EXIT.ok ? EXIT.problems : found;
  }

  const framework = first.framework;
  const merged = mergeReviews(
    evaluated.map((e, i) => ({
      reviewer: e.review.reviewer ?? reviewerFromFile(parsed[i]?.file ?? t.reviewerFallback(i + 1)),
      review: e.review,
    })),
    framework,
  );
  const review: Review = { ...stampFingerprints(merged, framework), date: merged.date ?? today };
  // The merged review is checked as `vatl validate` will check it: an unmet participation
  // requirement (too few reviewers, a voice not heard) stops the merge before anything is written.
  const checked = checkReview(review, framework);
  const { report } = checked;
  const blocking = checked.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, file: t.theMergedReview }));
  if (blocking.length > 0) {
    printDiagnostics(ctx, blocking, [t.theMergedReview]);
    printMessage(ctx.stderr, t.nothingWritten);
    return exitCodeFor(blocking);
  }
  const memoFor = (r: Review) =>
    renderDecisionMemo(
      { review: r, framework: workspace.inLanguage(framework, language), report },
      { ...workspace.setting, language },
    );

  if (options.stdout) {
    ctx.stdout.write(memoFor(review));
    return EXIT.ok;
  }
  const alpha = teamAgreement(review, framework);
  const discuss = toDiscuss(review, framework);
  const folder = options.out ? resolve(ctx.cwd, options.out) : workspace.config.decisions;
  const paths = await writeDecision(
    ctx.fs,
    ctx.cwd,
    folder,
    {
      slug: slugify(review.title),
      review: (id) => serializeReview({ ...review, id }),
      memo: (id) => memoFor({ ...review, id }),
      language,
    },
    options.force ?? false,
  );
  ctx.stdout.write(
    [
      t.merged(evaluated.length, merged.reviewers?.join(', ') ?? ''),
      t.agreement(formatAgreement(alpha), t.reading(readAgreement(alpha))),
      discuss.length > 0 ? t.toDiscuss(discuss) : t.nothingToDiscuss,
      t.noDecision,
      '',
      t.wrote(displayPath(ctx.cwd, paths.review)),
      t.wrote(displayPath(ctx.cwd, paths.memo)),
    ]
      // Reviewer names and paths come from files: each line stays one line, with no raw control.
      .map((line) => visible(line))
      .join('\n') + '\n',
  );
  return EXIT.ok;
}

/** Every review whose framework id is not the first review's, located at its `framework:`. */
function differentFrameworks(parsed: readonly ParsedReview[]): Diagnostic[] {
  const withReview = parsed.filter((p) => p.review);
  const expected = withReview[0]?.review?.framework;
  if (!expected) return [];
  const { id } = parseFrameworkRef(expected);
  return withReview.slice(1).flatMap((p) => {
    const ref = p.review?.framework ?? '';
    if (parseFrameworkRef(ref).id === id) return [];
    return [
      {
        file: p.file,
        ...(p.yaml?.locate(['framework']) ?? { line: 0, column: 0 }),
        severity: 'error' as const,
        code: 'merge/different-framework' as const,
        message: `The review was answered against \`${ref}\`; the first review (${withReview[0]?.file ?? ''}) against \`${expected}\`.`,
        hint: 'Merge only reviews of the same proposal against the same framework.',
      },
    ];
  });
}

/** A review without `reviewer:` is merged under its file's name: `ana.review.yaml` → `ana`. */
function reviewerFromFile(file: string): string {
  return basename(file).replace(/(\.review)?\.ya?ml$/, '');
}
