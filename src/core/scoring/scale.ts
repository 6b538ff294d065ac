import type { ScaleLevel } from '../framework/types.js';

/**
 * Rounds a score to two decimals, half away from zero. Scores are rounded once, here, and the
 * rounded figure is both the one compared with thresholds and the one shown. `toPrecision`
 * first removes binary noise, so 2.675 (stored as 2.67499…) rounds to 2.68 as a reader expects.
 */
export function round2(n: number): number {
  return Math.round(Number((n * 100).toPrecision(12))) / 100;
}

/** A score as the memo and messages show it: two decimals, trailing zeros kept. */
export function fmt(score: number): string {
  return round2(score).toFixed(2);
}

/** A share (0–1) as a whole percentage, as shown next to a coverage figure. */
export function percent(share: number): string {
  return `${Math.round(Number((share * 100).toPrecision(12)))}%`;
}

/**
 * The scale level a score reads as: the nearest level, a tie going to the lower one (the
 * cautious reading). The dots of a cue and the level's label both come from this one level,
 * so `●●●○ 3.50 Solid` can never disagree with itself.
 */
export function scaleLevel(
  scale: readonly ScaleLevel[],
  score: number,
): { level: ScaleLevel; index: number } {
  let index = 0;
  for (let i = 1; i < scale.length; i++) {
    const here = Math.abs((scale[i]?.value ?? 0) - score);
    const best = Math.abs((scale[index]?.value ?? 0) - score);
    if (here < best - 1e-9) index = i;
  }
  return { level: scale[index] as ScaleLevel, index };
}

/** `●●●○ 3.14`: one dot per level up to the score's level, then the score; the cue without its label. */
export function scoreDots(scale: readonly ScaleLevel[], score: number): string {
  const { index } = scaleLevel(scale, score);
  return `${'●'.repeat(index + 1)}${'○'.repeat(scale.length - index - 1)} ${fmt(score)}`;
}

/** `●●●○ 3.14 Solid`: one dot per level up to the score's level, the score, the level's label. */
export function scoreCue(scale: readonly ScaleLevel[], score: number): string {
  return `${scoreDots(scale, score)} ${scaleLevel(scale, score).level.label}`;
}

/** The lowest and highest values on a scale, and every value on it in file order. */
export function scaleBounds(scale: readonly ScaleLevel[]): {
  min: number;
  max: number;
  values: number[];
} {
  const values = scale.map((s) => s.value);
  return { min: Math.min(...values), max: Math.max(...values), values };
}

/**
 * How a score reads at a glance, for the colour a terminal shows it in: from two thirds of the
 * way up the scale it is high, from two fifths middle, below that low.
 */
export function scoreTone(scale: readonly ScaleLevel[], score: number): 'high' | 'middle' | 'low' {
  const { min, max } = scaleBounds(scale);
  const ratio = (score - min) / (max - min || 1);
  return ratio >= 0.66 ? 'high' : ratio >= 0.4 ? 'middle' : 'low';
}
