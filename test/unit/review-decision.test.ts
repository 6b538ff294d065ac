import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  buildDecision,
  dueDateProblem,
  expectsConditions,
  needsRationale,
  outcomeLabel,
  outcomeOptions,
  reviewIntervalMonths,
} from '../../src/core/review/decision.js';
import type { Review } from '../../src/core/review/types.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { validFramework } from '../helpers/framework.js';

const FW = validFramework();

/** A review of the mini framework with every scored question at `level`. */
function reviewAt(level: 1 | 3, signed: 'yes' | 'no'): Review {
  return {
    title: 'T',
    framework: 'mini@1.0.0',
    proposal: { name: 'T', 'student-data': 'yes', category: 'assessment', users: ['students'] },
    team: { structure: 'user-centered', members: [] },
    answers: {
      'q-scale': { value: level },
      'q-yes-no': { value: signed },
      'q-choice': { value: level === 3 ? 'all' : 'none' },
      'q-better': { value: level },
    },
  };
}

describe('outcomeOptions', () => {
  it('offers every outcome in the framework order, marking the suggested one', () => {
    const options = outcomeOptions(FW, scoreReview(FW, reviewAt(3, 'yes')));
    expect(options).toEqual([
      { id: 'adopt', label: 'Adopt', description: 'Go.', suggested: true, blockedBy: [] },
      { id: 'adapt', label: 'Adapt', description: 'Maybe.', suggested: false, blockedBy: [] },
      { id: 'abandon', label: 'Abandon', description: 'Stop.', suggested: false, blockedBy: [] },
    ]);
  });

  it('names the gates that block an outcome, so it cannot be chosen', () => {
    const options = outcomeOptions(FW, scoreReview(FW, reviewAt(3, 'no')));
    expect(options.map((o) => [o.id, o.blockedBy, o.suggested])).toEqual([
      ['adopt', ['g-privacy'], false],
      ['adapt', ['g-privacy'], false],
      ['abandon', [], true],
    ]);
  });
});

describe('outcomeLabel', () => {
  it("is the outcome's label, or its id when the framework has no such outcome", () => {
    expect(outcomeLabel(FW, 'adapt')).toBe('Adapt');
    expect(outcomeLabel(FW, 'pilot')).toBe('pilot');
  });
});

describe('needsRationale and expectsConditions', () => {
  it('asks why only when the decision is not the suggested outcome', () => {
    expect(needsRationale('adopt', 'adopt')).toBe(false);
    expect(needsRationale('abandon', 'adopt')).toBe(true);
  });

  it('expects conditions for every outcome but the fallback', () => {
    expect(expectsConditions(FW, 'adopt')).toBe(true);
    expect(expectsConditions(FW, 'adapt')).toBe(true);
    expect(expectsConditions(FW, 'abandon')).toBe(false);
  });
});

describe('dueDateProblem', () => {
  const today = '2025-03-01';

  it('accepts a calendar date from today on, with spaces around it', () => {
    for (const ok of ['2025-03-01', '2025-06-30', ' 2026-02-28 ', '2028-02-29'])
      expect(dueDateProblem(ok, today)).toBeUndefined();
  });

  it('refuses a past date, a date not on the calendar, and anything not YYYY-MM-DD', () => {
    for (const bad of ['2025-02-28', '2025-02-30', '2026-13-01', '1 June 2025', '', '2025-6-30'])
      expect(dueDateProblem(bad, today)).toBe('Enter a date from 2025-03-01 on, as YYYY-MM-DD.');
  });
});

describe('reviewIntervalMonths', () => {
  it("is the framework's interval, or twelve months", () => {
    expect(reviewIntervalMonths({ ...FW, review: { intervalMonths: 6 } })).toBe(6);
    const { review: _none, ...withoutInterval } = FW;
    expect(reviewIntervalMonths(withoutInterval)).toBe(DEFAULT_REVIEW_INTERVAL_MONTHS);
    expect(DEFAULT_REVIEW_INTERVAL_MONTHS).toBe(12);
  });
});

describe('buildDecision', () => {
  it('keeps what was typed, without surrounding spaces, in the order a review file has it', () => {
    const decision = buildDecision({
      outcome: 'adapt',
      rationale: '  Pilot first. ',
      conditions: [
        { text: ' Sign the DPA ', owner: ' Luis ', due: ' 2025-06-30 ' },
        { text: 'Train staff', owner: 'Ana', due: '2025-08-01' },
      ],
      reviewBy: '2026-03-01 ',
    });
    expect(decision).toEqual({
      outcome: 'adapt',
      rationale: 'Pilot first.',
      conditions: [
        { text: 'Sign the DPA', owner: 'Luis', due: '2025-06-30' },
        { text: 'Train staff', owner: 'Ana', due: '2025-08-01' },
      ],
      reviewBy: '2026-03-01',
    });
    expect(Object.keys(decision)).toEqual(['outcome', 'rationale', 'conditions', 'reviewBy']);
  });

  it('leaves out an empty rationale and an empty list of conditions', () => {
    expect(
      buildDecision({ outcome: 'adopt', rationale: '  ', conditions: [], reviewBy: '2026-03-01' }),
    ).toEqual({ outcome: 'adopt', reviewBy: '2026-03-01' });
  });

  it('skips a condition with no text', () => {
    const decision = buildDecision({
      outcome: 'adapt',
      rationale: '',
      conditions: [{ text: ' ', owner: 'x', due: '2025-06-30' }],
      reviewBy: '2026-03-01',
    });
    expect(decision.conditions).toBeUndefined();
  });
});
