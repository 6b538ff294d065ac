/**
 * A framework as `vatl frameworks show` prints it, in the language of the framework given (its
 * strings) and of the words around them (frameworks-text.ts).
 */
import { percent } from '../../core/scoring/scale.js';
import { isScored } from '../../core/framework/question-kinds.js';
import { outcomeLabel } from '../../core/review/decision.js';
import type { Condition, Framework } from '../../core/framework/types.js';
import { visible } from '../../core/text/terminal-text.js';
import type { Style } from '../style.js';
import { table, wrap } from '../table.js';
import { FRAMEWORKS_TEXT } from './frameworks-text.js';
import type { ConditionValue, FrameworksText } from './frameworks-text.js';

const WIDTH = 100;

interface GridCounts {
  rows: string[];
  columns: string[];
  /** counts[row][column]: scored questions in that cell. */
  counts: Record<string, Record<string, number>>;
}

export function gridCounts(fw: Framework): GridCounts {
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
export function renderFramework(
  fw: Framework,
  style: Style,
  t: FrameworksText = FRAMEWORKS_TEXT.en,
): string[] {
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
  const when = (c: Condition) => v(describeCondition(c, t, fw));

  out.push(style.bold(v(fw.title)) + style.dim(`  ${v(fw.id)}@${v(fw.version)}`));
  const src = fw.source;
  out.push(
    style.dim(
      v(
        src
          ? `${t.source(src.publisher, src.title, src.version)}${src.url ? ` ${src.url}` : ''}`
          : t.ownRubric(fw.owner),
      ),
    ),
  );
  if (fw.summary) out.push('', ...prose(fw.summary));

  heading(t.scale);
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
      ? t.grid(v(fw.axes.rows.label), v(fw.axes.columns.label))
      : t.oneAxis(v(fw.axes.rows.label)),
  );
  const colHeads = fw.axes.columns
    ? fw.axes.columns.items.map((c) => v(c.short ?? c.label))
    : [t.questionsColumn];
  // A one-axis framework has a single count per row: no total column to repeat it.
  const totalColumn = fw.axes.columns ? [t.total] : [];
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
    rows.push([style.bold(`  ${t.total}`), ...totals.map(String), String(scored)]);
  }
  out.push(...table(rows, ['l', ...colHeads.map(() => 'r' as const), 'r']));

  if (fw.intake?.length) {
    heading(t.intake(fw.intake.length));
    out.push(
      ...table(
        fw.intake.map((q) => [
          `  ${v(q.id)}`,
          style.dim(v(t.tags.kind[q.kind] ?? q.kind) + (q.required ? t.required : '')),
          v(flat(q.prompt)) + (q.when ? style.dim(`  (${t.onlyWhen(when(q.when))})`) : ''),
        ]),
      ),
    );
  }
  if (fw.intakeChecks?.length) {
    heading(t.intakeChecks(fw.intakeChecks.length));
    for (const c of fw.intakeChecks) {
      const paint = c.severity === 'error' ? style.red : style.yellow;
      out.push(`  ${paint(style.bold(v(c.id)))}  ${v(c.title)} ${style.dim(`(${v(c.severity)})`)}`);
      out.push(`      ${style.dim(t.when(when(c.when)))}`);
    }
  }

  heading(t.questions(fw.questions.length));
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
        t.tags.kind[q.kind] ?? q.kind,
        q.weight && q.weight !== 1 ? t.tags.weight(q.weight) : '',
        q.evidence === 'required' ? t.tags.evidenceRequired : '',
        isScored(q) ? '' : t.tags.notScored,
        q.notApplicable === false ? t.tags.noNotApplicable : '',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(`    ${style.bold(v(q.id))} ${style.dim(`[${v(tags)}]`)}`);
      out.push(...prose(q.prompt, '      '));
      if (q.when) out.push(`      ${style.dim(t.onlyWhen(when(q.when)))}`);
    });

  if (fw.gates?.length) {
    heading(t.gates(fw.gates.length));
    for (const g of fw.gates) {
      const blocks = (g.blocks ?? [fw.outcomes[0]?.id ?? '']).map((id) => outcomeLabel(fw, id));
      const kind = g.kind ?? 'red-line';
      out.push(
        `  ${style.red(style.bold(v(g.id)))}  ${v(g.title)} ${style.dim(v(t.blocks(t.gateKind[kind] ?? kind, blocks.join(', '))))}`,
      );
      out.push(`      ${style.dim(t.when(when(g.when)))}`);
    }
  }
  if (fw.warnings?.length) {
    heading(t.warnings(fw.warnings.length));
    for (const w of fw.warnings) {
      out.push(`  ${style.yellow(style.bold(v(w.id)))}  ${v(w.title)}`);
      out.push(`      ${style.dim(t.when(when(w.when)))}`);
    }
  }
  heading(t.outcomes);
  out.push(
    ...table(
      fw.outcomes.map((o) => {
        const rules = [
          o.minOverall !== undefined ? t.overallAtLeast(o.minOverall) : '',
          o.minCell !== undefined ? t.everyCellAtLeast(o.minCell) : '',
          o.minCoverage !== undefined ? t.coverage(percent(o.minCoverage)) : '',
        ]
          .filter(Boolean)
          .join(', ');
        return [
          `  ${style.bold(v(o.label))}`,
          rules || t.otherwise,
          style.dim(v(firstSentence(o.description))),
        ];
      }),
    ),
  );
  if (fw.review?.intervalMonths) out.push('', t.reReview(fw.review.intervalMonths));
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

/**
 * A condition in words: `student-data is yes and ge-privacy-agreement is no`. Given the
 * framework, the words say a value the way its question does (Spanish: `student-data es Sí`,
 * `users incluye «Estudiantes»`); English keeps the values as the file writes them.
 */
export function describeCondition(
  c: Condition,
  t: FrameworksText = FRAMEWORKS_TEXT.en,
  fw?: Framework,
): string {
  const w = t.condition;
  const sub = (x: Condition) => wrapCompound(x, describeCondition(x, t, fw));
  if ('all' in c) return c.all.map(sub).join(` ${w.and} `);
  if ('any' in c) return c.any.map(sub).join(` ${w.or} `);
  if ('not' in c) return w.not(describeCondition(c.not, t, fw));
  const subject = 'intake' in c ? c.intake : 'question' in c ? c.question : w.score(c.score);
  const asked =
    'intake' in c
      ? fw?.intake?.find((q) => q.id === c.intake)
      : 'question' in c
        ? fw?.questions.find((q) => q.id === c.question)
        : undefined;
  const said = (value: unknown): string => {
    const raw = String(value);
    const choice = asked?.choices?.find((ch) => ch.value === raw);
    const words: ConditionValue = {
      raw,
      ...(asked?.kind === 'yes-no' ? { yesNo: true } : {}),
      ...(choice ? { label: choice.label } : {}),
    };
    return w.value(words);
  };
  const parts: string[] = [];
  if ('equals' in c && c.equals !== undefined) parts.push(w.is(said(c.equals)));
  if ('in' in c && c.in) parts.push(w.isOneOf(c.in.map(said).join(', ')));
  if ('includes' in c && c.includes !== undefined) parts.push(w.includes(said(c.includes)));
  if ('atLeast' in c && c.atLeast !== undefined) parts.push(`≥ ${c.atLeast}`);
  if ('atMost' in c && c.atMost !== undefined) parts.push(`≤ ${c.atMost}`);
  if ('unanswered' in c && c.unanswered !== undefined)
    parts.push(c.unanswered ? w.unanswered : w.answered);
  return `${subject} ${parts.join(` ${w.and} `)}`;
}

function wrapCompound(c: Condition, text: string): string {
  return 'all' in c || 'any' in c ? `(${text})` : text;
}

/** Who a framework is by: its source's publisher, or the owner of a district's own rubric. */
export function byline(fw: Framework): string {
  return fw.source?.publisher ?? fw.owner ?? '';
}
