import type { Framework, Outcome } from '../framework/types.js';
import { fmt, percent } from './scale.js';
import type { AxisCoverage, GateResult, OutcomeCheck } from './types.js';

/** The measures an outcome's thresholds are compared with: all already rounded. */
export interface Measures {
  overall?: number;
  lowestCell?: number;
  coverage: readonly AxisCoverage[];
}

/** The row and column items below an outcome's `minCoverage`. */
export function coverageShortfall(
  outcome: Outcome,
  coverage: readonly AxisCoverage[],
): AxisCoverage[] {
  const min = outcome.minCoverage;
  return min === undefined ? [] : coverage.filter((c) => c.share < min);
}

/** Whether the score thresholds (not coverage, not gates) are met. */
export function scoresMet(outcome: Outcome, m: Pick<Measures, 'overall' | 'lowestCell'>): boolean {
  if (
    outcome.minOverall !== undefined &&
    (m.overall === undefined || m.overall < outcome.minOverall)
  )
    return false;
  if (outcome.minCell !== undefined && m.lowestCell !== undefined && m.lowestCell < outcome.minCell)
    return false;
  return true;
}

/** A failed or unresolved gate, and the outcomes (by label) it rules out, in one sentence. */
export function gateShortfall(
  framework: Framework,
  g: GateResult,
  outcomes: readonly string[],
): string {
  const gate = framework.gates?.find((x) => x.id === g.id);
  const title = gate?.title.replace(/\.$/, '') ?? g.id;
  if (g.state === 'failed')
    return gate?.kind === 'floor'
      ? `Below a floor: ${title}. That rules out ${list(outcomes)}.`
      : `Red line crossed: ${title}. That rules out ${list(outcomes)}.`;
  return `“${title}” cannot be checked until ${list(g.needs)} ${g.needs.length > 1 ? 'are' : 'is'} answered, so it rules out ${list(outcomes)}.`;
}

function list(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Each outcome checked against the measures and the gates, with its reasons in plain words. */
export function checkOutcomes(
  framework: Framework,
  m: Measures,
  gates: readonly GateResult[],
): OutcomeCheck[] {
  const labelOf = (axis: 'rows' | 'columns', id: string) =>
    framework.axes[axis]?.items.find((i) => i.id === id)?.label ?? id;
  const axesNames = [framework.axes.rows.label, framework.axes.columns?.label]
    .filter(Boolean)
    .join(' and ');
  return framework.outcomes.map((o, i) => {
    const last = i === framework.outcomes.length - 1;
    const reasons: string[] = [];
    const shortfalls: string[] = [];
    const thin = coverageShortfall(o, m.coverage);
    const coverageMet = thin.length === 0;
    let met = coverageMet;
    if (!coverageMet) {
      // Below the coverage floor the scores say too little to compare: name what is missing.
      shortfalls.push(
        `Too little of the grid is answered for ${o.label}: ${list(
          thin.map(
            (c) =>
              `${labelOf(c.axis, c.id)} has ${percent(c.share)} of its question weight answered`,
          ),
        )}; ${o.label} needs ${percent(o.minCoverage ?? 0)} in every ${axesNames} item.`,
      );
    } else {
      if (o.minOverall !== undefined) {
        if (m.overall === undefined) {
          met = false;
          shortfalls.push(
            `No answers are scored yet; ${o.label} needs an overall score of at least ${fmt(o.minOverall)}.`,
          );
        } else if (m.overall < o.minOverall) {
          met = false;
          shortfalls.push(
            `The overall score ${fmt(m.overall)} is below the ${fmt(o.minOverall)} that ${o.label} needs.`,
          );
        } else {
          reasons.push(
            `The overall score ${fmt(m.overall)} meets the ${fmt(o.minOverall)} that ${o.label} needs.`,
          );
        }
      }
      if (o.minCell !== undefined && m.lowestCell !== undefined) {
        if (m.lowestCell < o.minCell) {
          met = false;
          shortfalls.push(
            `The lowest cell scores ${fmt(m.lowestCell)}, below the ${fmt(o.minCell)} every cell needs for ${o.label}.`,
          );
        } else {
          reasons.push(`Every scored cell is at least ${fmt(o.minCell)}, as ${o.label} needs.`);
        }
      }
      if (o.minCoverage !== undefined)
        reasons.push(
          `Every ${axesNames} item has at least ${percent(o.minCoverage)} of its question weight answered.`,
        );
    }
    if (last && reasons.length === 0 && shortfalls.length === 0)
      reasons.push(`${o.label} is the outcome when no other is reached.`);
    const scoreShortfalls = [...shortfalls];
    const blocking = gates.filter((g) => g.state !== 'passed' && g.blocks.includes(o.id));
    for (const g of blocking) shortfalls.push(gateShortfall(framework, g, [o.label]));
    return {
      id: o.id,
      thresholdsMet: met,
      coverageMet,
      blockedBy: blocking.map((g) => g.id),
      reasons: [...reasons, ...shortfalls],
      shortfalls,
      scoreShortfalls,
    };
  });
}
