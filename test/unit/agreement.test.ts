import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, readAgreement } from '../../src/core/team/agreement.js';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with four
 * observers, twelve units and missing values (rows: units; columns: observers A–D).
 */
const _ = undefined;
const PUBLISHED: (number | undefined)[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

describe("Krippendorff's alpha", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('gives the published %s figure, %s, for the worked example', (metric, expected) => {
    expect(krippendorffAlpha(PUBLISHED, metric)?.toFixed(3)).toBe(expected.toFixed(3));
  });

  it('is 1 when every reviewer gives every unit the same value', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, 1],
          [3, 3, 3],
          [4, 4, _],
        ],
        'ordinal',
      ),
    ).toBe(1);
  });

  it('is worked by hand for two reviewers who differ on one of three units', () => {
    // Coincidences: 1–1 twice, 2–2 twice, 3–2 and 2–3 once; n1 = 2, n2 = 3, n3 = 1, n = 6.
    // Interval: D_o = 2 · 1 = 2; D_e sums n_c · n_k · (c − k)²: 2·(2·3·1 + 2·1·4 + 3·1·1) = 34.
    // α = 1 − (n − 1) · D_o / D_e = 1 − 5 · 2 / 34.
    const units = [
      [1, 1],
      [2, 2],
      [3, 2],
    ];
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(1 - 10 / 34, 12);
  });

  it('leaves out missing values and units only one reviewer answered', () => {
    const with_ = [
      [1, 1],
      [2, _],
      [3, 3],
    ];
    expect(krippendorffAlpha(with_, 'ordinal')).toBe(
      krippendorffAlpha(
        [
          [1, 1],
          [3, 3],
        ],
        'ordinal',
      ),
    );
  });

  it('cannot be measured with no variation or fewer than two pairable values', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'ordinal',
      ),
    ).toBeUndefined();
    expect(
      krippendorffAlpha(
        [
          [2, _],
          [_, 3],
        ],
        'ordinal',
      ),
    ).toBeUndefined();
    expect(readAgreement(undefined)).toMatch(/^not measurable/);
  });

  it('reads 0.800 and above as strong, from 0.667 as moderate', () => {
    expect(readAgreement(0.815)).toMatch(/^strong/);
    expect(readAgreement(0.743)).toMatch(/^moderate/);
    expect(readAgreement(0.3)).toMatch(/^weak/);
    expect(readAgreement(-0.2)).toMatch(/^none/);
  });
});
