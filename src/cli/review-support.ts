import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import type { Framework } from '../core/framework/types.js';
import { renderMemo } from '../core/memo/render-memo.js';
import type { MemoTemplates } from '../core/memo/render-memo.js';
import { buildMemoView } from '../core/memo/view-model.js';
import type { ReferenceLabels } from '../core/memo/view-model.js';
import { checkReview, parseReview } from '../core/review/parse-review.js';
import type { ParsedReview } from '../core/review/parse-review.js';
import { parseFrameworkRef } from '../core/review/types.js';
import type { Review } from '../core/review/types.js';
import type { ScoreReport } from '../core/scoring/types.js';
import { loadConfig } from '../io/config.js';
import type { Config } from '../io/config.js';
import { loadInstalledFrameworks } from '../io/framework-registry.js';
import { displayPath } from '../io/paths.js';
import { readTextFile } from '../io/read-text-file.js';
import { loadTemplates } from '../io/templates.js';
import { VatlError } from '../errors.js';
import type { CommandContext } from './deps.js';

/** What rendering reviews needs, loaded once per command. */
export interface ReviewEnvironment {
  config: Config;
  installed: ParsedFramework[];
  references: ReferenceLabels;
  templates: MemoTemplates;
}

export async function loadReviewEnvironment(
  ctx: CommandContext,
  templateOverride?: string,
  /** The installed frameworks, when the caller has loaded them already. */
  preloaded?: ParsedFramework[],
): Promise<ReviewEnvironment> {
  const { config, diagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  if (diagnostics.length > 0) {
    const first = diagnostics[0] as Diagnostic;
    throw new VatlError(
      'config/invalid',
      `${first.file}:${first.line}:${first.column} ${first.message}`,
      {
        hint: first.hint ?? 'Fix vatl.config.yaml, then run again.',
      },
    );
  }
  const installed = preloaded ?? (await loadInstalledFrameworks(ctx.fs, ctx.cwd, config));
  const overrides = [
    ...(config.templates ? [config.templates] : []),
    ...(templateOverride ? [resolve(ctx.cwd, templateOverride)] : []),
  ];
  const templates = await loadTemplates(ctx.fs, ctx.cwd, overrides);
  return { config, installed, references: referenceLabels(installed), templates };
}

/** Labels for the alignment section: axis items, concepts, and questions by their row. */
export function referenceLabels(installed: readonly ParsedFramework[]): ReferenceLabels {
  const labels: ReferenceLabels = {};
  for (const { framework: fw } of installed) {
    if (!fw) continue;
    const items: Record<string, string> = {};
    const rows = new Map(fw.axes.rows.items.map((r) => [r.id, r.label]));
    for (const axis of [fw.axes.rows, fw.axes.columns])
      for (const item of axis?.items ?? []) items[item.id] = item.label;
    for (const c of fw.concepts ?? []) items[c.id] = `${c.label} (${c.group.toLowerCase()})`;
    for (const q of fw.questions) items[q.id] = rows.get(q.cell.split('/')[0] ?? '') ?? '';
    labels[fw.id] = { title: fw.title, items };
  }
  return labels;
}

/** The framework a review names, from the installed ones (by id; versions are checked later). */
export function frameworkFor(review: Review, env: ReviewEnvironment, file: string): Framework {
  const { id } = parseFrameworkRef(review.framework);
  const found = env.installed.find((p) => p.framework?.id === id)?.framework;
  if (!found) {
    const ids = env.installed.flatMap((p) => (p.framework ? [p.framework.id] : [])).sort();
    throw new VatlError(
      'review/unknown-framework',
      `${file}: the review names framework \`${id}\`, which is not installed.`,
      {
        hint: `Installed: ${ids.join(', ')}. Add its folder to \`frameworks:\` in vatl.config.yaml.`,
      },
    );
  }
  return found;
}

/** Reads and parses a review file; unreadable files come back as diagnostics. */
export async function readReview(ctx: CommandContext, path: string): Promise<ParsedReview> {
  const shown = displayPath(ctx.cwd, path);
  const read = await readTextFile(ctx.fs, path, shown);
  if (read.diagnostic) return { file: shown, diagnostics: [read.diagnostic] };
  return parseReview(read.text, shown);
}

export interface EvaluatedReview {
  review: Review;
  framework: Framework;
  report: ScoreReport;
  diagnostics: Diagnostic[];
}

/** Parses, checks and scores a review file against the installed framework it names. */
export async function evaluateReviewFile(
  ctx: CommandContext,
  env: ReviewEnvironment,
  path: string,
  /** The date a review without one will be written with, so it is checked with that date. */
  defaultDate?: string,
): Promise<{ parsed: ParsedReview; evaluated?: EvaluatedReview }> {
  const parsed = await readReview(ctx, path);
  if (!parsed.review) return { parsed };
  const review =
    defaultDate && !parsed.review.date ? { ...parsed.review, date: defaultDate } : parsed.review;
  const framework = frameworkFor(review, env, parsed.file);
  const { report, diagnostics } = checkReview(review, framework, parsed.yaml);
  return { parsed, evaluated: { review, framework, report, diagnostics } };
}

/** The memo a review renders to. `today` stands in when the review has no date. */
export function renderReviewMemo(
  env: ReviewEnvironment,
  evaluated: Pick<EvaluatedReview, 'review' | 'framework' | 'report'>,
  today: string,
): string {
  const view = buildMemoView({
    ...evaluated,
    references: env.references,
    date: evaluated.review.date ?? today,
  });
  return renderMemo(view, env.templates);
}

/** YYYY-MM-DD of a date, in UTC so the same moment gives the same day everywhere. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `months` after a YYYY-MM-DD date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDate(target);
}
