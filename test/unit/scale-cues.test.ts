import { describe, expect, it } from 'vitest';
import { scaleBounds, scoreCue, scoreDots, scoreTone } from '../../src/core/scoring/scale.js';

const FOUR = [
  { value: 1, label: 'Not evident', description: '' },
  { value: 2, label: 'Emerging', description: '' },
  { value: 3, label: 'Solid', description: '' },
  { value: 4, label: 'Strong', description: '' },
];

describe('scoreDots', () => {
  it("is the cue without the level's label: the terminal summary and the memo show the same dots", () => {
    expect(scoreDots(FOUR, 3)).toBe('●●●○ 3.00');
    expect(scoreDots(FOUR, 2.5)).toBe('●●○○ 2.50');
    expect(scoreDots(FOUR, 1)).toBe('●○○○ 1.00');
    for (let x = 100; x <= 400; x++)
      expect(scoreCue(FOUR, x / 100).startsWith(`${scoreDots(FOUR, x / 100)} `)).toBe(true);
  });
});

describe('scaleBounds', () => {
  it('gives the lowest and highest value and every value, whatever the order', () => {
    expect(scaleBounds(FOUR)).toEqual({ min: 1, max: 4, values: [1, 2, 3, 4] });
    const zeroBased = [0, 2, 1].map((value) => ({ value, label: '', description: '' }));
    expect(scaleBounds(zeroBased)).toEqual({ min: 0, max: 2, values: [0, 2, 1] });
  });
});

describe('scoreTone', () => {
  it('reads the top third of the scale as high, down to two fifths as middle, the rest low', () => {
    // On 1–4: high from 2.98, middle from 2.2.
    expect(scoreTone(FOUR, 4)).toBe('high');
    expect(scoreTone(FOUR, 2.98)).toBe('high');
    expect(scoreTone(FOUR, 2.97)).toBe('middle');
    expect(scoreTone(FOUR, 2.2)).toBe('middle');
    expect(scoreTone(FOUR, 2.19)).toBe('low');
    expect(scoreTone(FOUR, 1)).toBe('low');
  });
});
