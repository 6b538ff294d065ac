import type { Review } from '../../src/core/review/types.js';

/** The intake answers of the fictional "Lumen Tutor" proposal the draft tests share. */
export const LUMEN_PROPOSAL = {
  name: 'Lumen Tutor',
  vendor: 'Lumen Learning Co.',
  category: 'instructional-supplemental',
  users: ['students', 'teachers'],
  'student-facing': 'yes',
  'student-data': 'yes',
  'uses-ai': 'yes',
  'ai-features': ['conversational'],
  'ai-decisions': 'no',
  cost: '',
  term: '2 years',
};

/** A co-designed team that consulted students, teachers and families. */
export const LUMEN_TEAM: Review['team'] = {
  structure: 'co-designed',
  members: [{ name: 'Dana Okafor', role: 'Director of Technology' }],
  consulted: [{ group: 'students' }, { group: 'teachers' }, { group: 'families' }],
};
