// The memo view's scores and answers: the grid, coverage, chart, and the answered, noted,
// not-applicable and did-not-apply questions. Part of the MemoView contract (memo-view.ts).

/** The score table: rows are the row axis items, columns the column axis items (or one `Score`). */
export interface MemoGrid {
  /** The row axis label, escaped: the table's first header. */
  rowHeader: string;
  /** The row axis's `total` (default `Overall`), escaped: the header of the row-score column. */
  rowTotalHeader: string;
  /** One header per column item (or a single `Score` when there are no columns), escaped. */
  columns: { label: string }[];
  /** One empty object per column (one `{}` without columns); the built-in templates do not use it. */
  columnsAlign: Record<string, never>[];
  /** One table row per row item. */
  rows: MemoGridRow[];
  /** Whether the framework has a column axis. */
  hasColumns: boolean;
  /** Each column item's score, formatted, `—` when not scored; empty without columns. */
  columnScores: { text: string }[];
  /** The column axis's `total` (default its label), escaped, or `''` without columns: the header of the totals row. */
  columnTotalHeader: string;
  /** The scores that are means of cells, by axis label, escaped: `Area of Impact, Value Add and overall`. */
  averaged: string;
  /** The overall score, formatted to two decimals at most, `—` when not scored. */
  overall: string;
  /** `<value> <label>` per scale level joined with ` · `, labels escaped. */
  scaleLegend: string;
}

/** One row of the score table. */
export interface MemoGridRow {
  /** The row item's label, escaped. */
  label: string;
  /** One per column (or one without columns): the cell's score cue, escaped, or `not scored`. */
  cells: { text: string }[];
  /** The row item's score, formatted, `—` when not scored. */
  score: string;
}

/** Answered share of each axis item's question weight. */
export interface MemoCoverage {
  /** `<item label> <percent>` per axis item joined with ` · `, labels escaped. */
  items: string;
  /** `<outcome label> <percent>` per outcome with `minCoverage`, joined with `, `, labels escaped. */
  needs: string;
}

/** The Mermaid `xychart-beta` of cell scores. */
export interface MemoChart {
  /** The chart title, escaped for a quoted Mermaid label. */
  title: string;
  /** The x-axis labels, each quoted and Mermaid-escaped, joined with `, `. */
  labels: string;
  /** The cell scores, formatted, joined with `, `. */
  values: string;
  /** The lowest scale value. */
  min: number;
  /** The highest scale value. */
  max: number;
}

/** The findings for one row item (area). */
export interface MemoFindingsRow {
  /** The row item's label, escaped. */
  label: string;
  /** The row item's score, formatted, `—` when not scored. */
  score: string;
  /** Whether the framework has a column axis (the table then has a column column). */
  hasColumns: boolean;
  /** The column axis label, escaped (the header of that column), or `''` without columns. */
  columnHeader: string;
  /** The row's applicable questions, in framework order. */
  questions: MemoAnsweredQuestion[];
  /** The reviewers' notes on the row's applicable questions. */
  notes: MemoNote[];
}

/** One question and its answer. */
export interface MemoAnsweredQuestion {
  /** The question id (schema-checked `a-z0-9-`, safe as is). */
  id: string;
  /** The question's prompt, escaped. */
  prompt: string;
  /** The label of the question's column item, escaped, or `''` without columns. */
  column: string;
  /** The answer's label, `Not applicable: <reason>`, or `Unanswered`; escaped. */
  answer: string;
  /** The evidence, escaped, joined with ` · `, or `—` when none. */
  evidence: string;
}

/** A reviewer's note on a question. */
export interface MemoNote {
  /** The question id (schema-checked, safe as is). */
  id: string;
  /** The note, escaped. */
  text: string;
}

/** A question answered not applicable. */
export interface MemoNotApplicable {
  /** The question id (schema-checked, safe as is). */
  id: string;
  /** The question's prompt, escaped. */
  prompt: string;
  /** The reviewer's reason, escaped. */
  reason: string;
}

/** Questions ruled out by the same intake answers. */
export interface MemoDidNotApply {
  /** `“<intake prompt>” <answer>` per intake answer joined with `; `, escaped, or `the proposal`. */
  because: string;
  /** The question ids, each in backticks, joined with `, `. */
  questions: string;
}

/** A gate and its result. */
