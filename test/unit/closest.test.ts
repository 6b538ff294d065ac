import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/text/closest.js';

describe('closest', () => {
  it('counts two swapped letters as one typo', () => {
    expect(closest('titel', ['title', 'id', 'framework'])).toBe('title');
    expect(closest('vtal', ['dp-leadership', 'iste-leaders', 'tla-edtech-systems', 'vatl'])).toBe(
      'vatl',
    );
  });

  it('still finds a missing, extra or changed letter, and nothing far off', () => {
    expect(closest('framwork', ['framework', 'title'])).toBe('framework');
    expect(closest('answerss', ['answers'])).toBe('answers');
    expect(closest('nosuch', ['vatl', 'iste-leaders'])).toBeUndefined();
    expect(closest('services', ['id', 'version', 'title', 'source'])).toBeUndefined();
  });
});
