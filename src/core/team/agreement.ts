/**
 * Krippendorff's alpha: how far independent reviewers agree beyond chance, from 1 (perfect)
 * through 0 (no better than chance) to below 0 (systematic disagreement). Follows Krippendorff
 * (2011), "Computing Krippendorff's Alpha-Reliability": values are coincidences within units,
 * missing values are left out, and units with fewer than two values are not pairable.
 */

/** How far apart two values are: nominal (same or not), ordinal (by ranks), interval (by size). */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/**
 * Alpha over units (rows: the questions) coded by reviewers (columns); `undefined` is missing.
 * Returns `undefined` when fewer than two values are pairable or every value is the same (no
 * variation to agree about).
 *
 * @param units - for each unit, each reviewer's value or undefined
 * @param metric - the difference function for the values' level of measurement
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | undefined)[])[],
  metric: AlphaMetric,
): number | undefined {
  const pairable = units
    .map((u) => u.filter((v): v is number => v !== undefined))
    .filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  if (values.length < 2) return undefined;
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  // The coincidence matrix: o[c][k] sums, over units, the c–k pairs weighted 1 / (m_u − 1).
  const o = values.map(() => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++)
      for (let j = 0; j < unit.length; j++) {
        if (i === j) continue;
        const c = index.get(unit[i] as number) as number;
        const k = index.get(unit[j] as number) as number;
        (o[c] as number[])[k] = ((o[c] as number[])[k] as number) + weight;
      }
  }
  const n = o.map((row) => row.reduce((a, b) => a + b, 0));
  const total = n.reduce((a, b) => a + b, 0);
  const delta = distance(values, n, metric);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++)
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += ((o[c] as number[])[k] as number) * d;
      expected += (n[c] as number) * (n[k] as number) * d;
    }
  if (expected === 0) return undefined;
  return 1 - ((total - 1) * observed) / expected;
}

/** δ²(c, k) over value indices, for the metric. */
function distance(
  values: readonly number[],
  n: readonly number[],
  metric: AlphaMetric,
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
  // Ordinal: the ranks between c and k, counting half of each end.
  return (c, k) => {
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += n[g] as number;
    return (sum - ((n[c] as number) + (n[k] as number)) / 2) ** 2;
  };
}

/** A plain-words reading of alpha, after Krippendorff's guidance (0.800 reliable, 0.667 tentative). */
export function readAgreement(alpha: number | undefined): string {
  if (alpha === undefined)
    return 'not measurable: too few answers were given by two or more reviewers';
  if (alpha >= 0.8) return 'strong: the reviewers largely agree';
  if (alpha >= 0.667)
    return 'moderate: enough to go on, with the differences listed below worth a conversation';
  if (alpha > 0)
    return 'weak: the reviewers see this proposal differently; discuss before deciding';
  return 'none beyond chance: the reviewers disagree; discuss before deciding';
}
