import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/memo/format-number.js';

describe('formatNumber', () => {
  it('groups thousands in English by default', () => {
    expect(formatNumber(38400)).toBe('38,400');
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(-1200)).toBe('-1,200');
    expect(formatNumber(7)).toBe('7');
  });

  it('keeps the decimals it is given', () => {
    expect(formatNumber(0.125)).toBe('0.125');
  });

  it('falls back to English for a language it does not know', () => {
    expect(formatNumber(38400, 'xx')).toBe('38,400');
  });
});
