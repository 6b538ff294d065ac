// Framework rules about names: ids unique within their kind, and the framework's own
// cross-references naming items it defines.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { say } from '../../i18n/said.js';
import { FRAMEWORK_TEXT as T } from '../framework-text.js';
import type { IdKind } from '../framework-text.js';
import type { Framework } from '../types.js';
import type { FrameworkRule } from './framework-rule.js';

/** Ids within each kind must be unique: axis items share one namespace because scores name them. */
export const uniqueIds: FrameworkRule = (fw) => {
  const findings: Finding[] = [];
  const check = (kind: IdKind, entries: { id: string; path: PathSegment[] }[]) => {
    const seen = new Map<string, PathSegment[]>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first) {
        findings.push({
          path: [...path, 'id'],
          code: 'framework/duplicate-id',
          ...say(T, 'framework.duplicate-id', { kind, id, first: first.join('.') }),
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
  check(
    'intake check',
    (fw.intakeChecks ?? []).map((c, i) => ({ id: c.id, path: ['intakeChecks', i] })),
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
            ...say(T, 'framework.duplicate-choice', { id: q.id, value: choice.value }),
          });
        }
        values.add(choice.value);
      });
    });
  }
  return findings;
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
          ...say(T, 'framework.unknown-ref', { id: q.id, ref, framework: fw.id }),
        });
      }
    });
  });
  return findings;
};

/** The ids that another framework's cross-references may name: axis items, questions, concepts. */
export function referenceableIds(fw: Framework): Set<string> {
  return new Set([
    ...fw.axes.rows.items.map((i) => i.id),
    ...(fw.axes.columns?.items.map((i) => i.id) ?? []),
    ...fw.questions.map((q) => q.id),
    ...(fw.concepts ?? []).map((c) => c.id),
  ]);
}
