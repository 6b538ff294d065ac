import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Draft } from '../../src/core/review/draft.js';
import type { Review } from '../../src/core/review/types.js';
import { vatlCommand } from '../../src/cli/interactive/resume-command.js';
import { STACK_TRACE, makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import { loadVatl } from '../helpers/drafts.js';
import {
  WHOLE_REVIEW,
  back,
  cancel,
  check,
  choose,
  enter,
  on,
  runInteractive,
  scriptedPrompter,
  type,
} from '../helpers/scripted-prompter.js';
import type { InteractiveRun, Rule, ScriptedPrompter } from '../helpers/scripted-prompter.js';

const VATL = loadVatl();
const PROMPT = new Map(VATL.questions.map((q) => [q.id, q.prompt]));
const DRAFT_ID = 'draft-20250301-090000';
const REVIEW_FILE = 'decisions/0001-lumen-tutor.review.yaml';

function prompt(id: string): RegExp {
  const text = PROMPT.get(id);
  if (!text) throw new Error(`no question ${id}`);
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

let cwd: string;
beforeEach(async () => {
  cwd = await makeWorkspace();
});
afterEach(async () => {
  await removeWorkspace(cwd);
});

async function review(
  overrides: readonly Rule[],
  argv: readonly string[] = ['review'],
  options: Parameters<typeof runInteractive>[3] = {},
): Promise<InteractiveRun & { prompter: ScriptedPrompter }> {
  const prompter = scriptedPrompter([...overrides, ...WHOLE_REVIEW]);
  const result = await runInteractive(cwd, argv, prompter, options);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return { ...result, prompter };
}

const readReview = async () =>
  parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review & {
    decision: { signoff?: unknown };
  };
const readDraft = async (id = DRAFT_ID) =>
  parse(await readFile(join(cwd, '.vatl', 'drafts', `${id}.yaml`), 'utf8')) as Draft;
const drafts = async () => {
  const folder = join(cwd, '.vatl', 'drafts');
  return existsSync(folder) ? (await readdir(folder)).sort() : [];
};
const asked = (p: ScriptedPrompter, pattern: RegExp) =>
  p.calls.filter((c) => pattern.test(c.message));

describe('vatl review at a terminal: correcting the proposal and the team', () => {
  it('Esc in the proposal goes back to the answer before, offered again, and the correction is written', async () => {
    const { code, prompter } = await review([
      on(/^What is the tool or product called\?/, [type('Lumen Tutr'), type('Lumen Tutor')]),
      on(/^Who is the vendor\?/, [back, type('Lumen Learning Co.')]),
    ]);
    expect(code).toBe(0);
    const names = asked(prompter, /^What is the tool or product called\?/);
    expect(names).toHaveLength(2);
    expect(names[0]?.back).toBe(false); // the first question has nowhere to go back to
    expect(names[1]?.default).toBe('Lumen Tutr');
    expect(asked(prompter, /^Who is the vendor\?/)[0]?.back).toBe(true);
    expect((await readReview()).proposal.name).toBe('Lumen Tutor');
  });

  it('shows where the proposal and the team are: Proposal n of N, Team n of 3', async () => {
    const { prompter } = await review([]);
    const lines = prompter.printed.map((t) => t.trim());
    expect(lines).toContain('Proposal 1 of 13');
    expect(lines).toContain('Proposal 2 of 13  (Esc: back)');
    expect(lines).toContain('Proposal 13 of 13  (Esc: back)');
    expect(lines).toContain('Team 1 of 3: how the decision is shared  (Esc: back)');
    expect(lines).toContain('Team 3 of 3: who was consulted  (Esc: back)');
    // Each proposal header comes straight before its question.
    const at = prompter.transcript.findIndex((t) => t.trim() === 'Proposal 2 of 13  (Esc: back)');
    expect(prompter.transcript.slice(at + 1, at + 3)).toContain('? Who is the vendor?');
  });

  it('Back from the first question goes to the team, with its answers offered again', async () => {
    const { code, prompter } = await review([
      on(prompt('ge-priority-reach'), [choose('Back to the previous question'), choose('3 Solid')]),
    ]);
    expect(code).toBe(0);
    const structure = asked(prompter, /^How does the team share the decision\?/);
    expect(structure).toHaveLength(2);
    expect(structure[1]?.default).toBe('co-designed');
    expect(asked(prompter, /^Team member 1 name:/)[1]?.default).toBe('Dana Okafor');
    const groups = asked(prompter, /^Which stakeholder groups/)[1];
    expect(groups?.choices.filter((c) => c.checked).map((c) => c.name)).toEqual([
      'Students',
      'Teachers',
      'Families',
    ]);
  });

  it('lists the stakeholder groups capitalised, recording them as before', async () => {
    const { prompter } = await review([]);
    const groups = asked(prompter, /^Which stakeholder groups/)[0];
    expect(groups?.choices.map((c) => c.name).slice(0, 4)).toEqual([
      'Students',
      'Teachers',
      'Families',
      'School leaders',
    ]);
    expect((await readReview()).team.consulted?.map((c) => c.group)).toEqual([
      'students',
      'teachers',
      'families',
    ]);
  });

  it('changing "collects students\' personal data?" from the summary re-derives the questions and red lines', async () => {
    const staff = [
      on(/^Who will use it\?/, check('Teachers')),
      on(/^Do students use it directly\?/, choose('No')),
      on(/^Which stakeholder groups were consulted\?/, check('Teachers')),
    ];
    const { code, prompter } = await review([
      ...staff,
      on(/^What next\?/, [choose('Change an answer')]),
      on(/^Which answer do you want to change\?/, choose(/^Proposal: Will it collect/)),
      on(/^Will it collect, store or process students' personal data\?/, [
        choose('Yes'),
        choose('No'),
      ]),
    ]);
    expect(code).toBe(0);
    const again = asked(prompter, /^Will it collect, store or process/)[1];
    expect(again?.default).toBe('yes');
    expect(again?.back).toBe(true); // back to the summary
    const written = await readReview();
    expect(written.proposal['student-data']).toBe('no');
    // The student-data red lines no longer apply, so they are not in the review.
    for (const id of ['ir-privacy-agreement', 'ir-clickthrough-terms', 'ir-model-training'])
      expect(Object.keys(written.answers)).not.toContain(id);
    expect(asked(prompter, /^What next\?/)).toHaveLength(2);
  });

  it('"Change an answer" goes back to the summary without answering again', async () => {
    const { code, prompter } = await review([
      on(/^What next\?/, [choose('Change an answer')]),
      on(/^Which answer do you want to change\?/, choose('Back to the summary')),
    ]);
    expect(code).toBe(0);
    expect(asked(prompter, /^What next\?/)).toHaveLength(2);
    expect(prompter.printed.filter((t) => t.includes('Suggested outcome:'))).toHaveLength(2);
    // Nothing was asked between the list and the summary.
    const list = prompter.calls.findIndex((c) => /^Which answer/.test(c.message));
    expect(prompter.calls[list + 1]?.message).toBe('What next?');
  });

  it('refuses a required multi-choice answered with nothing, saying what to do', async () => {
    const prompter = scriptedPrompter([on(/^Who will use it\?/, check()), ...WHOLE_REVIEW]);
    const { stderr } = await runInteractive(cwd, ['review'], prompter);
    expect(stderr).toMatch(
      /refused \[\]: Choose at least one: move to it, press space to select it, then enter\./,
    );
  });
});

describe('vatl review at a terminal: drafts keep every answer', () => {
  it('Ctrl-C in the team step keeps the members typed; resuming offers them again', async () => {
    const stopped = await review([on(/^Which stakeholder groups/, cancel)]);
    expect(stopped.code).toBe(130);
    const draft = await readDraft();
    expect(draft.team).toBeUndefined();
    expect(draft.teamProgress).toEqual({
      structure: 'co-designed',
      members: [{ name: 'Dana Okafor', role: 'Director of Technology' }],
      membersDone: true,
      consulted: [],
    });
    const resumed = await review(
      [
        on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/)),
        on(/^Team member 1 name:/, enter),
        on(/^Dana Okafor's role:/, enter),
      ],
      ['review', '--resume'],
    );
    expect(resumed.code).toBe(0);
    expect(asked(resumed.prompter, /^Team member 1 name:/)[0]?.default).toBe('Dana Okafor');
    expect((await readReview()).team.members).toEqual([
      { name: 'Dana Okafor', role: 'Director of Technology' },
    ]);
  });

  it('Ctrl-C in the decision step keeps the outcome and conditions typed', async () => {
    const stopped = await review([
      on(/^Condition 1:/, type('Pilot in two schools')),
      on(/^Owner:/, type('Dana Okafor')),
      on(/^Due/, type('2025-06-30')),
      on(/^Condition 2:/, cancel),
    ]);
    expect(stopped.code).toBe(130);
    expect((await readDraft()).decisionProgress).toMatchObject({
      outcome: 'adopt',
      rationale: '',
      conditions: [{ text: 'Pilot in two schools', owner: 'Dana Okafor', due: '2025-06-30' }],
    });
    const resumed = await review(
      [
        on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/)),
        on(/^Condition 1:/, enter),
        on(/^Owner:/, enter),
        on(/^Due/, enter),
      ],
      ['review', '--resume'],
    );
    expect(resumed.code).toBe(0);
    expect((await readReview()).decision?.conditions).toEqual([
      { text: 'Pilot in two schools', owner: 'Dana Okafor', due: '2025-06-30' },
    ]);
  });

  it('asks who signs off, several or none, and the memo lists them', async () => {
    const { code } = await review([
      on(/^Signs off 1, name/, type('Maya Chen')),
      on(/^Maya Chen's role:/, type('Superintendent')),
      on(/^Signs off 2, name/, type('Luis Ferreira')),
      on(/^Luis Ferreira's role:/, type('Board chair')),
    ]);
    expect(code).toBe(0);
    expect((await readReview()).decision.signoff).toEqual([
      { name: 'Maya Chen', role: 'Superintendent' },
      { name: 'Luis Ferreira', role: 'Board chair' },
    ]);
    const memo = await readFile(join(cwd, 'decisions/0001-lumen-tutor.md'), 'utf8');
    expect(memo).toContain(
      '| Maya Chen | Superintendent | — |\n| Luis Ferreira | Board chair | — |',
    );
  });

  it('a review started in the same second as another gets a draft of its own', async () => {
    await mkdir(join(cwd, '.vatl', 'drafts'), { recursive: true });
    const other =
      'draft: 1\nid: draft-20250301-090000\nframework: vatl@2.0.0\nproposal: {}\nanswers: {}\nasked: {}\nupdated: 2025-03-01T09:00:00.000Z\n';
    await writeFile(join(cwd, '.vatl', 'drafts', `${DRAFT_ID}.yaml`), other);
    const { code, stderr } = await review([on(/^Who is the vendor\?/, cancel)]);
    expect(code).toBe(130);
    expect(stderr).toContain(`Your answers are saved in .vatl/drafts/${DRAFT_ID}-2.yaml.`);
    expect(await drafts()).toEqual([`${DRAFT_ID}-2.yaml`, `${DRAFT_ID}.yaml`]);
    expect(await readFile(join(cwd, '.vatl', 'drafts', `${DRAFT_ID}.yaml`), 'utf8')).toBe(other);
    expect((await readDraft(`${DRAFT_ID}-2`)).proposal).toEqual({ name: 'Lumen Tutor' });
  });

  it('.vatl/drafts being a file stops before anything is asked (exit 2), naming it', async () => {
    await mkdir(join(cwd, '.vatl'), { recursive: true });
    await writeFile(join(cwd, '.vatl', 'drafts'), 'not a folder\n');
    const { code, stderr, prompter } = await review([]);
    expect(code).toBe(2);
    expect(prompter.calls).toEqual([]);
    expect(stderr).toBe(
      'vatl: .vatl/drafts is not a folder (a file is in the way), so answers could not be saved there.\n' +
        '  Move or rename that file, then run vatl review again.\n',
    );
  });

  it('Back right after a resume goes to the question before', async () => {
    await review([on(prompt('ge-family-transparency'), cancel)]);
    const resumed = await review(
      [
        on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/)),
        on(prompt('ge-family-transparency'), [
          choose('Back to the previous question'),
          choose('3 Solid'),
        ]),
      ],
      ['review', '--resume'],
    );
    expect(resumed.code).toBe(0);
    const third = asked(resumed.prompter, prompt('ge-use-boundaries'));
    expect(third).toHaveLength(1);
    expect(third[0]?.default).toBe(3);
  });
});

describe('vatl review at a terminal: the resume hint', () => {
  it('tells the command the user ran: node bin/vatl.js in a clone, npx vatl via npx, vatl on PATH', () => {
    // A clone run from inside an npm or npx process is still a clone.
    expect(
      vatlCommand({
        cwd: '/src/vatl',
        script: '/src/vatl/bin/vatl.js',
        env: { npm_command: 'exec' },
      }),
    ).toBe('node bin/vatl.js');
    expect(
      vatlCommand({
        cwd: '/tmp/x',
        script: '/tmp/x/node_modules/.bin/vatl',
        env: { npm_command: 'exec', PATH: '/tmp/x/node_modules/.bin:/usr/bin' },
      }),
    ).toBe('npx vatl');
    expect(vatlCommand({ cwd: '/src/vatl', script: '/src/vatl/bin/vatl.js', env: {} })).toBe(
      'node bin/vatl.js',
    );
    expect(vatlCommand({ cwd: '/tmp/x', script: '/tmp/x/node_modules/.bin/vatl', env: {} })).toBe(
      'npx vatl',
    );
    expect(
      vatlCommand({
        cwd: '/tmp/x',
        script: '/home/u/.npm/_npx/1/node_modules/.bin/vatl',
        env: { npm_command: 'exec' },
      }),
    ).toBe('npx vatl');
    expect(
      vatlCommand({
        cwd: '/tmp/x',
        script: '/usr/local/bin/vatl',
        env: { PATH: '/usr/local/bin:/usr/bin' },
      }),
    ).toBe('vatl');
    expect(vatlCommand({ cwd: '/tmp', script: '/tmp/my dir/bin/vatl.js', env: {} })).toBe(
      "node 'my dir/bin/vatl.js'",
    );
  });

  it('says it when stopped and at the start, wrapped at word boundaries to the terminal width', async () => {
    const { stderr, prompter } = await review([on(/^Who is the vendor\?/, cancel)], ['review'], {
      script: join(cwd, 'bin', 'vatl.js'),
      columns: 60,
    });
    expect(stderr).toContain('Resume with: node bin/vatl.js review --resume\n');
    const hint = prompter.printed.find((t) => t.startsWith('Every answer')) ?? '';
    const lines = hint.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThan(60);
    expect(hint.replace(/\n/g, ' ')).toBe(
      'Every answer is saved as you go (in .vatl/drafts/). Press Ctrl-C to stop; resume with `node bin/vatl.js review --resume`.',
    );
  });
});
