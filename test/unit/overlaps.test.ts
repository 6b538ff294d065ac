import { describe, expect, it } from 'vitest';
import { findOverlaps } from '../../src/core/decisions/overlaps.js';
import type { Review } from '../../src/core/review/types.js';

/** A decided review with only what the overlap looks at. */
function decision(
  id: string,
  category: string,
  outcome: string,
  extra: Partial<Review> = {},
): Review {
  return {
    id,
    title: `Decision ${id}`,
    framework: 'vatl@2.0.0',
    status: 'decided',
    proposal: { name: id, category },
    team: { structure: 'co-designed', members: [{ name: 'Dana', role: 'Director' }] },
    answers: {},
    decision: { outcome },
    ...extra,
  } as Review;
}

const proposal = {
  id: '0009-new-lms',
  proposal: { name: 'New LMS', category: 'learning-management' },
};

describe('findOverlaps', () => {
  it('names the adopted and adapted decisions of the same category, by id', () => {
    const found = findOverlaps(proposal, [
      decision('0004-pilot-lms', 'learning-management', 'adapt'),
      decision('0001-lms', 'learning-management', 'adopt'),
      decision('0002-tutor', 'instructional-supplemental', 'adopt'),
      decision('0003-dropped-lms', 'learning-management', 'abandon'),
    ]);
    expect(found).toEqual([
      { id: '0001-lms', title: 'Decision 0001-lms', outcome: 'adopt' },
      { id: '0004-pilot-lms', title: 'Decision 0004-pilot-lms', outcome: 'adapt' },
    ]);
  });

  it('leaves out superseded and retired decisions, and undecided ones', () => {
    const found = findOverlaps(proposal, [
      decision('0001-lms', 'learning-management', 'adopt', { status: 'superseded' }),
      decision('0002-lms', 'learning-management', 'adopt', { status: 'retired' }),
      { ...decision('0003-lms', 'learning-management', 'adopt'), decision: undefined },
    ]);
    expect(found).toEqual([]);
  });

  it('leaves out the review itself and the decisions it supersedes or that supersede it', () => {
    const others = [
      decision('0009-new-lms', 'learning-management', 'adopt'),
      decision('0001-old-lms', 'learning-management', 'adopt'),
      decision('0010-newer-lms', 'learning-management', 'adopt', { supersedes: '0009-new-lms' }),
    ];
    expect(findOverlaps({ ...proposal, supersedes: '0001-old-lms' }, others)).toEqual([]);
    expect(findOverlaps(proposal, others).map((o) => o.id)).toEqual(['0001-old-lms']);
  });

  it('finds none for a proposal without a category', () => {
    expect(
      findOverlaps({ proposal: { name: 'x' } }, [
        decision('0001-lms', 'learning-management', 'adopt'),
      ]),
    ).toEqual([]);
  });
});
