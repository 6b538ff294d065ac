// Framework rules about outcomes and gates: thresholds in order, and gates that can resolve.
import type { Finding } from '../../findings.js';
import type { PathSegment } from '../../yaml/parse-yaml.js';
import { questionsIn } from '../../scoring/conditions.js';
import { say } from '../../i18n/said.js';
import { FRAMEWORK_TEXT as T } from '../framework-text.js';
import type { FrameworkRule } from './framework-rule.js';

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
            ...say(T, 'framework.fallback-threshold', { id: o.id, key }),
          });
        }
      }
      return;
    }
    if (o.minOverall === undefined && o.minCell === undefined && o.minCoverage === undefined) {
      findings.push({
        path: ['outcomes', i, 'id'],
        code: 'framework/threshold-order',
        ...say(T, 'framework.no-threshold', { id: o.id }),
      });
    }
    for (const key of ['minOverall', 'minCell'] as const) {
      const value = o[key];
      if (value !== undefined && (value < min || value > max)) {
        findings.push({
          path: at(key),
          code: 'framework/threshold-range',
          ...say(T, 'framework.threshold-range', { key, value, id: o.id, min, max }),
        });
      }
    }
    if (o.minOverall !== undefined) {
      if (o.minOverall > previous) {
        findings.push({
          path: at('minOverall'),
          code: 'framework/threshold-order',
          ...say(T, 'framework.threshold-order', { id: o.id, value: o.minOverall, previous }),
        });
      }
      previous = o.minOverall;
    }
  });
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
        ...say(T, 'framework.gate-allows-not-applicable', { gate: gate.id, id }),
      });
    }
  }
  return findings;
};
