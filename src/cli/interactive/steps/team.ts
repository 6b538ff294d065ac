import { withTeam, withTeamProgress } from '../../../core/review/draft.js';
import {
  STAKEHOLDER_GROUPS,
  TEAM_STRUCTURES,
  buildTeam,
  teamProgressFrom,
  unheardVoices,
} from '../../../core/review/team.js';
import type { TeamProgress } from '../../../core/review/team.js';
import { visible } from '../../../core/text/terminal-text.js';
import { BackRequested } from '../../../prompts/prompter.js';
import { canGoBack } from '../session.js';
import type { Session, StepResult } from '../session.js';
import { needsText, progressLine } from './intake.js';

/**
 * Who decides and how, the members one at a time, and the stakeholder groups consulted. Each
 * answer is saved as it is given (a stop loses none); asked again — after a stop, or gone
 * back to — each earlier answer is the default. Esc goes back to the title.
 */
export async function teamStep(s: Session): Promise<StepResult> {
  try {
    await askTeam(s);
    return undefined;
  } catch (error) {
    if (error instanceof BackRequested) return 'back';
    throw error;
  }
}

async function askTeam(s: Session): Promise<void> {
  const back = canGoBack(s, { kind: 'team' });
  const t: TeamProgress = structuredClone(teamProgressFrom(s.draft.teamProgress, s.draft.team));
  const keep = () => s.save(withTeamProgress(s.draft, structuredClone(t)));
  s.prompter.print(`\n${s.style.bold(s.text.teamHeading)}`);
  s.prompter.print(progressLine(s, s.text.teamStructureStep, back));
  t.structure = await s.prompter.select({
    message: s.text.structurePrompt,
    choices: TEAM_STRUCTURES.map((x) => {
      const words = s.text.structures[x.id];
      return { name: `${words.label} — ${words.prompt}`, value: x.id };
    }),
    ...(t.structure ? { default: t.structure } : {}),
    back,
  });
  await keep();

  s.prompter.print(progressLine(s, s.text.teamMembersStep, back));
  s.prompter.print(s.style.dim(s.text.membersHint(t.members.length > 0)));
  for (let i = 0; ;) {
    const known = t.members[i];
    const typed = (
      await s.prompter.input({
        message: s.text.memberPrompt(i + 1),
        ...(known ? { default: known.name } : {}),
        ...(i === 0 && !known ? { validate: needsText(s.text.memberNeeded) } : {}),
        back,
      })
    ).trim();
    if (typed === '-' && known) {
      t.members.splice(i, 1);
      await keep();
      continue;
    }
    if (!typed || (typed === '-' && i > 0)) {
      t.members.splice(i);
      t.membersDone = true;
      await keep();
      break;
    }
    t.members[i] = {
      name: typed,
      ...(known?.role && known.name === typed ? { role: known.role } : {}),
    };
    await keep();
    const member = t.members[i] as { name: string; role?: string };
    member.role = await s.prompter.input({
      message: s.text.rolePrompt(visible(typed)),
      ...(known?.role ? { default: known.role } : {}),
      validate: needsText(s.text.memberRoleNeeded(typed)),
      back,
    });
    await keep();
    i++;
  }

  s.prompter.print(progressLine(s, s.text.teamConsultedStep, back));
  const groups = await s.prompter.checkbox({
    message: s.text.groupsPrompt,
    choices: [...new Set([...STAKEHOLDER_GROUPS, ...(t.groups ?? [])])].map((g) => ({
      name: s.text.groupLabel(g),
      value: g,
      ...(t.groups?.includes(g) ? { checked: true } : {}),
    })),
    back,
  });
  t.groups = groups;
  t.consulted = t.consulted.filter((c) => groups.includes(c.group));
  await keep();
  for (const group of groups) {
    const earlier = t.consulted.find((c) => c.group === group);
    const how = await s.prompter.input({
      message: s.text.consultedPrompt(group),
      ...(earlier?.how ? { default: earlier.how } : {}),
      back,
    });
    t.consulted = [...t.consulted.filter((c) => c.group !== group), { group, how }];
    await keep();
  }
  const team = buildTeam({
    structure: t.structure,
    members: t.members.map((m) => ({ name: m.name, role: m.role ?? '' })),
    consulted: groups.map((g) => ({
      group: g,
      how: t.consulted.find((c) => c.group === g)?.how ?? '',
    })),
  });
  const missing = unheardVoices({ proposal: s.draft.proposal, team });
  if (missing.length > 0) {
    s.prompter.print(s.style.yellow(s.text.unheard(missing)));
  }
  await s.save(withTeam(s.draft, team));
}
