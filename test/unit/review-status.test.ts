import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  REVIEW_STATUSES,
  STATUS_TRANSITIONS,
  currentStatus,
  planStatusChange,
  reviewTextWithStatus,
  reviewTextWithSupersedes,
} from '../../src/core/review/status.js';
import type { Review, ReviewStatus } from '../../src/core/review/types.js';

const DECIDED: Review = {
  id: '0007-ai-tutor',
  title: 'AI tutor',
  framework: 'vatl@2.0.0',
  status: 'decided',
  proposal: { name: 'AI tutor' },
  team: { structure: 'co-designed', members: [{ name: 'Dana', role: 'Director' }] },
  answers: {},
  decision: { outcome: 'adopt' },
};

const at = (status: ReviewStatus): Review => ({ ...DECIDED, status });
const by = (to: ReviewStatus) => (to === 'superseded' ? { by: '0012-new-tutor' } : {});

describe('the status transitions', () => {
  const legal: [ReviewStatus, ReviewStatus][] = [
    ['proposed', 'decided'],
    ['proposed', 'retired'],
    ['decided', 'superseded'],
    ['decided', 'retired'],
  ];

  it('are exactly these four', () => {
    const all = REVIEW_STATUSES.flatMap((from) => STATUS_TRANSITIONS[from].map((to) => [from, to]));
    expect(all).toEqual(legal);
  });

  for (const from of REVIEW_STATUSES) {
    for (const to of REVIEW_STATUSES) {
      const isLegal = legal.some(([f, t]) => f === from && t === to);
      it(`${from} → ${to} is ${isLegal ? 'allowed' : 'refused, naming the legal next statuses'}`, () => {
        const planned = planStatusChange(at(from), { to, date: '2026-05-01', ...by(to) });
        if (isLegal) {
          expect(planned).toEqual({ change: { status: to, date: '2026-05-01', ...by(to) } });
          return;
        }
        expect(planned).toMatchObject({ refusal: { code: 'review/status-illegal' } });
        const message = 'refusal' in planned ? planned.refusal.message : '';
        const next = STATUS_TRANSITIONS[from];
        expect(message).toContain(
          next.length
            ? `from ${from} it can become ${next.join(' or ')}`
            : `a ${from} decision is closed`,
        );
      });
    }
  }
});

describe('planStatusChange', () => {
  it('refuses to decide a review that records no decision', () => {
    const { decision: _, ...proposal } = at('proposed');
    expect(planStatusChange(proposal, { to: 'decided', date: '2026-05-01' })).toMatchObject({
      refusal: { code: 'review/status-no-decision' },
    });
  });

  it('needs --by for superseded, refuses it elsewhere, and never the decision itself', () => {
    const code = (request: Parameters<typeof planStatusChange>[1]) => {
      const planned = planStatusChange(DECIDED, request);
      return 'refusal' in planned ? planned.refusal.code : 'ok';
    };
    expect(code({ to: 'superseded', date: '2026-05-01' })).toBe('review/status-no-successor');
    expect(code({ to: 'retired', date: '2026-05-01', by: '0012-x' })).toBe(
      'review/status-unexpected-by',
    );
    expect(code({ to: 'superseded', date: '2026-05-01', by: '0007-ai-tutor' })).toBe(
      'review/status-unexpected-by',
    );
  });

  it('keeps a note, and drops an empty one', () => {
    expect(
      planStatusChange(DECIDED, { to: 'retired', date: '2026-05-01', note: 'Contract ended' }),
    ).toEqual({ change: { status: 'retired', date: '2026-05-01', note: 'Contract ended' } });
    expect(planStatusChange(DECIDED, { to: 'retired', date: '2026-05-01', note: ' ' })).toEqual({
      change: { status: 'retired', date: '2026-05-01' },
    });
  });
});

describe('currentStatus', () => {
  it('is the written status, else decided with a decision, else proposed', () => {
    expect(currentStatus({ status: 'retired', decision: { outcome: 'adopt' } })).toBe('retired');
    expect(currentStatus({ decision: { outcome: 'adopt' } })).toBe('decided');
    expect(currentStatus({})).toBe('proposed');
  });
});

const TEXT = `# Board decision, kept as written.
id: 0007-ai-tutor
title: AI tutor
framework: vatl@2.0.0
status: decided # signed off in March
date: '2026-03-18'

decision:
  outcome: adopt
`;

describe('the review text of a status change', () => {
  it('sets the status where it stands and appends the history, every other byte kept', () => {
    const text = reviewTextWithStatus(TEXT, {
      status: 'superseded',
      date: '2026-05-01',
      by: '0012-new-tutor',
      note: 'Replaced: see 12, "the new one"',
    });
    expect(text).toBe(
      TEXT.replace(
        'status: decided # signed off in March\n',
        'status: superseded # signed off in March\nsupersededBy: 0012-new-tutor\n',
      ) +
        `\nstatusHistory:\n  - status: superseded\n    date: '2026-05-01'\n    by: 0012-new-tutor\n    note: 'Replaced: see 12, "the new one"'\n`,
    );
    expect(parse(text).statusHistory).toEqual([
      {
        status: 'superseded',
        date: '2026-05-01',
        by: '0012-new-tutor',
        note: 'Replaced: see 12, "the new one"',
      },
    ]);
  });

  it('keeps a long note on one line, so it reads back whole', () => {
    const note = 'The contract ended in June; '.repeat(6).trim();
    const text = reviewTextWithStatus(TEXT, { status: 'retired', date: '2027-07-01', note });
    expect(text.split('\n').filter((l) => l.startsWith('    note: '))).toHaveLength(1);
    expect(parse(text).statusHistory).toEqual([{ status: 'retired', date: '2027-07-01', note }]);
  });

  it('adds status when the file has none, after framework', () => {
    const text = reviewTextWithStatus(TEXT.replace('status: decided # signed off in March\n', ''), {
      status: 'retired',
      date: '2027-01-01',
    });
    expect(text).toContain("framework: vatl@2.0.0\nstatus: retired\ndate: '2026-03-18'\n");
  });

  it('names the decision a later one supersedes beside its date', () => {
    const later = TEXT.replace('0007-ai-tutor', '0012-new-tutor');
    expect(reviewTextWithSupersedes(later, parse(later) as Review, '0007-ai-tutor')).toBe(
      later.replace("date: '2026-03-18'\n", "date: '2026-03-18'\nsupersedes: 0007-ai-tutor\n"),
    );
  });
});
