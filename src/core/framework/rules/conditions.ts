// Framework rules about conditions: they name things that exist, and applicability and intake
// checks read intake answers only.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { leaves } from '../../scoring/conditions.js';
import { kindOf } from '../question-kinds.js';
import type { Condition } from '../types.js';
import type { FrameworkRule } from './framework-rule.js';

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
