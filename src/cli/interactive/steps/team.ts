import { withTeam } from '../../../core/review/draft.js';
import {
  STAKEHOLDER_GROUPS,
  TEAM_STRUCTURES,
  buildTeam,
  unheardVoices,
} from '../../../core/review/team.js';
import type { TeamAnswers } from '../../../core/review/team.js';
import type { Session } from '../session.js';

/** Who decides and how, the members one at a time, and the stakeholder groups consulted. */
export async function teamStep(s: Session): Promise<void> {
  s.prompter.print(`\n${s.style.bold('The team')}`);
  const structure = await s.prompter.select({
    message: 'How does the team share the decision?',
    choices: TEAM_STRUCTURES.map((x) => ({ name: `${x.label} — ${x.prompt}`, value: x.id })),
  });
  const members: TeamAnswers['members'][number][] = [];
  s.prompter.print(
    s.style.dim('  Add the team members one at a time; leave the name empty when done.'),
  );
  for (;;) {
    const name = (
      await s.prompter.input({
        message: `Team member ${members.length + 1} name:`,
        ...(members.length === 0 ? { required: true } : {}),
      })
    ).trim();
    if (!name) break;
    const role = await s.prompter.input({ message: `${name}'s role:`, required: true });
    members.push({ name, role });
  }
  const groups = await s.prompter.checkbox({
    message: 'Which stakeholder groups were consulted? (space to select, enter to go on)',
    choices: STAKEHOLDER_GROUPS.map((g) => ({ name: g, value: g })),
  });
  const consulted: TeamAnswers['consulted'][number][] = [];
  for (const group of groups)
    consulted.push({
      group,
      how: await s.prompter.input({ message: `How were ${group} consulted? (optional)` }),
    });
  const team = buildTeam({ structure, members, consulted });
  const missing = unheardVoices({ proposal: s.draft.proposal, team });
  if (missing.length > 0) {
    s.prompter.print(
      s.style.yellow(
        `  Note: this tool is student-facing, and ${missing.join(', ').replace(/, ([^,]*)$/, ' and $1')} were not consulted. Consider hearing from them before deciding; the memo will say so.`,
      ),
    );
  }
  await s.save(withTeam(s.draft, team));
}
