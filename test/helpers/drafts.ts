import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import type { Framework } from '../../src/core/framework/types.js';
import type { Review } from '../../src/core/review/types.js';
import { REPO } from './cli.js';

/** The intake answers of the fictional "Lumen Tutor" proposal the draft tests share. */
export const LUMEN_PROPOSAL = {
  name: 'Lumen Tutor',
  vendor: 'Lumen Learning Co.',
  category: 'instructional-supplemental',
  users: ['students', 'teachers'],
  'student-facing': 'yes',
  'student-data': 'yes',
  'monitors-people': 'no',
  'uses-ai': 'yes',
  'ai-features': ['conversational'],
  'ai-decisions': 'no',
  'ai-staff-decisions': 'no',
  cost: '',
  term: '2 years',
};

/** A co-designed team that consulted students, teachers and families. */
export const LUMEN_TEAM: Review['team'] = {
  structure: 'co-designed',
  members: [{ name: 'Dana Okafor', role: 'Director of Technology' }],
  consulted: [{ group: 'students' }, { group: 'teachers' }, { group: 'families' }],
};

/** The built-in vatl framework, parsed from frameworks/vatl.yaml. */
export function loadVatl(): Framework {
  const parsed = parseFramework(
    readFileSync(join(REPO, 'frameworks', 'vatl.yaml'), 'utf8'),
    'frameworks/vatl.yaml',
  );
  if (!parsed.framework) throw new Error('frameworks/vatl.yaml did not parse');
  return parsed.framework;
}
