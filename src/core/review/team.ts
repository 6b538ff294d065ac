import type { Review, TeamStructure } from './types.js';

/**
 * The Learning Accelerator's leadership-team structures: how a decision team shares power.
 * `summary` completes "<label>: …" in the memo; `prompt` explains the choice while asking.
 */
export const TEAM_STRUCTURES: readonly {
  id: TeamStructure;
  label: string;
  summary: string;
  prompt: string;
}[] = [
  {
    id: 'user-centered',
    label: 'User-centered',
    summary: 'one leader consulted the team and owns the decision.',
    prompt:
      'One leader consults the team, then decides. Quick; suits a small team or a first try at sharing leadership.',
  },
  {
    id: 'co-designed',
    label: 'Co-designed',
    summary: 'one leader drove the review and shared choices and tasks with the team.',
    prompt: 'One leader drives, sharing choices and tasks with the team, and keeps final say.',
  },
  {
    id: 'user-created',
    label: 'User-created',
    summary: 'the team made the decision together; the leader facilitated.',
    prompt: 'The team decides together; the leader facilitates. Slower, and owned by everyone.',
  },
];

/** The stakeholder groups the walk-through offers to record as consulted (as recorded). */
export const STAKEHOLDER_GROUPS: readonly string[] = [
  'students',
  'teachers',
  'families',
  'school leaders',
  'support staff',
  'special education',
  'multilingual learner services',
  'IT and data',
  'community partners',
  'school board',
];

/** A stakeholder group as a list shows it, capitalised like every other list: `Students`, `IT and data`. */
export function groupLabel(group: string): string {
  return group.charAt(0).toUpperCase() + group.slice(1);
}

/** The groups a student-facing tool should hear from, and the words that name each one. */
const VOICES: readonly (readonly [string, RegExp])[] = [
  ['students', /student|learner|youth/],
  ['teachers', /teacher|educator|faculty/],
  ['families', /famil|parent|caregiver|guardian/],
];

/**
 * The voices a review has not heard from: students, teachers and families, for a
 * student-facing tool (none otherwise). One rule for the review check and the walk-through.
 */
export function unheardVoices(review: {
  proposal: Readonly<Record<string, unknown>>;
  team: Pick<Review['team'], 'consulted'>;
}): string[] {
  if (review.proposal['student-facing'] !== 'yes') return [];
  const groups = (review.team.consulted ?? []).map((c) => c.group.toLowerCase());
  return VOICES.filter(([, pattern]) => !groups.some((g) => pattern.test(g))).map(([name]) => name);
}

/** Whether one of the consulted groups is a voice (`students`, `teachers`, `families`). */
export function heardFrom(team: Pick<Review['team'], 'consulted'>, voice: string): boolean {
  const pattern = VOICES.find(([name]) => name === voice)?.[1];
  return (team.consulted ?? []).some((c) => pattern?.test(c.group.toLowerCase()) ?? false);
}

/** What the team prompts collect, as typed. */
export interface TeamAnswers {
  structure: TeamStructure;
  members: readonly { name: string; role: string }[];
  /** Each group consulted, with how (empty when not said). */
  consulted: readonly { group: string; how: string }[];
}

/**
 * The team from what was typed: surrounding spaces dropped, members with no name skipped,
 * `how` left out where nothing was said, and `consulted` left out when no group was.
 */
export function buildTeam(answers: TeamAnswers): Review['team'] {
  const members = answers.members
    .map((m) => ({ name: m.name.trim(), role: m.role.trim() }))
    .filter((m) => m.name !== '');
  const consulted = answers.consulted.map(({ group, how }) =>
    how.trim() ? { group, how: how.trim() } : { group },
  );
  return { structure: answers.structure, members, ...(consulted.length > 0 ? { consulted } : {}) };
}

/**
 * The team step's answers so far, saved as each one is given: a stop (Ctrl-C) loses none,
 * and asking again offers each as the default.
 */
export interface TeamProgress {
  structure?: TeamStructure;
  /** Members named so far; `role` is unset while it is being asked. */
  members: { name: string; role?: string }[];
  /** Set once the list of members was ended. */
  membersDone?: boolean;
  /** The groups checked as consulted, once that question was answered. */
  groups?: string[];
  consulted: { group: string; how: string }[];
}

/** The team step's starting point: answers saved so far, else the team recorded, else nothing. */
export function teamProgressFrom(
  progress: TeamProgress | undefined,
  team: Review['team'] | undefined,
): TeamProgress {
  if (progress) return progress;
  if (!team) return { members: [], consulted: [] };
  const consulted = (team.consulted ?? []).map((c) => ({ group: c.group, how: c.how ?? '' }));
  return {
    structure: team.structure,
    members: team.members.map((m) => ({ ...m })),
    membersDone: true,
    groups: consulted.map((c) => c.group),
    consulted,
  };
}
