import type { Framework, Outcome } from '../framework/types.js';
import type { Language } from '../i18n/language.js';
import { OUTCOME_TEXT } from './outcome-text.js';
import type { OutcomeText } from './outcome-text.js';
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
  language: Language = 'en',
): string {
  const t = OUTCOME_TEXT[language];
  const list = (items: readonly string[]) => listIn(items, t);
  const gate = framework.gates?.find((x) => x.id === g.id);
  const title = gate?.title.replace(/\.$/, '') ?? g.id;
  if (g.state === 'failed')
    return gate?.kind === 'floor'
      ? t.belowFloor(title, list(outcomes))
      : t.redLineCrossed(title, list(outcomes));
  return t.cannotBeChecked(title, list(g.needs), g.needs.length, list(outcomes));
}

function listIn(items: readonly string[], t: Pick<OutcomeText, 'and'>): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1]}`;
}

/** Each outcome checked against the measures and the gates, with its reasons in plain words. */
export function checkOutcomes(
  framework: Framework,
  m: Measures,
  gates: readonly GateResult[],
  /** The language of the reasons (English by default; the memo asks for its own). */
  language: Language = 'en',
): OutcomeCheck[] {
  const t = OUTCOME_TEXT[language];
  const list = (items: readonly string[]) => listIn(items, t);
  const labelOf = (axis: 'rows' | 'columns', id: string) =>
    framework.axes[axis]?.items.find((i) => i.id === id)?.label ?? id;
  const axesNames = [framework.axes.rows.label, framework.axes.columns?.label]
    .filter(Boolean)
    .join(` ${t.and} `);
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
        t.tooLittleAnswered(
          o.label,
          list(thin.map((c) => t.thinItem(labelOf(c.axis, c.id), percent(c.share)))),
          percent(o.minCoverage ?? 0),
          axesNames,
        ),
      );
    } else {
      if (o.minOverall !== undefined) {
        if (m.overall === undefined) {
          met = false;
          shortfalls.push(t.nothingScored(o.label, fmt(o.minOverall)));
        } else if (m.overall < o.minOverall) {
          met = false;
          shortfalls.push(t.overallBelow(fmt(m.overall), fmt(o.minOverall), o.label));
        } else {
          reasons.push(t.overallMeets(fmt(m.overall), fmt(o.minOverall), o.label));
        }
      }
      if (o.minCell !== undefined && m.lowestCell !== undefined) {
        if (m.lowestCell < o.minCell) {
          met = false;
          shortfalls.push(t.lowestCellBelow(fmt(m.lowestCell), fmt(o.minCell), o.label));
        } else {
          reasons.push(t.everyCellMeets(fmt(o.minCell), o.label));
        }
      }
      if (o.minCoverage !== undefined)
        reasons.push(t.coverageMet(axesNames, percent(o.minCoverage)));
    }
    if (last && reasons.length === 0 && shortfalls.length === 0) reasons.push(t.fallback(o.label));
    const scoreShortfalls = [...shortfalls];
    const blocking = gates.filter((g) => g.state !== 'passed' && g.blocks.includes(o.id));
    for (const g of blocking) shortfalls.push(gateShortfall(framework, g, [o.label], language));
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
