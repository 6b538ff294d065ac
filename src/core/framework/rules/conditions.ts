// Framework rules about conditions: they name things that exist, and applicability and intake
// checks read intake answers only.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { leaves } from '../../scoring/conditions.js';
import { kindOf } from '../question-kinds.js';
import { say } from '../../i18n/said.js';
import { FRAMEWORK_TEXT as T } from '../framework-text.js';
import type { ConditionOwner, Expected } from '../framework-text.js';
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
    const bad = (expected: Expected) =>
      findings.push({
        path,
        code: 'framework/condition-value',
        ...say(T, 'framework.condition-value', { value: String(value), id, ...expected }),
      });
    if (kind === 'yes-no' && value !== 'yes' && value !== 'no') bad({ expected: 'yes-no' });
    else if (
      (kind === 'choice' || kind === 'multi-choice') &&
      choices &&
      !choices.includes(String(value))
    )
      bad({ expected: 'choice', values: choices });
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
          ...say(T, 'framework.unknown-intake', { id: c.intake }),
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
          ...say(T, 'framework.unknown-question', { id: c.question }),
        });
        return;
      }
      const kind = kindOf(q);
      const checkAnswer = (value: unknown, at: PathSegment[]) => {
        if (!kind.accepts(q, fw, value))
          findings.push({
            path: at,
            code: 'framework/condition-value',
            ...say(T, 'framework.condition-value', {
              value: String(value),
              id: q.id,
              ...kind.expected(q, fw),
            }),
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
        ...say(T, 'framework.unknown-score', { score: c.score }),
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
          ...say(T, 'framework.blocks-unknown-outcome', {
            gate: g.id,
            outcome: b,
            outcomes: outcomeIds,
          }),
        });
      } else if (b === outcomeIds[outcomeIds.length - 1]) {
        findings.push({
          path: ['gates', i, 'blocks', bi],
          code: 'framework/blocks-fallback',
          ...say(T, 'framework.blocks-fallback', { gate: g.id, outcome: b }),
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
  const check = (
    c: Condition,
    path: PathSegment[],
    what: ConditionOwner,
    allowed: readonly string[],
  ) => {
    leaves(c).forEach((leaf) => {
      if (!('intake' in leaf)) {
        findings.push({
          path,
          code: 'framework/applicability-condition',
          ...say(T, 'framework.applicability-reads', {
            ...what,
            ...('question' in leaf
              ? { reads: 'question' as const, readsId: leaf.question }
              : { reads: 'score' as const, readsId: leaf.score }),
          }),
        });
      } else if (intakeIds.includes(leaf.intake) && !allowed.includes(leaf.intake)) {
        findings.push({
          path,
          code: 'framework/applicability-condition',
          ...say(T, 'framework.applicability-order', { ...what, intake: leaf.intake }),
        });
      }
    });
  };
  fw.questions.forEach(
    (q, i) =>
      q.when &&
      check(q.when, ['questions', i, 'when'], { owner: 'question', ownerId: q.id }, intakeIds),
  );
  (fw.intake ?? []).forEach(
    (q, i) =>
      q.when &&
      check(
        q.when,
        ['intake', i, 'when'],
        { owner: 'intake', ownerId: q.id },
        intakeIds.slice(0, i),
      ),
  );
  (fw.intakeChecks ?? []).forEach((c, i) =>
    check(c.when, ['intakeChecks', i, 'when'], { owner: 'intake-check', ownerId: c.id }, intakeIds),
  );
  return findings;
};
