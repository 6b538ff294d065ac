import type { Finding } from '../findings.js';
export type { Finding } from '../findings.js';
import type { PathSegment } from '../yaml/parse-yaml.js';
import { gridCells } from '../scoring/aggregate.js';
import { leaves, questionsIn } from '../scoring/conditions.js';
import { isScored, kindOf } from './question-kinds.js';
import type { KindField } from './question-kinds.js';
import type { Condition, Framework } from './types.js';
export { isScored } from './question-kinds.js';

export type FrameworkRule = (framework: Framework) => Finding[];

/** Ids within each kind must be unique: axis items share one namespace because scores name them. */
export const uniqueIds: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  const check = (kind: string, entries: { id: string; path: PathSegment[] }[]) => {
    const seen = new Map<string, PathSegment[]>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first) {
        findings.push({
          path: [...path, 'id'],
          code: 'framework/duplicate-id',
          message: `The ${kind} id \`${id}\` is used twice (first at ${first.join('.')}).`,
          hint: 'Ids must be unique so reviews and scores can name them.',
        });
      } else {
        seen.set(id, path);
      }
    }
  };
  const axisEntries = (['rows', 'columns'] as const).flatMap((axis) =>
    (fw.axes[axis]?.items ?? []).map((item, i) => ({
      id: item.id,
      path: ['axes', axis, 'items', i] as PathSegment[],
    })),
  );
  check('axis item', axisEntries);
  check(
    'concept',
    (fw.concepts ?? []).map((c, i) => ({ id: c.id, path: ['concepts', i] })),
  );
  check(
    'intake question',
    (fw.intake ?? []).map((q, i) => ({ id: q.id, path: ['intake', i] })),
  );
  check(
    'question',
    fw.questions.map((q, i) => ({ id: q.id, path: ['questions', i] })),
  );
  check(
    'gate',
    (fw.gates ?? []).map((g, i) => ({ id: g.id, path: ['gates', i] })),
  );
  check(
    'warning',
    (fw.warnings ?? []).map((w, i) => ({ id: w.id, path: ['warnings', i] })),
  );
  check(
    'outcome',
    fw.outcomes.map((o, i) => ({ id: o.id, path: ['outcomes', i] })),
  );
  for (const [listName, list] of [
    ['intake', fw.intake ?? []],
    ['questions', fw.questions],
  ] as const) {
    list.forEach((q, qi) => {
      const values = new Set<string>();
      (q.choices ?? []).forEach((choice, ci) => {
        if (values.has(choice.value)) {
          findings.push({
            path: [listName, qi, 'choices', ci, 'value'],
            code: 'framework/duplicate-id',
            message: `The choice \`${choice.value}\` appears twice in \`${q.id}\`.`,
          });
        }
        values.add(choice.value);
      });
    });
  }
  return findings;
};

/** The scale runs from lowest to highest, each value once. */
export const scaleOrdered: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  for (let i = 1; i < fw.scale.length; i++) {
    const previous = fw.scale[i - 1]?.value ?? 0;
    const value = fw.scale[i]?.value ?? 0;
    if (value <= previous) {
      findings.push({
        path: ['scale', i, 'value'],
        code: 'framework/scale-order',
        message: `Scale value ${value} must be greater than the one before it (${previous}).`,
        hint: 'List the scale from the lowest level to the highest, each value once.',
      });
    }
  }
  return findings;
};

/** Every question sits in a cell of the grid: `row` alone, or `row/column` when there are columns. */
export const cellsResolve: FrameworkRule = (fw) => {
  const rows = fw.axes.rows.items.map((i) => i.id);
  const columns = fw.axes.columns?.items.map((i) => i.id);
  const findings: Finding[] = [];
  fw.questions.forEach((q, i) => {
    const [row, column, ...rest] = q.cell.split('/');
    const path = ['questions', i, 'cell'];
    const problem = (message: string, hint?: string) =>
      findings.push({ path, code: 'framework/unknown-cell', message, ...(hint ? { hint } : {}) });
    if (rest.length > 0 || row === undefined)
      return problem(`Question \`${q.id}\` has a malformed cell \`${q.cell}\`.`);
    if (!rows.includes(row)) {
      return problem(
        `Question \`${q.id}\` names ${fw.axes.rows.label.toLowerCase()} \`${row}\`, which is not in axes.rows.`,
        `Known: ${rows.join(', ')}.`,
      );
    }
    if (columns) {
      if (column === undefined) {
        return problem(
          `Question \`${q.id}\` must name a cell as \`${row}/<${fw.axes.columns?.id}>\`.`,
          `Known: ${columns.join(', ')}.`,
        );
      }
      if (!columns.includes(column)) {
        return problem(
          `Question \`${q.id}\` names ${fw.axes.columns?.label.toLowerCase()} \`${column}\`, which is not in axes.columns.`,
          `Known: ${columns.join(', ')}.`,
        );
      }
    } else if (column !== undefined) {
      return problem(
        `Question \`${q.id}\` names a column, but this framework has no axes.columns.`,
      );
    }
    return undefined;
  });
  return findings;
};

/** Every cell of the grid has at least one scored question, or its score would be empty. */
export const everyCellCovered: FrameworkRule = (fw) => {
  const covered = new Set(fw.questions.filter(isScored).map((q) => q.cell));
  return cellsWithRow(fw)
    .filter(({ cell }) => !covered.has(cell))
    .map(({ cell, rowIndex }) => ({
      path: ['axes', 'rows', 'items', rowIndex, 'id'],
      code: 'framework/uncovered-cell',
      message: `The cell \`${cell}\` has no scored question.`,
      hint: 'Add at least one scale, yes-no or choice question with this cell.',
    }));
};

/** The grid's cells, each with the index of its row item (where a finding about it points). */
function cellsWithRow(fw: Framework): { cell: string; rowIndex: number }[] {
  const rows = fw.axes.rows.items.map((r) => r.id);
  return gridCells(fw).map(({ cell, row }) => ({ cell, rowIndex: rows.indexOf(row) }));
}

/** What the answer kinds need: choices for choice questions, levels and scores on the scale. */
export const questionKindsConsistent: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  (fw.intake ?? []).forEach((q, i) => {
    const needsChoices = q.kind === 'choice' || q.kind === 'multi-choice';
    if (needsChoices && !q.choices) {
      findings.push({
        path: ['intake', i, 'kind'],
        code: 'framework/missing-choices',
        message: `Intake question \`${q.id}\` is a ${q.kind} question with no choices.`,
      });
    }
    if (!needsChoices && q.choices) {
      findings.push({
        path: ['intake', i, 'choices'],
        part: 'key',
        code: 'framework/kind-mismatch',
        message: `Intake question \`${q.id}\` has choices but is a ${q.kind} question.`,
      });
    }
  });
  const FIELD_NAMES: Record<KindField, string> = {
    choices: 'has choices',
    scores: 'has yes/no scores',
    levels: 'describes scale levels',
  };
  fw.questions.forEach((q, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['questions', i, ...rest];
    const kind = kindOf(q);
    for (const field of ['choices', 'scores', 'levels'] as const) {
      if (q[field] !== undefined && !kind.fields.includes(field))
        findings.push({
          path: at(field),
          part: 'key',
          code: 'framework/kind-mismatch',
          message: `Question \`${q.id}\` ${FIELD_NAMES[field]} but is a ${q.kind} question.`,
        });
    }
    findings.push(...kind.checkDefinition(q, fw, at));
  });
  return findings;
};

/** Weights are positive: a zero or negative weight silently removes or inverts a question. */
export const weightsPositive: FrameworkRule = (fw) =>
  fw.questions.flatMap((q, i): Finding[] =>
    q.weight !== undefined && !(q.weight > 0)
      ? [
          {
            path: ['questions', i, 'weight'],
            code: 'framework/weight-not-positive',
            message: `Question \`${q.id}\` has weight ${q.weight}; weights must be greater than 0.`,
            hint: 'To leave a question out of the scores, set `scored: false`.',
          },
        ]
      : [],
  );

/** Outcomes run from most to least favourable; only the last, the fallback, has no thresholds. */
export const thresholdsConsistent: FrameworkRule = (fw) => {
  const values = fw.scale.map((s) => s.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const findings: Finding[] = [];
  let previous = Infinity;
  fw.outcomes.forEach((o, i) => {
    const last = i === fw.outcomes.length - 1;
    const at = (key: string): PathSegment[] => ['outcomes', i, key];
    if (last) {
      for (const key of ['minOverall', 'minCell', 'minCoverage'] as const) {
        if (o[key] !== undefined) {
          findings.push({
            path: at(key),
            part: 'key',
            code: 'framework/threshold-order',
            message: `The last outcome \`${o.id}\` is the fallback and must not have \`${key}\`.`,
            hint: 'Move it to an earlier outcome or remove it.',
          });
        }
      }
      return;
    }
    if (o.minOverall === undefined && o.minCell === undefined && o.minCoverage === undefined) {
      findings.push({
        path: ['outcomes', i, 'id'],
        code: 'framework/threshold-order',
        message: `Outcome \`${o.id}\` has no threshold, so the outcomes after it can never be suggested.`,
        hint: 'Give it `minOverall` (and optionally `minCell`), or make it the last outcome.',
      });
    }
    for (const key of ['minOverall', 'minCell'] as const) {
      const value = o[key];
      if (value !== undefined && (value < min || value > max)) {
        findings.push({
          path: at(key),
          code: 'framework/threshold-range',
          message: `\`${key}\` ${value} of \`${o.id}\` is outside the scale ${min}–${max}.`,
        });
      }
    }
    if (o.minOverall !== undefined) {
      if (o.minOverall > previous) {
        findings.push({
          path: at('minOverall'),
          code: 'framework/threshold-order',
          message: `Outcome \`${o.id}\` needs ${o.minOverall} overall, more than the outcome before it (${previous}); outcomes go from most to least favourable.`,
        });
      }
      previous = o.minOverall;
    }
  });
  return findings;
};

/** Conditions in gates and warnings name intake questions, questions, scores and outcomes that exist. */
export const conditionsResolve: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  const intake = new Map((fw.intake ?? []).map((q) => [q.id, q]));
  const questions = new Map(fw.questions.map((q) => [q.id, q]));
  const rows = fw.axes.rows.items.map((r) => r.id);
  const columns = fw.axes.columns?.items.map((c) => c.id) ?? [];
  const cells = fw.axes.columns ? rows.flatMap((r) => columns.map((c) => `${r}/${c}`)) : [];
  const scoreNames = new Set(['overall', ...rows, ...columns, ...cells]);
  const outcomeIds = fw.outcomes.map((o) => o.id);

  const checkValue = (
    kind: string,
    id: string,
    choices: string[] | undefined,
    value: unknown,
    path: PathSegment[],
  ) => {
    const bad = (expected: string) =>
      findings.push({
        path,
        code: 'framework/condition-value',
        message: `\`${String(value)}\` can never be an answer to \`${id}\`: it expects ${expected}.`,
      });
    if (kind === 'yes-no' && value !== 'yes' && value !== 'no') bad('"yes" or "no"');
    else if (
      (kind === 'choice' || kind === 'multi-choice') &&
      choices &&
      !choices.includes(String(value))
    )
      bad(`one of ${choices.join(', ')}`);
  };

  const walk = (c: Condition, path: PathSegment[]): void => {
    if ('all' in c) return c.all.forEach((child, i) => walk(child, [...path, 'all', i]));
    if ('any' in c) return c.any.forEach((child, i) => walk(child, [...path, 'any', i]));
    if ('not' in c) return walk(c.not, [...path, 'not']);
    if ('intake' in c) {
      const q = intake.get(c.intake);
      if (!q) {
        findings.push({
          path: [...path, 'intake'],
          code: 'framework/unknown-reference',
          message: `The condition names intake question \`${c.intake}\`, which this framework does not have.`,
        });
        return;
      }
      const choices = q.choices?.map((ch) => ch.value);
      if (c.equals !== undefined) checkValue(q.kind, q.id, choices, c.equals, [...path, 'equals']);
      c.in?.forEach((v, i) => checkValue(q.kind, q.id, choices, v, [...path, 'in', i]));
      if (c.includes !== undefined)
        checkValue(q.kind, q.id, choices, c.includes, [...path, 'includes']);
      return;
    }
    if ('question' in c) {
      const q = questions.get(c.question);
      if (!q) {
        findings.push({
          path: [...path, 'question'],
          code: 'framework/unknown-reference',
          message: `The condition names question \`${c.question}\`, which this framework does not have.`,
        });
        return;
      }
      const kind = kindOf(q);
      const checkAnswer = (value: unknown, at: PathSegment[]) => {
        if (!kind.accepts(q, fw, value))
          findings.push({
            path: at,
            code: 'framework/condition-value',
            message: `\`${String(value)}\` can never be an answer to \`${q.id}\`: it expects ${kind.expected(q, fw)}.`,
          });
      };
      if (c.equals !== undefined) checkAnswer(c.equals, [...path, 'equals']);
      c.in?.forEach((v, i) => checkAnswer(v, [...path, 'in', i]));
      return;
    }
    if (!scoreNames.has(c.score)) {
      findings.push({
        path: [...path, 'score'],
        code: 'framework/unknown-reference',
        message: `The condition names score \`${c.score}\`; scores are \`overall\`, an axis item id, or a \`row/column\` cell.`,
      });
    }
  };
  (fw.gates ?? []).forEach((g, i) => {
    walk(g.when, ['gates', i, 'when']);
    (g.blocks ?? []).forEach((b, bi) => {
      if (!outcomeIds.includes(b)) {
        findings.push({
          path: ['gates', i, 'blocks', bi],
          code: 'framework/unknown-reference',
          message: `Gate \`${g.id}\` blocks outcome \`${b}\`, which this framework does not have.`,
          hint: `Outcomes: ${outcomeIds.join(', ')}.`,
        });
      } else if (b === outcomeIds[outcomeIds.length - 1]) {
        findings.push({
          path: ['gates', i, 'blocks', bi],
          code: 'framework/blocks-fallback',
          message: `Gate \`${g.id}\` blocks \`${b}\`, the fallback outcome, which must always remain possible.`,
        });
      }
    });
  });
  (fw.warnings ?? []).forEach((w, i) => walk(w.when, ['warnings', i, 'when']));
  (fw.intakeChecks ?? []).forEach((c, i) => walk(c.when, ['intakeChecks', i, 'when']));
  fw.questions.forEach((q, i) => q.when && walk(q.when, ['questions', i, 'when']));
  (fw.intake ?? []).forEach((q, i) => q.when && walk(q.when, ['intake', i, 'when']));
  return findings;
};

/**
 * Applicability and intake checks are decided by the proposal alone: a question's `when` and an
 * intake check name intake questions only, and an intake question's `when` only those before it,
 * so what is asked never depends on answers not given yet.
 */
export const intakeOnlyConditions: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  const intakeIds = (fw.intake ?? []).map((q) => q.id);
  const check = (c: Condition, path: PathSegment[], what: string, allowed: readonly string[]) => {
    leaves(c).forEach((leaf) => {
      if (!('intake' in leaf)) {
        findings.push({
          path,
          code: 'framework/applicability-condition',
          message: `${what} may only read intake answers; it reads ${'question' in leaf ? `question \`${leaf.question}\`` : `score \`${leaf.score}\``}.`,
          hint: 'What applies must follow from the proposal, before any question is answered.',
        });
      } else if (intakeIds.includes(leaf.intake) && !allowed.includes(leaf.intake)) {
        findings.push({
          path,
          code: 'framework/applicability-condition',
          message: `${what} reads intake question \`${leaf.intake}\`, which is not asked before it.`,
          hint: 'Move the intake question it depends on earlier.',
        });
      }
    });
  };
  fw.questions.forEach(
    (q, i) =>
      q.when &&
      check(q.when, ['questions', i, 'when'], `The \`when\` of question \`${q.id}\``, intakeIds),
  );
  (fw.intake ?? []).forEach(
    (q, i) =>
      q.when &&
      check(
        q.when,
        ['intake', i, 'when'],
        `The \`when\` of intake question \`${q.id}\``,
        intakeIds.slice(0, i),
      ),
  );
  (fw.intakeChecks ?? []).forEach((c, i) =>
    check(c.when, ['intakeChecks', i, 'when'], `Intake check \`${c.id}\``, intakeIds),
  );
  return findings;
};

/**
 * A reviewer's N/A can never pass a gate (it leaves the gate unresolved, which blocks), so a
 * question a gate reads must say so up front by forbidding N/A.
 */
export const gateQuestionsForbidNotApplicable: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  const index = new Map(fw.questions.map((q, i) => [q.id, i]));
  const reported = new Set<string>();
  for (const gate of fw.gates ?? []) {
    for (const id of questionsIn(gate.when)) {
      const i = index.get(id);
      const q = i === undefined ? undefined : fw.questions[i];
      if (!q || i === undefined || q.notApplicable === false || reported.has(id)) continue;
      reported.add(id);
      findings.push({
        path: ['questions', i, q.notApplicable === undefined ? 'id' : 'notApplicable'],
        code: 'framework/gate-allows-not-applicable',
        message: `Gate \`${gate.id}\` reads \`${id}\`, which allows a not-applicable answer; an N/A would leave the gate unresolved.`,
        hint: 'Add `notApplicable: false` to the question, and a `when:` if it only applies to some proposals.',
      });
    }
  }
  return findings;
};

/**
 * Every cell should get a score whatever the proposal: a cell whose scored questions all have a
 * `when` can end up with none, and a row or column with nothing applicable can never meet
 * `minCoverage`.
 */
export const unconditionalCoverage: FrameworkRule = (fw) => {
  const always = new Set(fw.questions.filter((q) => isScored(q) && !q.when).map((q) => q.cell));
  const scored = new Set(fw.questions.filter(isScored).map((q) => q.cell));
  return cellsWithRow(fw)
    .filter(({ cell }) => scored.has(cell) && !always.has(cell))
    .map(({ cell, rowIndex }) => ({
      path: ['axes', 'rows', 'items', rowIndex, 'id'],
      severity: 'warning' as const,
      code: 'framework/conditional-cell',
      message: `Every scored question in the cell \`${cell}\` has a \`when\`, so some proposals get no score there.`,
      hint: 'Give the cell at least one scored question that applies to every proposal.',
    }));
};

/** Cross-references inside this framework (key = its own id) name its own items. */
export const ownRefsResolve: FrameworkRule = (fw) => {
  const own = referenceableIds(fw);
  const findings: Finding[] = [];
  fw.questions.forEach((q, i) => {
    (q.refs?.[fw.id] ?? []).forEach((ref, ri) => {
      if (!own.has(ref)) {
        findings.push({
          path: ['questions', i, 'refs', fw.id, ri],
          code: 'framework/unknown-reference',
          message: `Question \`${q.id}\` refers to \`${ref}\`, which ${fw.id} does not define.`,
        });
      }
    });
  });
  return findings;
};

/** The rules run on every framework, in order. */
export const FRAMEWORK_RULES: readonly FrameworkRule[] = [
  uniqueIds,
  scaleOrdered,
  cellsResolve,
  everyCellCovered,
  questionKindsConsistent,
  weightsPositive,
  thresholdsConsistent,
  conditionsResolve,
  intakeOnlyConditions,
  gateQuestionsForbidNotApplicable,
  unconditionalCoverage,
  ownRefsResolve,
];

/** The ids that another framework's cross-references may name: axis items, questions, concepts. */
export function referenceableIds(fw: Framework): Set<string> {
  return new Set([
    ...fw.axes.rows.items.map((i) => i.id),
    ...(fw.axes.columns?.items.map((i) => i.id) ?? []),
    ...fw.questions.map((q) => q.id),
    ...(fw.concepts ?? []).map((c) => c.id),
  ]);
}
