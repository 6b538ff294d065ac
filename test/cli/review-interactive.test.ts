import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { applicableOrder, fingerprint } from '../../src/core/review/draft.js';
import type { Draft } from '../../src/core/review/draft.js';
import type { Review } from '../../src/core/review/types.js';
import { STACK_TRACE, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import {
  WHOLE_REVIEW,
  cancel,
  check,
  choose,
  on,
  runInteractive,
  scriptedPrompter,
  type,
} from '../helpers/scripted-prompter.js';
import type { InteractiveRun, Rule, ScriptedPrompter } from '../helpers/scripted-prompter.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';

const VATL = loadVatl();
// The questions that apply to Lumen, in asking order: it makes no AI decisions about people and
// monitors no one, so the human-review check and two questions drop out.
const ORDER = applicableOrder(VATL, { proposal: LUMEN_PROPOSAL });
const N = ORDER.length;
const PROMPT = new Map(VATL.questions.map((q) => [q.id, q.prompt]));
const QUESTION_BY_PROMPT = new Map(VATL.questions.map((q) => [q.prompt, q.id]));
const DRAFT_ID = 'draft-20250301-090000';
const REVIEW_FILE = 'decisions/0001-lumen-tutor.review.yaml';
const MEMO_FILE = 'decisions/0001-lumen-tutor.md';
const FAMILY_FILE = 'decisions/0001-lumen-tutor.family.md';

/** A regex matching a question's prompt exactly. */
function prompt(id: string): RegExp {
  const text = PROMPT.get(id);
  if (!text) throw new Error(`no question ${id}`);
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The ids of the review questions asked, in order (a question asked twice appears twice). */
function questionsAsked(p: ScriptedPrompter, from = 0): string[] {
  return p.calls.slice(from).flatMap((c) => {
    const id = QUESTION_BY_PROMPT.get(c.message);
    return id ? [id] : [];
  });
}

/** All the text the user saw: prints, collapsed to single spaces (help is wrapped). */
function seen(p: ScriptedPrompter): string {
  return p.printed.join('\n').replace(/\s+/g, ' ');
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
): Promise<InteractiveRun & { prompter: ScriptedPrompter }> {
  const prompter = scriptedPrompter([...overrides, ...WHOLE_REVIEW]);
  const result = await runInteractive(cwd, argv, prompter);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return { ...result, prompter };
}

async function readReview(file = REVIEW_FILE): Promise<Review> {
  return parse(await readFile(join(cwd, file), 'utf8')) as Review;
}

async function drafts(): Promise<string[]> {
  const folder = join(cwd, '.vatl', 'drafts');
  return existsSync(folder) ? (await readdir(folder)).sort() : [];
}

async function readDraft(id = DRAFT_ID): Promise<Draft> {
  return parse(await readFile(join(cwd, '.vatl', 'drafts', `${id}.yaml`), 'utf8')) as Draft;
}

describe('vatl review at a terminal: a whole review', () => {
  it('asks everything, writes the review and memo, deletes the draft and says what to commit', async () => {
    const { code, stdout, stderr, prompter, promptColor } = await review([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(promptColor).toBe(false);

    // Every question once, in the framework's asking order.
    expect(questionsAsked(prompter)).toEqual(ORDER.map((q) => q.id));
    expect(await readdir(join(cwd, 'decisions'))).toEqual([
      '0001-lumen-tutor.family.md',
      '0001-lumen-tutor.md',
      '0001-lumen-tutor.review.yaml',
    ]);
    expect(await drafts()).toEqual([]);
    expect(stdout).toContain('Suggested outcome: Adopt (overall ');
    expect(stdout).toContain('Decision: Adopt');
    expect(stdout).toContain(`Wrote ${REVIEW_FILE}\nWrote ${MEMO_FILE}\n`);
    expect(stdout).toContain(
      `Next: git add ${REVIEW_FILE} ${MEMO_FILE} ${FAMILY_FILE} && git commit -m 'Decision 0001: Lumen Tutor'`,
    );

    const written = await readReview();
    expect(written).toMatchObject({
      id: '0001-lumen-tutor',
      title: 'Lumen Tutor',
      framework: 'vatl@2.0.0',
      status: 'decided',
      date: '2025-03-01',
      proposal: {
        name: 'Lumen Tutor',
        vendor: 'Lumen Learning Co.',
        category: 'instructional-supplemental',
        users: ['students', 'teachers'],
        'student-facing': 'yes',
        'ai-features': ['conversational'],
        'ai-decisions': 'no',
        term: '2 years',
      },
      team: {
        structure: 'co-designed',
        members: [{ name: 'Dana Okafor', role: 'Director of Technology' }],
        consulted: [
          { group: 'students', how: 'Student advisory council trial' },
          { group: 'teachers' },
          { group: 'families' },
        ],
      },
      decision: { outcome: 'adopt', reviewBy: '2026-03-01' },
    });
    expect(Object.keys(written.answers)).toEqual(ORDER.map((q) => q.id));
    // Each answer records the fingerprint of the question as it was asked.
    expect(written.answers['ge-use-boundaries']).toEqual({
      value: 3,
      fingerprint: fingerprint(VATL.questions.find((q) => q.id === 'ge-use-boundaries') as never),
    });
    expect(written.answers['ge-priority-reach']?.evidence).toMatch(/^Seen by the team: /);
    expect(written.answers['ir-model-training']).toMatchObject({ value: 'no' });
  });

  it('writes a memo byte-identical to render --stdout and review --answers of the review it wrote', async () => {
    expect((await review([])).code).toBe(0);
    const memo = await readFile(join(cwd, MEMO_FILE), 'utf8');
    expect(memo).toMatch(/^---\nid: 0001-lumen-tutor\n/);
    expect(memo).toContain('\noutcome: adopt\n');

    const rendered = await runVatl(cwd, ['render', '--stdout', REVIEW_FILE]);
    expect(rendered.stderr).toBe('');
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toBe(memo);

    const fromAnswers = await runVatl(cwd, ['review', '--answers', REVIEW_FILE, '--stdout']);
    expect(fromAnswers.code).toBe(0);
    expect(fromAnswers.stdout).toBe(memo);

    const validated = await runVatl(cwd, ['validate', 'decisions']);
    expect(validated.stdout).not.toMatch(/error/);
    expect(validated.code).toBe(0);
  });

  it('shows where the user is: area · value add · n of the questions that apply', async () => {
    const { prompter } = await review([]);
    const headers = prompter.printed.filter((t) => / · \d+ of \d+$/.test(t)).map((t) => t.trim());
    expect(headers).toHaveLength(N);
    expect(headers[0]).toBe(`Governance & Ethics · Do More · 1 of ${N}`);
    expect(headers[4]).toBe(`Governance & Ethics · Do Better · 5 of ${N}`);
    expect(headers[N - 1]).toBe(`Infrastructure & Resources · Do New · ${N} of ${N}`);
    // Each header comes straight before its question.
    const at = prompter.transcript.indexOf(`\nGovernance & Ethics · Do More · 1 of ${N}`);
    expect(prompter.transcript[at + 1]).toBe(`? ${PROMPT.get('ge-priority-reach')}`);
  });

  it('offers every scale level with what it looks like for this question', async () => {
    const { prompter } = await review([]);
    const first = prompter.calls.find((c) => prompt('ge-priority-reach').test(c.message));
    const q = VATL.questions.find((x) => x.id === 'ge-priority-reach');
    // What the tool adds must be answered: its value question offers no N/A.
    expect(first?.choices.map((c) => c.name)).toEqual([
      '1 Not evident',
      '2 Emerging',
      '3 Solid',
      '4 Strong',
      'Help: what this question is about',
      // The first question goes back to the team.
      'Back to the previous question',
    ]);
    expect(first?.choices[2]?.description).toBe(q?.levels?.['3']);
    const open = prompter.calls.find((c) => prompt('ge-use-boundaries').test(c.message));
    expect(open?.choices.map((c) => c.name)).toContain('Not applicable (you will give a reason)');
    // A red-line question cannot be waved away as not applicable.
    const gate = prompter.calls.find((c) => prompt('ir-privacy-agreement').test(c.message));
    expect(gate?.choices.map((c) => c.name)).toEqual([
      'Signed',
      'Required before any data flows',
      'None',
      'Help: what this question is about',
      'Back to the previous question',
    ]);
  });

  it('prints the help on demand, then asks the same question again', async () => {
    const { code, prompter } = await review([
      on(prompt('ge-priority-reach'), [
        choose('Help: what this question is about'),
        choose('4 Strong'),
      ]),
    ]);
    expect(code).toBe(0);
    const help = VATL.questions.find((q) => q.id === 'ge-priority-reach')?.help ?? '';
    expect(seen(prompter)).toContain(help.replace(/\s+/g, ' '));
    expect(questionsAsked(prompter).slice(0, 2)).toEqual([
      'ge-priority-reach',
      'ge-priority-reach',
    ]);
    expect((await readReview()).answers['ge-priority-reach']?.value).toBe(4);
  });

  it('asks a reason when a question does not apply, and records it instead of a value', async () => {
    const { code, prompter } = await review([
      on(prompt('ge-use-boundaries'), choose('Not applicable (you will give a reason)')),
      on(/^Why does this question not apply\?/, type('Only the vendor configures it')),
    ]);
    expect(code).toBe(0);
    const i = prompter.calls.findIndex((c) => prompt('ge-use-boundaries').test(c.message));
    expect(prompter.calls[i + 1]).toMatchObject({
      kind: 'input',
      message: 'Why does this question not apply?',
    });
    // No evidence or note is asked for a question that does not apply.
    expect(prompter.calls[i + 2]?.message).toBe(PROMPT.get('ge-family-transparency'));
    expect((await readReview()).answers['ge-use-boundaries']).toEqual({
      notApplicable: 'Only the vendor configures it',
      fingerprint: fingerprint(VATL.questions.find((q) => q.id === 'ge-use-boundaries') as never),
    });
  });

  it('refuses a not-applicable reason that says nothing, and asks again', async () => {
    const prompter = scriptedPrompter([
      on(prompt('ge-use-boundaries'), choose('Not applicable (you will give a reason)')),
      on(/^Why does this question not apply\?/, type('n/a')),
      ...WHOLE_REVIEW,
    ]);
    // The scripted prompter stops the run when vatl refuses an answer it was given.
    expect((await runInteractive(cwd, ['review'], prompter)).stderr).toMatch(
      /refused n\/a: That reason \("n\/a"\) says nothing about why: say why it does not fit this proposal\./,
    );
  });

  it('asks for evidence as required where the framework says so, optional elsewhere', async () => {
    const { prompter } = await review([]);
    const evidenceAfter = (id: string) => {
      const i = prompter.calls.findIndex((c) => prompt(id).test(c.message));
      return prompter.calls[i + 1];
    };
    expect(evidenceAfter('ge-priority-reach')).toMatchObject({
      message: `Evidence (required): ${VATL.questions.find((q) => q.id === 'ge-priority-reach')?.evidencePrompt}`,
    });
    expect(evidenceAfter('ir-privacy-agreement')).toMatchObject({
      message: expect.stringMatching(/^Evidence \(required\): Link the signed agreement/),
    });
    expect(evidenceAfter('ge-family-transparency')).toMatchObject({
      message: 'Evidence (optional): what does this answer rest on?',
    });
  });

  it('refuses to go on without required evidence', async () => {
    const prompter = scriptedPrompter([
      on(/^Evidence \(required\): Link the plan goal/, type('')),
      ...WHOLE_REVIEW,
    ]);
    // The scripted prompter stops the run when vatl refuses an answer it was given.
    expect((await runInteractive(cwd, ['review'], prompter)).stderr).toMatch(
      /refused : Evidence is required for this answer: name a document, link or observation\./,
    );
  });

  it('nudges when a student-facing tool was reviewed without hearing from families', async () => {
    const { code, prompter } = await review([
      on(/^Which stakeholder groups were consulted\?/, check('Students', 'Teachers')),
    ]);
    expect(code).toBe(0);
    expect(seen(prompter)).toContain(
      'Note: this tool is student-facing, and families were not consulted. Consider hearing from them before deciding; the memo will say so.',
    );
  });

  it('stops at an intake that contradicts itself, says why, and asks those answers again', async () => {
    const { code, prompter } = await review([
      on(/^Do students use it directly\?/, [choose('No'), choose('Yes')]),
      on(/^Who will use it\?/, [check('Students', 'Teachers'), check('Students', 'Teachers')]),
    ]);
    expect(code).toBe(0);
    expect(seen(prompter)).toContain(
      '✖ Students are among the users, but the tool is marked as not student-facing.',
    );
    const facing = prompter.calls.filter((c) => /^Do students use it directly\?/.test(c.message));
    expect(facing.map((c) => c.default)).toEqual([undefined, 'no']);
    const users = prompter.calls.filter((c) => /^Who will use it\?/.test(c.message));
    expect(users[1]?.choices.filter((c) => c.checked).map((c) => c.value)).toEqual([
      'students',
      'teachers',
    ]);
    expect((await readReview()).proposal['student-facing']).toBe('yes');
  });

  it('names every missing group in the nudge, and says nothing when all were heard or students do not use it', async () => {
    const none = await review([
      on(/^Which stakeholder groups were consulted\?/, check('School board')),
    ]);
    expect(seen(none.prompter)).toContain(
      'this tool is student-facing, and students, teachers and families were not consulted.',
    );
    await removeWorkspace(cwd);
    cwd = await makeWorkspace();
    const all = await review([]);
    expect(seen(all.prompter)).not.toContain('student-facing, and');
    await removeWorkspace(cwd);
    cwd = await makeWorkspace();
    const staffOnly = await review([
      on(/^Who will use it\?/, check('Teachers')),
      on(/^Do students use it directly\?/, choose('No')),
      on(/^Which stakeholder groups were consulted\?/, check('Teachers')),
    ]);
    expect(seen(staffOnly.prompter)).not.toContain('student-facing, and');
  });
});

describe('vatl review at a terminal: the summary and the decision', () => {
  it('prints the grid, the scale and the suggested outcome before the decision', async () => {
    const { prompter } = await review([]);
    const summary = prompter.printed.find((t) => t.includes('Summary')) ?? '';
    expect(summary).toMatch(/Do More +Do Better +Do New +Area/);
    for (const row of ['Governance & Ethics', 'People & Capacity', 'Infrastructure & Resources'])
      expect(summary).toMatch(new RegExp(`${row} +[●○]+ \\d`));
    expect(summary).toMatch(/Value Add +[●○]+ \d/);
    expect(summary).toContain('Scale: 1 Not evident · 2 Emerging · 3 Solid · 4 Strong; overall ');
    expect(summary).toContain('Suggested outcome: Adopt');
    // Readable without colour: dots and numbers, no escape codes.
    // eslint-disable-next-line no-control-regex
    expect(summary).not.toMatch(/\u001b\[/);
    const decision = prompter.calls.find((c) => /What is the decision\?$/.test(c.message));
    expect(decision?.message).toBe('The review suggests Adopt. What is the decision?');
    expect(decision?.default).toBe('adopt');
    expect(decision?.choices.map((c) => c.name)).toEqual(['Adopt (suggested)', 'Adapt', 'Abandon']);
  });

  it('goes back from the summary to change an answer, shows the summary again, and writes the new answer', async () => {
    const { code, prompter } = await review([
      on(/^What next\?/, [choose('Change an answer')]),
      on(/^Which answer do you want to change\?/, choose(/^7\. /)),
      on(prompt('ge-human-oversight'), [choose('3 Solid'), choose('1 Not evident')]),
    ]);
    expect(code).toBe(0);
    const pick = prompter.calls.find((c) => /^Which answer/.test(c.message));
    const names = pick?.choices.map((c) => c.name) ?? [];
    // Back to the summary, the 13 proposal answers, the title, the team, then the questions.
    expect(names).toHaveLength(1 + 13 + 2 + N);
    expect(names[0]).toBe('Back to the summary');
    expect(names[1]).toBe('Proposal: What is the tool or product called? — Lumen Tutor');
    expect(names[14]).toBe('Title — Lumen Tutor');
    expect(names[15]).toBe('Team — Co-designed, 1 member, 3 groups consulted');
    expect(names[16 + 6]).toMatch(/^7\. How .* — 3 Solid$/);
    // Asked again with the earlier answer as the default; Back returns to the summary.
    const asked = prompter.calls.filter((c) => prompt('ge-human-oversight').test(c.message));
    expect(asked).toHaveLength(2);
    expect(asked[1]?.default).toBe(3);
    expect(asked[1]?.choices.map((c) => c.name)).toContain('Back to the summary');
    expect(asked[1]?.choices.map((c) => c.name)).not.toContain('Back to the previous question');
    expect(prompter.printed.filter((t) => t.includes('Suggested outcome:'))).toHaveLength(2);
    expect(prompter.calls.filter((c) => c.message === 'What next?')).toHaveLength(2);
    expect((await readReview()).answers['ge-human-oversight']?.value).toBe(1);
  });

  it('keeps the evidence and note given earlier as defaults when an answer is changed', async () => {
    const { code, prompter } = await review([
      on(/^What next\?/, [choose('Change an answer')]),
      on(/^Which answer do you want to change\?/, choose(/^1\. /)),
      on(prompt('ge-priority-reach'), [choose('3 Solid'), choose('4 Strong')]),
      on(/^Evidence \(required\): Link the plan goal/, [type('Strategic plan goal 2'), type('')]),
      on(/^A note for the memo/, [type('Owned by the CAO'), type('')]),
    ]);
    expect(code).toBe(0);
    const evidence = prompter.calls.filter((c) =>
      /^Evidence \(required\): Link the plan goal/.test(c.message),
    );
    expect(evidence[1]?.default).toBe('Strategic plan goal 2');
    expect((await readReview()).answers['ge-priority-reach']).toEqual({
      value: 4,
      evidence: 'Strategic plan goal 2',
      note: 'Owned by the CAO',
      fingerprint: fingerprint(VATL.questions.find((q) => q.id === 'ge-priority-reach') as never),
    });
  });

  it('requires a rationale when the decision is not the suggested outcome', async () => {
    const { code, prompter } = await review([
      on(/What is the decision\?$/, choose('Abandon')),
      on(/^Why Abandon rather than Adopt\?/, type('The budget was frozen.')),
    ]);
    expect(code).toBe(0);
    const rationale = prompter.calls.find((c) => /^Why /.test(c.message));
    expect(rationale).toMatchObject({ message: 'Why Abandon rather than Adopt?' });
    expect((await readReview()).decision).toMatchObject({
      outcome: 'abandon',
      rationale: 'The budget was frozen.',
    });
  });

  it('leaves the rationale optional when the suggestion is accepted', async () => {
    const { prompter } = await review([]);
    expect(prompter.calls.find((c) => /^Rationale/.test(c.message))).toMatchObject({
      message: 'Rationale for the memo (optional):',
      required: false,
    });
  });

  it('shows a failed red line in the summary: training on student data rules out Adopt and Adapt', async () => {
    const trains = on(/^Does the vendor use student data to train/, choose('Yes'));
    const { code, prompter } = await review([trains]);
    expect(code).toBe(0);
    const summary = prompter.printed.find((t) => t.includes('Summary')) ?? '';
    expect(summary).toContain('✖ Gate failed: Student data used to train AI models');
    expect(summary).toContain('Suggested outcome: Abandon');
    expect(summary).toMatch(
      /To reach Adapt: clear the gate “Student data used to train AI models”: question \d+ \(“Does the vendor use student data to train or…”\) answered No/,
    );
    const decision = prompter.calls.find((c) => /What is the decision\?$/.test(c.message));
    expect(decision?.message).toBe('The review suggests Abandon. What is the decision?');
    expect(decision?.choices).toEqual([
      expect.objectContaining({
        name: 'Adopt',
        disabled: 'blocked by “Student data used to train AI models”',
      }),
      expect.objectContaining({
        name: 'Adapt',
        disabled: 'blocked by “Student data used to train AI models”',
      }),
      expect.objectContaining({ name: 'Abandon (suggested)', value: 'abandon' }),
    ]);
    expect((await readReview()).decision?.outcome).toBe('abandon');
  });

  it('shows a failed gate in the summary and offers the outcome it blocks disabled', async () => {
    const trains = on(/^Is there current accessibility conformance evidence/, choose('No'));
    const { code, prompter } = await review([trains]);
    expect(code).toBe(0);
    const summary = prompter.printed.find((t) => t.includes('Summary')) ?? '';
    expect(summary).toContain('✖ Gate failed: Student-facing tool without accessibility evidence');
    expect(summary).toContain('Suggested outcome: Adapt');
    expect(summary).toMatch(
      /To reach Adopt: clear the gate “Student-facing tool without accessibility evidence”: question \d+ \(“.*”\) answered Yes/,
    );
    const decision = prompter.calls.find((c) => /What is the decision\?$/.test(c.message));
    expect(decision?.message).toBe('The review suggests Adapt. What is the decision?');
    expect(decision?.choices).toEqual([
      expect.objectContaining({
        name: 'Adopt',
        disabled: 'blocked by “Student-facing tool without accessibility evidence”',
      }),
      expect.objectContaining({ name: 'Adapt (suggested)', value: 'adapt' }),
      expect.objectContaining({ name: 'Abandon', value: 'abandon' }),
    ]);
    expect(decision?.choices[1]?.disabled).toBeUndefined();
    expect((await readReview()).decision?.outcome).toBe('adapt');

    // Choosing the blocked outcome is refused, as the terminal refuses it.
    const insist = scriptedPrompter([
      trains,
      on(/What is the decision\?$/, choose('Adopt')),
      ...WHOLE_REVIEW,
    ]);
    // The scripted prompter stops the run when vatl refuses an answer it was given.
    expect((await runInteractive(cwd, ['review'], insist)).stderr).toMatch(/"Adopt" is disabled/);
  });

  it('records conditions with owner and due date, refusing a due date in the past', async () => {
    const { code, prompter } = await review([
      on(/^Condition 1:/, type('Sign the data-privacy agreement')),
      on(/^Owner:/, type('Luis Ferreira')),
      on(/^Due \(YYYY-MM-DD\):/, type('2025-06-30')),
      on(/^Review this decision again by/, type('2025-12-31')),
    ]);
    expect(code).toBe(0);
    expect(prompter.calls.find((c) => /^Owner/.test(c.message))).toMatchObject({
      message: 'Owner:',
    });
    // A second condition is offered; leaving it empty ends the list.
    expect(prompter.calls.some((c) => c.message === 'Condition 2:')).toBe(true);
    expect((await readReview()).decision).toMatchObject({
      conditions: [
        { text: 'Sign the data-privacy agreement', owner: 'Luis Ferreira', due: '2025-06-30' },
      ],
      reviewBy: '2025-12-31',
    });
    const past = scriptedPrompter([
      on(/^Condition 1:/, type('X')),
      on(/^Owner:/, type('Y')),
      on(/^Due/, type('2024-01-01')),
      ...WHOLE_REVIEW,
    ]);
    await removeWorkspace(cwd);
    cwd = await makeWorkspace();
    // The scripted prompter stops the run when vatl refuses an answer it was given.
    expect((await runInteractive(cwd, ['review'], past)).stderr).toMatch(
      /refused 2024-01-01: Enter a date from 2025-03-01 on, as YYYY-MM-DD\./,
    );
  });

  it('goes back to the previous question with its answer offered again', async () => {
    const { code, prompter } = await review([
      on(prompt('ge-policy-fit'), [choose('Back to the previous question'), choose('2 Emerging')]),
      on(prompt('ge-priority-reach'), [choose('4 Strong'), choose('4 Strong')]),
    ]);
    expect(code).toBe(0);
    expect(questionsAsked(prompter).slice(0, 4)).toEqual([
      'ge-priority-reach',
      'ge-policy-fit',
      'ge-priority-reach',
      'ge-policy-fit',
    ]);
    expect(
      prompter.calls
        .find((c) => prompt('ge-priority-reach').test(c.message))
        ?.choices.map((c) => c.name),
    ).toContain('Back to the previous question'); // to the team
    // The answer given before going back is what the user sees selected.
    const again = prompter.calls.filter((c) => prompt('ge-priority-reach').test(c.message))[1];
    expect(again?.default).toBe(4);
  });
});

describe('vatl review at a terminal: stopping and resuming', () => {
  const stopAtDataMinimisation = on(prompt('ge-family-transparency'), cancel);

  it('going back a question and then stopping keeps the answer given before going back', async () => {
    const { code } = await review([
      on(prompt('ge-priority-reach'), [choose('4 Strong'), cancel]),
      on(/^Evidence \(required\): Link the plan goal/, type('Strategic plan goal 2')),
      on(prompt('ge-policy-fit'), choose('Back to the previous question')),
    ]);
    expect(code).toBe(130);
    expect((await readDraft()).answers['ge-priority-reach']).toEqual({
      value: 4,
      evidence: 'Strategic plan goal 2',
    });
  });

  it('Ctrl-C mid-questions saves the answers so far, says how to resume, and exits 130', async () => {
    const { code, stdout, stderr, prompter } = await review([
      on(/^Evidence \(required\): Link the plan goal/, type('Strategic plan goal 2')),
      stopAtDataMinimisation,
    ]);
    expect(code).toBe(130);
    expect(stderr).toBe(
      `\nStopped. Your answers are saved in .vatl/drafts/${DRAFT_ID}.yaml.\nResume with: vatl review --resume\n`,
    );
    expect(stdout).toBe('');
    expect(existsSync(join(cwd, 'decisions'))).toBe(false);
    expect(seen(prompter)).toContain(
      'Every answer is saved as you go (in .vatl/drafts/). Press Ctrl-C to stop; resume with `vatl review --resume`.',
    );

    expect(await drafts()).toEqual([`${DRAFT_ID}.yaml`]);
    const draft = await readDraft();
    expect(draft).toMatchObject({
      draft: 1,
      id: DRAFT_ID,
      framework: 'vatl@2.0.0',
      title: 'Lumen Tutor',
      proposal: { name: 'Lumen Tutor', vendor: 'Lumen Learning Co.', 'student-facing': 'yes' },
      team: { structure: 'co-designed' },
    });
    expect(draft.reachedSummary).toBeUndefined();
    expect(draft.answers).toEqual({
      'ge-priority-reach': { value: 3, evidence: 'Strategic plan goal 2' },
      'ge-policy-fit': { value: 3, evidence: expect.stringMatching(/^Seen by the team: /) },
      'ge-use-boundaries': { value: 3 },
    });
    expect(Object.keys(draft.asked).sort()).toEqual([
      'ge-policy-fit',
      'ge-priority-reach',
      'ge-use-boundaries',
    ]);
  });

  it('saves a draft after every answer, so one stopped at the title keeps the intake', async () => {
    const { code, stderr } = await review([on(/^A title for this decision:/, cancel)]);
    expect(code).toBe(130);
    expect(stderr).toContain('Resume with: vatl review --resume');
    const draft = await readDraft();
    expect(draft.proposal).toMatchObject({ name: 'Lumen Tutor', term: '2 years' });
    expect(draft.title).toBeUndefined();
    expect(draft.answers).toEqual({});
  });

  it('Ctrl-C before any answer saves nothing and says so', async () => {
    const { code, stderr } = await review([on(/^What is the tool or product called\?/, cancel)]);
    expect(code).toBe(130);
    expect(stderr).toBe('\nStopped before any answer was given; nothing was saved.\n');
    expect(await drafts()).toEqual([]);
  });

  it('--resume lists the draft, continues at the next unanswered question and finishes', async () => {
    await review([
      on(/^Evidence \(required\): Link the plan goal/, type('Strategic plan goal 2')),
      stopAtDataMinimisation,
    ]);

    // The time is shown in the machine's own time zone.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    const resumed = await review(
      [on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/))],
      ['review', '--resume'],
    ).finally(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const pick = resumed.prompter.calls[0];
    expect(pick?.message).toBe('Which draft do you want to continue?');
    expect(pick?.choices.map((c) => c.name)).toEqual([
      // 13 proposal answers, the title, the team and 3 questions, of 13 + 2 + N.
      `Lumen Tutor — vatl@2.0.0, answered 18 of ${15 + N}, last change 1 Mar 04:00`,
    ]);
    // Nothing already answered is asked again: not the intake, not the team, not the first three.
    expect(resumed.prompter.calls[1]?.message).toBe(PROMPT.get('ge-family-transparency'));
    expect(questionsAsked(resumed.prompter)).toEqual(ORDER.slice(3).map((q) => q.id));
    expect(resumed.prompter.printed).toContain(`\nGovernance & Ethics · Do More · 4 of ${N}`);

    const written = await readReview();
    expect(written.answers['ge-priority-reach']).toEqual({
      value: 3,
      evidence: 'Strategic plan goal 2',
      fingerprint: fingerprint(VATL.questions.find((q) => q.id === 'ge-priority-reach') as never),
    });
    expect(Object.keys(written.answers)).toHaveLength(N);
    expect(written.team.members).toEqual([{ name: 'Dana Okafor', role: 'Director of Technology' }]);
    expect(await drafts()).toEqual([]);
  });

  it('--resume with no drafts exits 2 and says how to start one', async () => {
    const { code, stdout, stderr, prompter } = await review([], ['review', '--resume']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: there are no saved drafts to resume.\n  Start one with: vatl review\n',
    );
    expect(prompter.calls).toEqual([]);
  });

  it('--resume reports an unreadable draft and offers the readable ones', async () => {
    await review([stopAtDataMinimisation]);
    await writeFile(join(cwd, '.vatl', 'drafts', 'broken.yaml'), 'draft: [unclosed\n');
    const { code, stderr, prompter } = await review(
      [on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/))],
      ['review', '--resume'],
    );
    expect(code).toBe(0);
    expect(stderr).toBe('vatl: the draft broken.yaml could not be read and was skipped.\n');
    expect(prompter.calls[0]?.choices).toHaveLength(1);
  });

  it('resumes a draft answered against an older framework version, asking the changed questions again', async () => {
    const fp = (id: string) => fingerprint(VATL.questions.find((q) => q.id === id) as never);
    const draft: Draft = {
      draft: 1,
      id: 'draft-20250214-160000',
      framework: 'vatl@0.9.0',
      title: 'Lumen Tutor',
      proposal: { ...LUMEN_PROPOSAL },
      team: { ...LUMEN_TEAM },
      answers: {
        'ge-priority-reach': { value: 4, evidence: 'Strategic plan goal 2' },
        'ge-policy-fit': { value: 2, evidence: 'Old policy review' },
        'ge-use-boundaries': { value: 2 },
      },
      asked: {
        'ge-priority-reach': fp('ge-priority-reach'),
        // The question's wording changed between 0.9.0 and 2.0.0.
        'ge-policy-fit': '0badc0de',
        'ge-use-boundaries': fp('ge-use-boundaries'),
      },
      updated: '2025-02-14T16:00:00.000Z',
    };
    await mkdir(join(cwd, '.vatl', 'drafts'), { recursive: true });
    await writeFile(join(cwd, '.vatl', 'drafts', `${draft.id}.yaml`), stringify(draft));

    const { code, stderr, prompter } = await review(
      [
        on(
          /^Which draft do you want to continue\?/,
          choose(/^Lumen Tutor — vatl@0\.9\.0, answered 18 of \d+, last change 14 Feb 16:00$/),
        ),
        on(
          /^Evidence \(required\): Attach or link the policy and legal review/,
          type('2025 policy review'),
        ),
      ],
      ['review', '--resume'],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(seen(prompter)).toContain(
      'This draft was answered against vatl@0.9.0; vatl@2.0.0 is installed now. These questions changed and will be asked again: question 2 (“How well does the proposed use fit board policy…”).',
    );
    const asked = questionsAsked(prompter);
    expect(asked[0]).toBe('ge-policy-fit');
    expect(asked[1]).toBe('ge-family-transparency');
    expect(asked).not.toContain('ge-priority-reach');
    expect(asked).not.toContain('ge-use-boundaries');

    const written = await readReview();
    expect(written.framework).toBe('vatl@2.0.0');
    expect(written.answers['ge-priority-reach']).toEqual({
      value: 4,
      evidence: 'Strategic plan goal 2',
      fingerprint: fp('ge-priority-reach'),
    });
    expect(written.answers['ge-policy-fit']).toEqual({
      value: 3,
      evidence: '2025 policy review',
      fingerprint: fp('ge-policy-fit'),
    });
    expect(written.answers['ge-use-boundaries']).toEqual({
      value: 2,
      fingerprint: fp('ge-use-boundaries'),
    });
    expect(await drafts()).toEqual([]);
  });

  it('says so when an older draft has no changed questions, and goes on', async () => {
    await review([stopAtDataMinimisation]);
    const draft = await readDraft();
    await writeFile(
      join(cwd, '.vatl', 'drafts', `${DRAFT_ID}.yaml`),
      stringify({ ...draft, framework: 'vatl@0.9.0' }),
    );
    const { code, prompter } = await review(
      [on(/^Which draft do you want to continue\?/, choose(/^Lumen Tutor/))],
      ['review', '--resume'],
    );
    expect(code).toBe(0);
    expect(seen(prompter)).toContain(
      'This draft was answered against vatl@0.9.0; vatl@2.0.0 is installed now. No answered question changed.',
    );
    expect(questionsAsked(prompter)[0]).toBe('ge-family-transparency');
  });

  it('Ctrl-C while choosing a draft stops (vatl: cancelled., exit 130) and keeps the draft as it was', async () => {
    await review([stopAtDataMinimisation]);
    const before = await readFile(join(cwd, '.vatl', 'drafts', `${DRAFT_ID}.yaml`), 'utf8');
    const prompter = scriptedPrompter([on(/^Which draft/, cancel)]);
    const stopped = await runInteractive(cwd, ['review', '--resume'], prompter);
    expect(stopped).toMatchObject({ code: 130, stderr: 'vatl: cancelled.\n' });
    expect(await readFile(join(cwd, '.vatl', 'drafts', `${DRAFT_ID}.yaml`), 'utf8')).toBe(before);
  });
});

describe('vatl review with no terminal', () => {
  it('does not prompt without --answers, and says how to run it non-interactively (exit 2)', async () => {
    const prompter = scriptedPrompter([]);
    const { code, stdout, stderr } = await runInteractive(cwd, ['review'], prompter, {
      interactive: false,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: vatl review asks questions, and there is no terminal to ask them on.\n' +
        '  Run it in a terminal, or give every answer in a file: vatl review --answers review.yaml (see examples/).\n',
    );
    expect(prompter.calls).toEqual([]);
    expect(await drafts()).toEqual([]);
  });
});
