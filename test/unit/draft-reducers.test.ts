import { describe, expect, it } from 'vitest';
import {
  decidedReview,
  draftId,
  draftToReview,
  newDraft,
  suggestedTitle,
  withDecision,
  withIntakeAnswer,
  withSummaryReached,
  withTeam,
  withTitle,
} from '../../src/core/review/draft.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';

const VATL = loadVatl();

describe('the draft reducers the walk-through saves with', () => {
  const draft = newDraft('draft-1', VATL, '2025-03-01T09:00:00.000Z');

  it('names a draft after the moment it was started', () => {
    expect(draftId(new Date('2025-03-01T09:05:07.123Z'))).toBe('draft-20250301-090507');
  });

  it('records an intake answer, keeping the others', () => {
    const one = withIntakeAnswer(draft, 'name', 'Lumen Tutor');
    expect(withIntakeAnswer(one, 'term', '2 years').proposal).toEqual({
      name: 'Lumen Tutor',
      term: '2 years',
    });
    expect(draft.proposal).toEqual({});
  });

  it("offers the proposal's name as the title, and keeps it when nothing is typed", () => {
    const named = withIntakeAnswer(draft, 'name', 'Lumen Tutor');
    expect(suggestedTitle(named)).toBe('Lumen Tutor');
    expect(suggestedTitle(draft)).toBe('');
    expect(withTitle(named, '  Lumen pilot ').title).toBe('Lumen pilot');
    expect(withTitle(named, '   ').title).toBe('Lumen Tutor');
  });

  it('records the team and the decision, and marks the summary as seen once', () => {
    expect(withTeam(draft, LUMEN_TEAM).team).toBe(LUMEN_TEAM);
    const decision = { outcome: 'adopt', reviewBy: '2026-03-01' };
    expect(withDecision(draft, decision).decision).toBe(decision);
    const seen = withSummaryReached(draft);
    expect(seen.reachedSummary).toBe(true);
    expect(withSummaryReached(seen)).toBe(seen);
  });

  it('dates the review a finished draft becomes, and marks it decided when it records a decision', () => {
    const ready = {
      ...draft,
      proposal: { ...LUMEN_PROPOSAL },
      title: 'Lumen Tutor',
      team: LUMEN_TEAM,
      decision: { outcome: 'adopt' },
    };
    expect(decidedReview(ready, VATL, '2025-03-01')).toEqual({
      ...draftToReview(ready, VATL),
      date: '2025-03-01',
      status: 'decided',
    });
    const { decision: _, ...undecided } = ready;
    expect(decidedReview(undecided, VATL, '2025-03-01').status).toBe('proposed');
  });
});
