import { describe, expect, it } from 'vitest';
import { buildTeam, unheardVoices } from '../../src/core/review/team.js';

describe('buildTeam', () => {
  it('keeps what was typed without surrounding spaces, in the order a review file has it', () => {
    const team = buildTeam({
      structure: 'co-designed',
      members: [
        { name: '  Dana Okafor ', role: ' Director of Technology ' },
        { name: 'Luis', role: 'Data lead' },
      ],
      consulted: [
        { group: 'students', how: '  Student advisory council trial ' },
        { group: 'teachers', how: '   ' },
      ],
    });
    expect(team).toEqual({
      structure: 'co-designed',
      members: [
        { name: 'Dana Okafor', role: 'Director of Technology' },
        { name: 'Luis', role: 'Data lead' },
      ],
      consulted: [
        { group: 'students', how: 'Student advisory council trial' },
        { group: 'teachers' },
      ],
    });
    expect(Object.keys(team)).toEqual(['structure', 'members', 'consulted']);
  });

  it('leaves out consulted when no group was, and skips a member with no name', () => {
    expect(
      buildTeam({ structure: 'user-centered', members: [{ name: ' ', role: 'x' }], consulted: [] }),
    ).toEqual({ structure: 'user-centered', members: [] });
  });

  it('gives the unheard-voices rule what it reads', () => {
    const team = buildTeam({
      structure: 'user-created',
      members: [{ name: 'Ana', role: 'Lead' }],
      consulted: [{ group: 'teachers', how: '' }],
    });
    expect(unheardVoices({ proposal: { 'student-facing': 'yes' }, team })).toEqual([
      'students',
      'families',
    ]);
  });
});
