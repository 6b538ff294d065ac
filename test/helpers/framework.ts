import type { Framework } from '../../src/core/framework/types.js';

/**
 * A small framework that passes every rule: a 2 × 2 grid (rows gov, people; columns more,
 * better) with one scored question per cell, a yes-no and a choice question, a gate, a warning
 * and three outcomes. Each call returns a fresh copy, so a test can break one thing in it.
 */
export function validFramework(): Framework {
  return {
    id: 'mini',
    version: '1.0.0',
    title: 'Minimal framework',
    source: { title: 'Test source', publisher: 'Test publisher', version: '1' },
    scale: [
      { value: 1, label: 'Low', description: 'Not there.' },
      { value: 2, label: 'Middle', description: 'Partly there.' },
      { value: 3, label: 'High', description: 'Fully there.' },
    ],
    axes: {
      rows: {
        id: 'area',
        label: 'Area',
        items: [
          { id: 'gov', label: 'Governance', description: 'Rules.' },
          { id: 'people', label: 'People', description: 'People.' },
        ],
      },
      columns: {
        id: 'value-add',
        label: 'Value Add',
        items: [
          { id: 'more', label: 'Do More', description: 'Capacity.' },
          { id: 'better', label: 'Do Better', description: 'Effect.' },
        ],
      },
    },
    concepts: [{ id: 'c1', group: 'Practices', label: 'A practice', description: 'Described.' }],
    intake: [
      { id: 'student-data', prompt: 'Student data?', kind: 'yes-no' },
      {
        id: 'category',
        prompt: 'Category?',
        kind: 'choice',
        choices: [
          { value: 'assessment', label: 'Assessment' },
          { value: 'other', label: 'Other' },
        ],
      },
      {
        id: 'users',
        prompt: 'Users?',
        kind: 'multi-choice',
        choices: [
          { value: 'students', label: 'Students' },
          { value: 'teachers', label: 'Teachers' },
        ],
      },
    ],
    questions: [
      {
        id: 'q-scale',
        cell: 'gov/more',
        prompt: 'How well?',
        help: 'Look.',
        kind: 'scale',
        weight: 2,
        levels: { '1': 'Not.', '2': 'Partly.', '3': 'Fully.' },
        refs: { mini: ['c1', 'gov'], 'other-fw': ['x1'] },
      },
      {
        id: 'q-yes-no',
        cell: 'gov/better',
        prompt: 'Signed?',
        help: 'Ask.',
        kind: 'yes-no',
        scores: { yes: 3, no: 1 },
        notApplicable: false,
      },
      {
        id: 'q-choice',
        cell: 'people/more',
        prompt: 'Which?',
        help: 'Pick.',
        kind: 'choice',
        choices: [
          { value: 'none', label: 'None', score: 1 },
          { value: 'all', label: 'All', score: 3 },
        ],
      },
      {
        id: 'q-better',
        cell: 'people/better',
        prompt: 'Better?',
        help: 'Think.',
        kind: 'scale',
        levels: { '1': 'Not.', '2': 'Partly.', '3': 'Fully.' },
      },
      { id: 'q-text', cell: 'people/better', prompt: 'Notes?', help: 'Write.', kind: 'text' },
    ],
    gates: [
      {
        id: 'g-privacy',
        title: 'No agreement',
        why: 'Because.',
        when: {
          all: [
            { intake: 'student-data', equals: 'yes' },
            { question: 'q-yes-no', equals: 'no' },
            {
              any: [
                { intake: 'category', in: ['assessment'] },
                { not: { intake: 'users', includes: 'students' } },
              ],
            },
          ],
        },
        blocks: ['adopt', 'adapt'],
      },
    ],
    warnings: [
      {
        id: 'w-efficiency',
        title: 'Efficiency only',
        why: 'Because.',
        when: {
          all: [
            { score: 'more', atLeast: 2.5 },
            { score: 'better', atMost: 1.5 },
            { score: 'gov/more', atLeast: 1 },
            { score: 'overall', atLeast: 1 },
            { question: 'q-scale', in: [1, 2] },
            { question: 'q-choice', equals: 'none' },
          ],
        },
      },
    ],
    outcomes: [
      { id: 'adopt', label: 'Adopt', description: 'Go.', minOverall: 2.5, minCell: 2 },
      { id: 'adapt', label: 'Adapt', description: 'Maybe.', minOverall: 1.8 },
      { id: 'abandon', label: 'Abandon', description: 'Stop.' },
    ],
    review: { intervalMonths: 12 },
  };
}
