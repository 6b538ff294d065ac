/**
 * The portfolio index: one row per decision in a decisions folder, grouped by category, as
 * Markdown (`<decisions>/index.md`), JSON or CSV. Pure: rows in, text out, same text for the
 * same reviews whatever order they were read in.
 */
import { say } from '../i18n/said.js';
import { DECISIONS_TEXT } from '../decisions/decisions-text.js';
import type { Diagnostic } from '../diagnostics.js';
import { inline } from '../memo/markdown.js';
import type { EvaluatedReview } from '../review/evaluate-review.js';
import { outcomeLabel } from '../review/decision.js';

/** The category shown for a proposal that does not give one. */
export const UNCATEGORISED = 'Uncategorised';

/** The file name of the index in the decisions folder. */
export const INDEX_FILE = 'index.md';

/** One decision as the index lists it. */
export interface PortfolioRow {
  id: string;
  title: string;
  category: string;
  status: string;
  /** The decision's outcome label, else `suggested: <label>`. */
  outcome: string;
  /** The overall score, to two decimals, when any cell is scored. */
  overall?: number;
  date?: string;
  reviewBy?: string;
  /** Later decisions replacing this one (its `supersededBy:`, others' `supersedes:`), joined by `, `. */
  supersededBy?: string;
}

/** A review of the folder, evaluated, with the id its file name gives it. */
export interface PortfolioEntry {
  evaluated: EvaluatedReview;
  /** The id from the file name, used when the review has no `id:`. */
  fileId: string;
}

/** The id a portfolio entry is known by: its `id:`, else its file name's. */
export function entryId(entry: PortfolioEntry): string {
  return entry.evaluated.review.id ?? entry.fileId;
}

/** The category label: the intake choice's label where the framework has one, else the value. */
function categoryOf(evaluated: EvaluatedReview): string {
  const value = evaluated.review.proposal.category;
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return UNCATEGORISED;
  const question = evaluated.framework.intake?.find((q) => q.id === 'category');
  const label = (v: string | number) =>
    question?.choices?.find((c) => c.value === v)?.label ?? String(v);
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

/**
 * What one review gives the index, before the folder is known: its row, and the decision it
 * supersedes. Small, so a large folder need not keep every evaluated review in memory.
 */
export interface RowSeed {
  row: Omit<PortfolioRow, 'supersededBy'>;
  supersedes?: string;
  /** A `supersededBy:` the review itself records, where the schema has one. */
  supersededBy?: string;
}

/**
 * The review's own `supersededBy:`, read loosely: the field is being added to the review
 * schema separately, and a review without it still gets one from a later `supersedes:`.
 */
function recordedSupersededBy(review: object): string | undefined {
  const value = (review as { supersededBy?: unknown }).supersededBy;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One review's row, without superseded-by (which needs the other reviews). */
export function rowSeed(entry: PortfolioEntry): RowSeed {
  const { review, framework, report } = entry.evaluated;
  return {
    row: {
      id: entryId(entry),
      title: review.title,
      category: categoryOf(entry.evaluated),
      status: review.status ?? 'proposed',
      outcome: review.decision
        ? outcomeLabel(framework, review.decision.outcome)
        : `suggested: ${outcomeLabel(framework, report.suggested)}`,
      ...(report.overall !== undefined ? { overall: report.overall } : {}),
      ...(review.date ? { date: review.date } : {}),
      ...(review.decision?.reviewBy ? { reviewBy: review.decision.reviewBy } : {}),
    },
    ...(review.supersedes ? { supersedes: review.supersedes } : {}),
    ...(recordedSupersededBy(review) ? { supersededBy: recordedSupersededBy(review) } : {}),
  };
}

/** The rows of the index, in its order: category, then id. */
export function rowsFromSeeds(seeds: readonly RowSeed[]): PortfolioRow[] {
  const supersededBy = new Map<string, string[]>();
  for (const { row, supersedes } of seeds)
    if (supersedes) supersededBy.set(supersedes, [...(supersededBy.get(supersedes) ?? []), row.id]);
  const rows = seeds.map(({ row, supersededBy: recorded }): PortfolioRow => {
    const derived = supersededBy.get(row.id) ?? [];
    const by = recorded && !derived.includes(recorded) ? [...derived, recorded] : derived;
    return {
      ...row,
      ...(by.length > 0 ? { supersededBy: [...by].sort(compareText).join(', ') } : {}),
    };
  });
  return rows.sort((a, b) => compareCategory(a.category, b.category) || compareText(a.id, b.id));
}

/** The rows of the index for evaluated reviews, in its order: category, then id. */
export function portfolioRows(entries: readonly PortfolioEntry[]): PortfolioRow[] {
  return rowsFromSeeds(entries.map(rowSeed));
}

/** Plain code-unit order, so the index is the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Categories in order, with Uncategorised last. */
function compareCategory(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNCATEGORISED) return 1;
  if (b === UNCATEGORISED) return -1;
  return compareText(a, b);
}

const COLUMNS = [
  ['id', 'Id'],
  ['title', 'Title'],
  ['category', 'Category'],
  ['status', 'Status'],
  ['outcome', 'Outcome'],
  ['overall', 'Overall'],
  ['date', 'Date'],
  ['reviewBy', 'Review by'],
  ['supersededBy', 'Superseded by'],
] as const satisfies readonly (readonly [keyof PortfolioRow, string])[];

function cellText(row: PortfolioRow, key: keyof PortfolioRow): string {
  const value = row[key];
  if (value === undefined) return '';
  return typeof value === 'number' ? value.toFixed(2) : value;
}

/** The cells of a row as plain text, in column order (for a terminal table). */
export function rowCells(row: PortfolioRow): string[] {
  return COLUMNS.map(([key]) => cellText(row, key));
}

/** The column headings, in order. */
export const HEADINGS: readonly string[] = COLUMNS.map(([, heading]) => heading);

/**
 * The index page: a heading per category, a table of its decisions. No front matter, so
 * `vatl validate` never takes it for a memo.
 */
export function renderIndexMarkdown(rows: readonly PortfolioRow[]): string {
  const lines = [
    '# Decisions',
    '',
    `${rows.length} ${rows.length === 1 ? 'decision' : 'decisions'}, by category. Written by \`vatl log\`; do not edit by hand.`,
  ];
  const headings = HEADINGS.filter((h) => h !== 'Category');
  let category: string | undefined;
  for (const row of rows) {
    if (row.category !== category) {
      category = row.category;
      lines.push('', `## ${inline(category)}`, '');
      lines.push(`| ${headings.join(' | ')} |`, `|${headings.map(() => ' --- |').join('')}`);
    }
    const cells = COLUMNS.filter(([key]) => key !== 'category').map(([key]) => {
      // Scores are numbers, not user text: escaping would only add backslashes.
      const text = key === 'overall' ? cellText(row, key) : inline(cellText(row, key));
      return text === '' ? '—' : text;
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

/** The rows as JSON, one object per decision, absent fields as null. */
export function renderIndexJson(rows: readonly PortfolioRow[]): string {
  const objects = rows.map((row) =>
    Object.fromEntries(COLUMNS.map(([key]) => [key, row[key] ?? null])),
  );
  return JSON.stringify(objects, null, 2) + '\n';
}

/** A CSV field, quoted as RFC 4180 asks when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV (RFC 4180: CRLF line ends, a header row). */
export function renderIndexCsv(rows: readonly PortfolioRow[]): string {
  const header = COLUMNS.map(([key]) => key).join(',');
  const body = rows.map((row) => COLUMNS.map(([key]) => csvField(cellText(row, key))).join(','));
  return [header, ...body].map((line) => line + '\r\n').join('');
}

/** An index that is not what the folder's reviews give now: an error at its first differing line. */
export function checkIndexText(
  index: { file: string; text: string },
  expected: string,
): Diagnostic | undefined {
  if (index.text === expected) return undefined;
  const a = index.text.split('\n');
  const b = expected.split('\n');
  let line = 1;
  while (line <= Math.max(a.length, b.length) && a[line - 1] === b[line - 1]) line++;
  return {
    file: index.file,
    line,
    column: 1,
    severity: 'error',
    code: 'memo/index-out-of-date',
    ...say(DECISIONS_TEXT, 'decisions.index-differs', { line }),
  };
}
