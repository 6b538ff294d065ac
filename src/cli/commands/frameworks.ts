import { exitCodeFor } from '../../core/catalogue/index.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { percent } from '../../core/scoring/scale.js';
import { isScored } from '../../core/framework/question-kinds.js';
import { outcomeLabel } from '../../core/review/decision.js';
import type { Condition, Framework } from '../../core/framework/types.js';
import { loadConfig } from '../../io/config.js';
import { loadInstalledFrameworks, resolveFramework } from '../../io/framework-registry.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT, VatlError } from '../../errors.js';
import { jsonText } from '../formats/json.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { printDiagnostics } from '../report.js';
import { createStyle } from '../style.js';
import type { Style } from '../style.js';
import { table, wrap } from '../table.js';
import { plural } from '../formats/stylish.js';

const WIDTH = 100;

/** `vatl frameworks list`: the installed frameworks, one a line. */
export async function frameworksListCommand(
  options: { json: boolean },
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  if (diagnostics.length > 0) return printProblems(diagnostics, ctx, { stopped: true });
  const installed = await loadInstalledFrameworks(ctx.fs, ctx.cwd, config);
  const usable = installed.flatMap((p) =>
    p.framework ? [{ framework: p.framework, file: p.file }] : [],
  );
  usable.sort((a, b) => (a.framework.id < b.framework.id ? -1 : 1));
  if (options.json) {
    const list = usable.map(({ framework: fw, file }) => ({
      id: fw.id,
      version: fw.version,
      title: fw.title,
      source: fw.source,
      questions: fw.questions.length,
      default: fw.id === config.defaultFramework,
      file,
    }));
    ctx.stdout.write(jsonText(list));
  } else {
    const style = createStyle(ctx.color);
    const rows = [
      ['ID', 'VERSION', 'QUESTIONS', 'TITLE'].map((h) => style.bold(h)),
      ...usable.map(({ framework: fw }) => [
        fw.id === config.defaultFramework
          ? `${visible(fw.id)} ${style.dim('(default)')}`
          : visible(fw.id),
        visible(fw.version),
        String(fw.questions.length),
        `${visible(fw.title)}${byline(fw) ? ` ${style.dim(`— ${visible(byline(fw))}`)}` : ''}`,
      ]),
    ];
    ctx.stdout.write(table(rows, ['l', 'l', 'r', 'l']).join('\n') + '\n');
  }
  const broken = installed.filter((p) => !p.framework);
  if (broken.length > 0) {
    printMessage(
      ctx.stderr,
      `${plural(broken.length, 'framework file')} could not be loaded; run \`vatl validate\` on them:`,
    );
    for (const p of broken) ctx.stderr.write(`  ${visible(p.file)}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** `vatl frameworks show ID|PATH`: the grid, questions, gates, warnings and thresholds. */
export async function frameworksShowCommand(
  idOrPath: string,
  options: { json: boolean },
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics: configDiagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  if (configDiagnostics.length > 0) return printProblems(configDiagnostics, ctx, { stopped: true });
  const { framework, diagnostics } = await resolveFramework(ctx.fs, ctx.cwd, config, idOrPath);
  // An id that names no framework is not a file with a problem: say so in one line.
  const missing = diagnostics.find((d) => d.code === 'framework/not-installed');
  if (missing)
    throw new VatlError('framework/not-installed', `there is no framework \`${idOrPath}\`.`, {
      ...(missing.hint ? { hint: missing.hint } : {}),
    });
  if (!framework || exitCodeFor(diagnostics) !== EXIT.ok)
    return printProblems(diagnostics, ctx, { stopped: false });
  if (options.json) {
    ctx.stdout.write(jsonText({ ...framework, grid: gridCounts(framework) }));
  } else {
    ctx.stdout.write(renderFramework(framework, createStyle(ctx.color)).join('\n') + '\n');
  }
  return EXIT.ok;
}

/** Prints the problems that stop a command, and gives its exit code. */
function printProblems(
  diagnostics: readonly Diagnostic[],
  ctx: CommandContext,
  options: { stopped: boolean },
): number {
  printDiagnostics(ctx, diagnostics);
  return exitCodeFor(diagnostics, options);
}

interface GridCounts {
  rows: string[];
  columns: string[];
  /** counts[row][column]: scored questions in that cell. */
  counts: Record<string, Record<string, number>>;
}

function gridCounts(fw: Framework): GridCounts {
  const rows = fw.axes.rows.items.map((r) => r.id);
  const columns = fw.axes.columns ? fw.axes.columns.items.map((c) => c.id) : ['all'];
  const counts: Record<string, Record<string, number>> = {};
  for (const r of rows) counts[r] = Object.fromEntries(columns.map((c) => [c, 0]));
  for (const q of fw.questions.filter(isScored)) {
    const [r = '', c = 'all'] = q.cell.split('/');
    const row = counts[r];
    if (row && row[c] !== undefined) row[c] += 1;
  }
  return { rows, columns, counts };
}

/**
 * The framework as `frameworks show` prints it. Every piece of the file's text goes through
 * `visible` (`v`) before it is styled: a framework from a vendor or the internet cannot clear
 * the screen, rewrite a line or reorder what is shown. Prose is wrapped, so its line breaks
 * fold; a title or label keeps one line.
 */
export function renderFramework(fw: Framework, style: Style): string[] {
  const v = (text: string | number) => visible(String(text));
  const prose = (text: string, indent?: string) =>
    wrap(visible(text, { lines: true }), WIDTH, indent);
  const out: string[] = [];
  const heading = (text: string) => out.push('', style.bold(text));
  const rowLabel = new Map(fw.axes.rows.items.map((r) => [r.id, r.label]));
  const columnLabel = new Map((fw.axes.columns?.items ?? []).map((c) => [c.id, c.label]));
  const cellLabel = (cell: string) => {
    const [r = '', c] = cell.split('/');
    return v(c ? `${rowLabel.get(r) ?? r} · ${columnLabel.get(c) ?? c}` : (rowLabel.get(r) ?? r));
  };
  const when = (c: Condition) => v(describeCondition(c));

  out.push(style.bold(v(fw.title)) + style.dim(`  ${v(fw.id)}@${v(fw.version)}`));
  const src = fw.source;
  out.push(
    style.dim(
      v(
        src
          ? `Source: ${src.publisher} — ${src.title} (${src.version})${src.url ? ` ${src.url}` : ''}`
          : `A rubric of its own${fw.owner ? `, by ${fw.owner}` : ''}`,
      ),
    ),
  );
  if (fw.summary) out.push('', ...prose(fw.summary));

  heading('Scale');
  out.push(
    ...table(
      fw.scale.map((s) => [
        `  ${v(s.value)}`,
        v(s.label),
        style.dim(v(firstSentence(s.description))),
      ]),
    ),
  );

  const grid = gridCounts(fw);
  const scored = fw.questions.filter(isScored).length;
  heading(
    fw.axes.columns
      ? `Grid: ${v(fw.axes.rows.label)} × ${v(fw.axes.columns.label)} (scored questions per cell)`
      : `${v(fw.axes.rows.label)}s (scored questions in each)`,
  );
  const colHeads = fw.axes.columns
    ? fw.axes.columns.items.map((c) => v(c.short ?? c.label))
    : ['Questions'];
  // A one-axis framework has a single count per row: no total column to repeat it.
  const totalColumn = fw.axes.columns ? ['Total'] : [];
  const rows: string[][] = [['', ...colHeads, ...totalColumn].map((h) => style.bold(h))];
  for (const r of fw.axes.rows.items) {
    const counts = grid.columns.map((c) => grid.counts[r.id]?.[c] ?? 0);
    rows.push([
      `  ${v(r.label)}`,
      ...counts.map((n) => (n === 0 ? style.red('0') : String(n))),
      ...(fw.axes.columns ? [String(counts.reduce((a, b) => a + b, 0))] : []),
    ]);
  }
  if (fw.axes.columns) {
    const totals = grid.columns.map((c) =>
      grid.rows.reduce((sum, r) => sum + (grid.counts[r]?.[c] ?? 0), 0),
    );
    rows.push([style.bold('  Total'), ...totals.map(String), String(scored)]);
  }
  out.push(...table(rows, ['l', ...colHeads.map(() => 'r' as const), 'r']));

  if (fw.intake?.length) {
    heading(`Intake (${plural(fw.intake.length, 'question')} about the proposal)`);
    out.push(
      ...table(
        fw.intake.map((q) => [
          `  ${v(q.id)}`,
          style.dim(v(q.kind) + (q.required ? ', required' : '')),
          v(flat(q.prompt)) + (q.when ? style.dim(`  (only when ${when(q.when)})`) : ''),
        ]),
      ),
    );
  }
  if (fw.intakeChecks?.length) {
    heading(`Intake checks (${fw.intakeChecks.length}) — answers that contradict each other`);
    for (const c of fw.intakeChecks) {
      const paint = c.severity === 'error' ? style.red : style.yellow;
      out.push(`  ${paint(style.bold(v(c.id)))}  ${v(c.title)} ${style.dim(`(${v(c.severity)})`)}`);
      out.push(`      ${style.dim(`when ${when(c.when)}`)}`);
    }
  }

  heading(`Questions (${fw.questions.length})`);
  let lastCell = '';
  fw.questions
    .map((q, index) => ({ q, index }))
    .sort((a, b) => cellOrder(fw, a.q.cell) - cellOrder(fw, b.q.cell) || a.index - b.index)
    .forEach(({ q }) => {
      if (q.cell !== lastCell) {
        out.push(`  ${style.cyan(cellLabel(q.cell))}`);
        lastCell = q.cell;
      }
      const tags = [
        q.kind,
        q.weight && q.weight !== 1 ? `weight ${q.weight}` : '',
        q.evidence === 'required' ? 'evidence required' : '',
        isScored(q) ? '' : 'not scored',
        q.notApplicable === false ? 'no N/A' : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(`    ${style.bold(v(q.id))} ${style.dim(`[${v(tags)}]`)}`);
      out.push(...prose(q.prompt, '      '));
      if (q.when) out.push(`      ${style.dim(`only when ${when(q.when)}`)}`);
    });

  if (fw.gates?.length) {
    heading(
      `Gates (${fw.gates.length}) — red lines and floors that block an outcome whatever the score`,
    );
    for (const g of fw.gates) {
      const blocks = (g.blocks ?? [fw.outcomes[0]?.id ?? '']).map((id) => outcomeLabel(fw, id));
      out.push(
        `  ${style.red(style.bold(v(g.id)))}  ${v(g.title)} ${style.dim(v(`(${g.kind ?? 'red-line'}; blocks ${blocks.join(', ')})`))}`,
      );
      out.push(`      ${style.dim(`when ${when(g.when)}`)}`);
    }
  }
  if (fw.warnings?.length) {
    heading(`Warnings (${fw.warnings.length})`);
    for (const w of fw.warnings) {
      out.push(`  ${style.yellow(style.bold(v(w.id)))}  ${v(w.title)}`);
      out.push(`      ${style.dim(`when ${when(w.when)}`)}`);
    }
  }
  heading('Outcomes (the first whose thresholds are met, unless a gate blocks it)');
  out.push(
    ...table(
      fw.outcomes.map((o) => {
        const rules = [
          o.minOverall !== undefined ? `overall ≥ ${o.minOverall}` : '',
          o.minCell !== undefined ? `every cell ≥ ${o.minCell}` : '',
          o.minCoverage !== undefined ? `${percent(o.minCoverage)} of each item answered` : '',
        ]
          .filter(Boolean)
          .join(', ');
        return [
          `  ${style.bold(v(o.label))}`,
          rules || 'otherwise',
          style.dim(v(firstSentence(o.description))),
        ];
      }),
    ),
  );
  if (fw.review?.intervalMonths)
    out.push('', `Re-review every ${plural(fw.review.intervalMonths, 'month')} after a decision.`);
  return out;
}

function cellOrder(fw: Framework, cell: string): number {
  const [r = '', c = ''] = cell.split('/');
  const ri = fw.axes.rows.items.findIndex((x) => x.id === r);
  const ci = fw.axes.columns ? fw.axes.columns.items.findIndex((x) => x.id === c) : 0;
  return ri * 100 + ci;
}

function firstSentence(text: string): string {
  const one = flat(text);
  const match = /^.*?[.!?](\s|$)/.exec(one);
  return (match ? match[0] : one).trim();
}

/** Text on one line: its line breaks and runs of spaces folded to one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A condition in words: `student-data is yes and ge-privacy-agreement is no`. */
export function describeCondition(c: Condition): string {
  if ('all' in c) return c.all.map((x) => wrapCompound(x, describeCondition(x))).join(' and ');
  if ('any' in c) return c.any.map((x) => wrapCompound(x, describeCondition(x))).join(' or ');
  if ('not' in c) return `not (${describeCondition(c.not)})`;
  const subject = 'intake' in c ? c.intake : 'question' in c ? c.question : `${c.score} score`;
  const parts: string[] = [];
  if ('equals' in c && c.equals !== undefined) parts.push(`is ${String(c.equals)}`);
  if ('in' in c && c.in) parts.push(`is one of ${c.in.map(String).join(', ')}`);
  if ('includes' in c && c.includes !== undefined) parts.push(`includes ${c.includes}`);
  if ('atLeast' in c && c.atLeast !== undefined) parts.push(`≥ ${c.atLeast}`);
  if ('atMost' in c && c.atMost !== undefined) parts.push(`≤ ${c.atMost}`);
  if ('unanswered' in c && c.unanswered !== undefined)
    parts.push(c.unanswered ? 'is unanswered' : 'is answered');
  return `${subject} ${parts.join(' and ')}`;
}

function wrapCompound(c: Condition, text: string): string {
  return 'all' in c || 'any' in c ? `(${text})` : text;
}

/** Who a framework is by: its source's publisher, or the owner of a district's own rubric. */
function byline(fw: Framework): string {
  return fw.source?.publisher ?? fw.owner ?? '';
}
