import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reviewTextFrom } from '../../src/core/review/review-text.js';
import { serializeReview } from '../../src/core/review/serialize-review.js';
import type { Review } from '../../src/core/review/types.js';

const SOURCE = `# Reviewed by the district tech team.
title: Harbor LMS
framework: vatl@2.0.0

proposal:
  name: Harbor LMS
  users: [students, teachers] # everyone who signs in
team:
  structure: co-designed
  members:
    - { name: Ana Ruiz, role: CTO }
answers:
  # Governance first
  ge-policy-fit:
    value: 3
    note: >-
      Fits the acceptable-use policy, once the
      family notice is sent.
  ge-priority-reach: { value: 4 }
`;

const before = parse(SOURCE) as Review;

describe('reviewTextFrom', () => {
  it('adds the id first, status and date after framework, and fingerprints, keeping every other byte', () => {
    const review: Review = {
      ...before,
      id: '0007-harbor-lms',
      status: 'proposed',
      date: '2025-03-01',
      answers: {
        'ge-policy-fit': { ...before.answers['ge-policy-fit'], fingerprint: '0a1b2c3d' },
        'ge-priority-reach': { value: 4, fingerprint: 'deadbeef' },
      },
    };
    const text = reviewTextFrom(SOURCE, before, review);
    expect(text).toBe(`# Reviewed by the district tech team.
id: 0007-harbor-lms
title: Harbor LMS
framework: vatl@2.0.0
status: proposed
date: 2025-03-01

proposal:
  name: Harbor LMS
  users: [students, teachers] # everyone who signs in
team:
  structure: co-designed
  members:
    - { name: Ana Ruiz, role: CTO }
answers:
  # Governance first
  ge-policy-fit:
    value: 3
    note: >-
      Fits the acceptable-use policy, once the
      family notice is sent.
    fingerprint: 0a1b2c3d
  ge-priority-reach: { value: 4, fingerprint: deadbeef }
`);
    expect(parse(text)).toEqual(review);
  });

  it('leaves the text as it is when vatl sets nothing new', () => {
    expect(reviewTextFrom(SOURCE, before, before)).toBe(SOURCE);
  });

  it('writes the review afresh when the text cannot carry it, so the data is never wrong', () => {
    // A change reviewTextFrom does not edit in (the title) cannot come out of the old text.
    const review: Review = { ...before, title: 'Harbor LMS, district edition', id: '0007-x' };
    const text = reviewTextFrom(SOURCE, before, review);
    expect(text).toBe(serializeReview(review));
    expect(parse(text)).toEqual(review);
  });
});
