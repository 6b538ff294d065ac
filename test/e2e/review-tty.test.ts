import * as fs from 'node:fs/promises';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Question } from '../../src/core/framework/types.js';
import { answerQuestion, applicableOrder, newDraft } from '../../src/core/review/draft.js';
import type { Draft } from '../../src/core/review/draft.js';
import type { Review } from '../../src/core/review/types.js';
import { saveDraft } from '../../src/io/drafts.js';
import { makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import { ensureBuilt, spawnVatl } from '../helpers/spawn.js';
import { Terminal, requireTmux } from '../helpers/tmux.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';

const VATL = loadVatl();
// The questions that apply to Lumen (no AI decisions about people, no monitoring).
const ORDER = applicableOrder(VATL, { proposal: LUMEN_PROPOSAL });
const N = ORDER.length;
/** The red-line checks whose safe answer is No (Yes, listed first, would cross the line). */
const SAFE_NO = ['ir-model-training', 'ir-clickthrough-terms'];
const REVIEW_FILE = 'decisions/0001-lumen-tutor.review.yaml';
const MEMO_FILE = 'decisions/0001-lumen-tutor.md';
/** A whole review takes about 7 s alone; leave room for a loaded 2-core CI machine. */
const LONG = 120_000;

/** Colour set by capture-pane -e: a foreground colour (30-37, 90-97) or an extended one (38;…). */
// eslint-disable-next-line no-control-regex
const COLOUR = /\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[0-9;]+)m/;

/** A prompt's opening words, matched at the start of the active prompt whatever the wrapping. */
function opening(text: string, words = 6): RegExp {
  const escaped = text
    .split(/\s+/)
    .slice(0, words)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\? ${escaped.join('\\s+')}`);
}

/** The keys that pick this test's answer to a question: a scale level, or yes / no. */
function keysFor(q: Question, position: number): string[] {
  // Clear every red line with Enter: the cursor starts on an answer that crosses none (No
  // where Yes would, else the first choice).
  if (q.kind === 'yes-no') return ['Enter'];
  if (q.kind === 'choice') return ['Enter'];
  // Level 3 (Solid), and 4 (Strong) for every third question.
  return position % 3 === 0 ? ['Down', 'Down', 'Down', 'Enter'] : ['Down', 'Down', 'Enter'];
}

const SCALE_VALUE = (position: number) => (position % 3 === 0 ? 4 : 3);

/** Answers the questions at positions [from, to) (0-based) by keystrokes. */
async function answerQuestions(t: Terminal, from: number, to = ORDER.length): Promise<void> {
  for (let i = from; i < to; i++) {
    const q = ORDER[i] as Question;
    await t.prompt(opening(q.prompt));
    t.press(...keysFor(q, i));
    await t.prompt(/^\? Evidence/);
    if (q.evidence === 'required') t.enter(`Evidence for ${q.id}`);
    else t.press('Enter');
    await t.prompt(/^\? A note for the memo \(optional\):/);
    t.press('Enter');
  }
}

/** From a fresh `vatl review`: the framework, the intake, the title and the team. */
async function answerIntakeAndTeam(t: Terminal): Promise<void> {
  await t.prompt(/^\? Which framework should this review use\?/);
  t.press('Enter');
  await t.prompt(/^\? What is the tool or product called\?/);
  t.enter('Lumen Tutor');
  await t.prompt(/^\? Who is the vendor\?/);
  t.enter('Lumen Learning Co.');
  await t.prompt(/^\? What kind of tool is it\?/);
  t.press('Down', 'Enter');
  await t.prompt(/^\? Who will use it\?/);
  t.press('Space', 'Down', 'Space', 'Enter');
  await t.prompt(/^\? Do students use it directly\?/);
  t.press('Enter');
  await t.prompt(/^\? Will it collect, store or process students' personal data\?/);
  t.press('Enter');
  await t.prompt(/^\? Does it monitor students or staff\?/);
  t.press('Down', 'Enter');
  await t.prompt(/^\? Does it use AI\?/);
  t.press('Enter');
  await t.prompt(/^\? Which kinds of AI features does it have\?/);
  t.press('Down', 'Space', 'Enter');
  await t.prompt(/^\? Does the AI make or recommend decisions about individual students/);
  t.press('Down', 'Enter');
  await t.prompt(/^\? Does the AI make or recommend decisions about individual staff/);
  t.press('Down', 'Enter');
  await t.prompt(/^\? What will it cost\?/);
  t.enter('$12,000 a year for 2,000 students');
  await t.prompt(/^\? How long is the contract term\?/);
  t.enter('2 years');
  await t.prompt(/^\? A title for this decision: \(Lumen Tutor\)/);
  t.press('Enter');
  await t.prompt(/^\? How does the team share the decision\?/);
  t.press('Down', 'Enter');
  await t.prompt(/^\? Team member 1 name:/);
  t.enter('Dana Okafor');
  await t.prompt(/^\? Dana Okafor's role:/);
  t.enter('Director of Technology');
  await t.prompt(/^\? Team member 2 name:/);
  t.press('Enter');
  await t.prompt(/^\? Which stakeholder groups were consulted\?/);
  t.press('Space', 'Down', 'Space', 'Down', 'Space', 'Enter');
  for (const group of ['students', 'teachers', 'families']) {
    await t.prompt(new RegExp(`^\\? How were ${group} consulted\\? \\(optional\\)`));
    if (group === 'students') t.enter('Student advisory council trial');
    else t.press('Enter');
  }
}

/** From the summary: continue, accept the suggested outcome, no conditions, the default date. */
async function decide(t: Terminal): Promise<void> {
  await t.prompt(/^\? What next\?/);
  t.press('Enter');
  await t.prompt(/^\? The review suggests Adopt\. What is the decision\?/);
  t.press('Enter');
  await t.prompt(/^\? Rationale for the memo \(optional\):/);
  t.enter('Strong on every area.');
  await t.prompt(/^\? Condition 1:/);
  t.press('Enter');
  await t.prompt(/^\? Review this decision again by \(YYYY-MM-DD\):/);
  t.press('Enter');
  await t.prompt(/^\? Signs off 1, name \(optional\):/);
  t.press('Enter');
}

/** A draft with everything answered, as vatl saves it, for tests that start at the summary. */
async function saveCompleteDraft(cwd: string): Promise<Draft> {
  let draft: Draft = {
    ...newDraft('draft-20250301-090000', VATL, '2025-03-01T09:00:00.000Z'),
    title: 'Lumen Tutor',
    proposal: { ...LUMEN_PROPOSAL },
    team: { ...LUMEN_TEAM },
  };
  ORDER.forEach((q, i) => {
    const value =
      q.kind === 'yes-no'
        ? SAFE_NO.includes(q.id)
          ? 'no'
          : 'yes'
        : q.kind === 'choice'
          ? 'signed'
          : SCALE_VALUE(i);
    draft = answerQuestion(
      draft,
      q,
      { value, ...(q.evidence === 'required' ? { evidence: `Evidence for ${q.id}` } : {}) },
      '2025-03-01T09:00:00.000Z',
    );
  });
  await saveDraft(fs, cwd, draft);
  return draft;
}

/** `vatl review --resume` at a terminal, past the draft list to the summary. */
async function resumeToSummary(cwd: string, env?: Record<string, string>): Promise<Terminal> {
  const t = Terminal.start({ cwd, args: ['review', '--resume'], ...(env ? { env } : {}) });
  terminals.push(t);
  await t.prompt(
    new RegExp(
      `^\\? Which draft do you want to continue\\? .*Lumen Tutor — vatl@2\\.0\\.0, answered ${15 + N} of ${15 + N}`,
    ),
  );
  t.press('Enter');
  await t.prompt(/^\? What next\?/);
  return t;
}

function frontMatter(memo: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(memo);
  if (!match) throw new Error(`no front matter in:\n${memo}`);
  return parse(match[1] ?? '') as Record<string, unknown>;
}

let cwd: string;
const terminals: Terminal[] = [];

function start(args: readonly string[], env?: Record<string, string>): Terminal {
  const t = Terminal.start({ cwd, args, ...(env ? { env } : {}) });
  terminals.push(t);
  return t;
}

beforeAll(() => {
  requireTmux();
  ensureBuilt();
});

beforeEach(async () => {
  cwd = await makeWorkspace();
});

afterEach(async () => {
  for (const t of terminals.splice(0)) t.close();
  await removeWorkspace(cwd);
});

afterAll(() => {
  for (const t of terminals.splice(0)) t.close();
});

describe.sequential('vatl review in a real terminal (tmux)', () => {
  it(
    'a whole review answered by keystrokes writes a review and memo that validate',
    async () => {
      const t = start(['review']);
      await answerIntakeAndTeam(t);
      await t.text(new RegExp(`Governance & Ethics · Do More · 1 of ${N}`));
      await answerQuestions(t, 0);
      await t.text(/Summary[\s\S]*Suggested outcome: Adopt/);
      await decide(t);
      expect(await t.exit()).toBe(0);
      const screen = await t.text(/Next: git add/);
      expect(screen).toContain(`Wrote ${REVIEW_FILE}`);
      expect(screen).toContain(`Wrote ${MEMO_FILE}`);
      expect(screen).toContain('Wrote decisions/0001-lumen-tutor.family.md');

      expect((await readdir(join(cwd, 'decisions'))).sort()).toEqual([
        '0001-lumen-tutor.family.md',
        '0001-lumen-tutor.md',
        '0001-lumen-tutor.review.yaml',
      ]);
      expect(await readdir(join(cwd, '.vatl', 'drafts'))).toEqual([]);
      const review = parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review;
      expect(review.proposal).toMatchObject({
        name: 'Lumen Tutor',
        category: 'instructional-supplemental',
        users: ['students', 'teachers'],
        'ai-features': ['conversational'],
        'ai-decisions': 'no',
      });
      expect(review.team.consulted).toEqual([
        { group: 'students', how: 'Student advisory council trial' },
        { group: 'teachers' },
        { group: 'families' },
      ]);
      expect(review.answers['ge-priority-reach']).toMatchObject({
        value: 4,
        evidence: 'Evidence for ge-priority-reach',
      });
      expect(review.answers['ge-policy-fit']?.value).toBe(3);
      expect(review.answers['ge-policy-fit']?.fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(review.answers['ir-model-training']?.value).toBe('no');
      expect(review.decision).toMatchObject({
        outcome: 'adopt',
        rationale: 'Strong on every area.',
      });

      const validated = spawnVatl(['validate', 'decisions'], cwd);
      expect(validated.stderr).toBe('');
      expect(validated.code).toBe(0);
    },
    LONG,
  );

  it(
    'Ctrl-C in the middle exits 130 and says how to resume; --resume goes on to the end',
    async () => {
      const first = start(['review']);
      await answerIntakeAndTeam(first);
      await answerQuestions(first, 0, 6);
      await first.prompt(opening(ORDER[6]?.prompt ?? ''));
      first.press('C-c');
      expect(await first.exit()).toBe(130);
      // The command that was run: node and the path of bin/vatl.js.
      const stopped = await first.text(/Resume with: node \S*bin\/vatl\.js review --resume/);
      expect(stopped).toMatch(
        /Stopped\. Your answers are saved in \.vatl\/drafts\/draft-\d{8}-\d{6}\.yaml\./,
      );

      const second = start(['review', '--resume']);
      await second.prompt(
        new RegExp(
          `^\\? Which draft do you want to continue\\? .*Lumen Tutor — vatl@2\\.0\\.0, answered 21 of ${15 + N}, last change`,
        ),
      );
      second.press('Enter');
      // It goes on at question 7, not back at the start.
      await second.prompt(opening(ORDER[6]?.prompt ?? ''));
      const screen = second.screen();
      expect(screen).toContain(`Governance & Ethics · Do Better · 7 of ${N}`);
      expect(screen).not.toContain(`· 1 of ${N}`);
      await answerQuestions(second, 6);
      await decide(second);
      expect(await second.exit()).toBe(0);

      const memo = await readFile(join(cwd, MEMO_FILE), 'utf8');
      expect(frontMatter(memo)).toMatchObject({
        id: '0001-lumen-tutor',
        title: 'Lumen Tutor',
        status: 'decided',
        framework: 'vatl@2.0.0',
        outcome: 'adopt',
        suggested: 'adopt',
      });
      const review = parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review;
      // Answers given before the interruption survived it.
      expect(review.answers['ge-priority-reach']).toMatchObject({
        value: 4,
        evidence: 'Evidence for ge-priority-reach',
      });
      expect(review.answers['ge-policy-fit']).toMatchObject({
        value: 3,
        evidence: 'Evidence for ge-policy-fit',
      });
      expect(Object.keys(review.answers)).toEqual(ORDER.map((q) => q.id));
      expect(await readdir(join(cwd, '.vatl', 'drafts'))).toEqual([]);
    },
    LONG,
  );

  it(
    'from the summary, changes an answer and writes the changed value',
    async () => {
      await saveCompleteDraft(cwd);
      const t = await resumeToSummary(cwd);
      const summary = t.screen();
      expect(summary).toContain('Suggested outcome: Adopt');
      t.press('Down', 'Enter');
      await t.prompt(/^\? Which answer do you want to change\?/);
      // The third question, ge-use-boundaries, answered 3 Solid: after Back to the summary,
      // the 13 proposal answers, the title and the team.
      t.press(...Array<string>(18).fill('Down'));
      await t.prompt(
        /^\? Which answer do you want to change\? .*❯ 3\. How clearly does the proposal/,
      );
      t.press('Enter');
      await t.prompt(/^\? How clearly does the proposal define who may use the tool/);
      // The earlier answer is selected; one Down picks 4 Strong.
      expect(t.activePrompt()).toMatch(/❯ 3 Solid/);
      t.press('Down', 'Enter');
      await t.prompt(/^\? Evidence \(optional\)/);
      t.press('Enter');
      await t.prompt(/^\? A note for the memo \(optional\):/);
      t.enter('Raised after the admin settings demo');
      await decide(t);
      expect(await t.exit()).toBe(0);
      const review = parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review;
      expect(review.answers['ge-use-boundaries']).toMatchObject({
        value: 4,
        note: 'Raised after the admin settings demo',
      });
      expect(review.answers['ge-policy-fit']?.value).toBe(3);
    },
    LONG,
  );

  it(
    'with NO_COLOR the screens carry no colour codes; without it they do',
    async () => {
      // The summary: the grid is coloured by score.
      await saveCompleteDraft(cwd);
      const coloured = await resumeToSummary(cwd);
      const colouredScreen = coloured.screen({ escapes: true });
      expect(colouredScreen).toMatch(COLOUR);
      coloured.close();

      const plain = await resumeToSummary(cwd, { NO_COLOR: '1' });
      const plainScreen = plain.screen({ escapes: true });
      expect(plainScreen).toContain('Suggested outcome: Adopt');
      expect(plainScreen).toMatch(/Governance & Ethics +[●○]+ \d/);
      expect(plainScreen).not.toMatch(COLOUR);
      plain.close();

      // The intake: a select, an input with a default, and a checkbox with a choice checked.
      const intake = start(['review'], { NO_COLOR: '1' });
      await intake.prompt(/^\? Which framework should this review use\?/);
      intake.press('Enter');
      await intake.prompt(/^\? What is the tool or product called\?/);
      intake.enter('Lumen Tutor');
      await intake.prompt(/^\? Who is the vendor\?/);
      intake.enter('Lumen');
      await intake.prompt(/^\? What kind of tool is it\?/);
      intake.press('Enter');
      await intake.prompt(/^\? Who will use it\?/);
      intake.press('Space');
      await intake.prompt(/◉ Students/);
      expect(intake.screen({ escapes: true })).not.toMatch(COLOUR);
      intake.press('C-c');
      expect(await intake.exit()).toBe(130);
      expect(intake.screen({ escapes: true, history: true })).not.toMatch(COLOUR);
    },
    LONG,
  );

  it(
    'with --no-color at a colour terminal, a checked checkbox item carries no colour code',
    async () => {
      const t = start(['--no-color', 'review', '--framework', 'vatl']);
      await t.prompt(/^\? What is the tool or product called\?/);
      t.enter('Lumen Tutor');
      await t.prompt(/^\? Who is the vendor\?/);
      t.enter('Lumen');
      await t.prompt(/^\? What kind of tool is it\?/);
      t.press('Enter');
      await t.prompt(/^\? Who will use it\?/);
      t.press('Space');
      await t.prompt(/◉ Students/);
      const screen = t.screen({ escapes: true });
      t.press('C-c');
      expect(await t.exit()).toBe(130);
      expect(screen).not.toMatch(COLOUR);
    },
    LONG,
  );

  it(
    'Esc in the proposal goes back with the answer offered again; the start hint wraps at word boundaries',
    async () => {
      const t = start(['review', '--framework', 'vatl']);
      await t.prompt(/^\? What is the tool or product called\?/);
      // At 120 columns the hint breaks between words, never inside one.
      const hint = t
        .screen()
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(1, 4);
      expect(hint.join(' ')).toMatch(/resume with `node \S*bin\/vatl\.js review --resume`\./);
      for (const line of hint) expect(line.length).toBeLessThan(120);
      t.enter('Lumen Tutr');
      await t.prompt(/^\? Who is the vendor\?/);
      expect(t.screen()).toContain('Proposal 2 of 13  (Esc: back)');
      t.press('Escape');
      await t.prompt(/^\? What is the tool or product called\? \(Lumen Tutr\)/);
      t.enter('Lumen Tutor');
      await t.prompt(/^\? Who is the vendor\?/);
      t.press('C-c');
      expect(await t.exit()).toBe(130);
      const [file] = await readdir(join(cwd, '.vatl', 'drafts'));
      const draft = parse(
        await readFile(join(cwd, '.vatl', 'drafts', file ?? ''), 'utf8'),
      ) as Draft;
      expect(draft.proposal).toEqual({ name: 'Lumen Tutor' });
    },
    LONG,
  );

  it(
    'Help is shown without being left in the scrollback as an answer',
    async () => {
      await saveDraft(fs, cwd, {
        ...newDraft('draft-20250301-090000', VATL, '2025-03-01T09:00:00.000Z'),
        title: 'Lumen Tutor',
        proposal: { ...LUMEN_PROPOSAL },
        team: { ...LUMEN_TEAM },
      });
      const t = start(['review', '--resume']);
      await t.prompt(/^\? Which draft do you want to continue\?/);
      t.press('Enter');
      const first = ORDER[0] as Question;
      await t.prompt(opening(first.prompt));
      // 1 to 4, then Help.
      t.press('Down', 'Down', 'Down', 'Down');
      await t.prompt(/❯ Help: what this question is about/);
      t.press('Enter');
      await t.text(new RegExp(first.help.split(/\s+/).slice(0, 6).join('\\s+')));
      await t.prompt(opening(first.prompt));
      const history = t.screen({ history: true });
      expect(history).not.toMatch(/✔ .*Help: what this question is about/);
      t.press('C-c');
      expect(await t.exit()).toBe(130);
    },
    LONG,
  );

  it(
    'from the summary, changes a proposal answer and writes it',
    async () => {
      await saveCompleteDraft(cwd);
      const t = await resumeToSummary(cwd);
      t.press('Down', 'Enter');
      await t.prompt(/^\? Which answer do you want to change\?/);
      t.press('Down', 'Down');
      await t.prompt(/❯ Proposal: Who is the vendor\? — Lumen Learning Co\./);
      t.press('Enter');
      await t.prompt(/^\? Who is the vendor\? \(Lumen Learning Co\.\)/);
      t.enter('Lumen Learning Inc.');
      await decide(t);
      expect(await t.exit()).toBe(0);
      const review = parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review;
      expect(review.proposal.vendor).toBe('Lumen Learning Inc.');
    },
    LONG,
  );

  it(
    'Ctrl-C in the team step keeps the member typed; --resume offers it again',
    async () => {
      await saveDraft(fs, cwd, {
        ...newDraft('draft-20250301-090000', VATL, '2025-03-01T09:00:00.000Z'),
        title: 'Lumen Tutor',
        proposal: { ...LUMEN_PROPOSAL },
      });
      const first = start(['review', '--resume']);
      await first.prompt(/^\? Which draft do you want to continue\?/);
      first.press('Enter');
      await first.prompt(/^\? How does the team share the decision\?/);
      first.press('Down', 'Enter');
      await first.prompt(/^\? Team member 1 name:/);
      first.enter('Dana Okafor');
      await first.prompt(/^\? Dana Okafor's role:/);
      first.enter('Director of Technology');
      await first.prompt(/^\? Team member 2 name:/);
      first.press('C-c');
      expect(await first.exit()).toBe(130);

      const second = start(['review', '--resume']);
      await second.prompt(/^\? Which draft do you want to continue\?/);
      second.press('Enter');
      await second.prompt(/^\? How does the team share the decision\? .*❯ Co-designed/);
      second.press('Enter');
      await second.prompt(/^\? Team member 1 name: \(Dana Okafor\)/);
      second.press('Enter');
      await second.prompt(/^\? Dana Okafor's role: \(Director of Technology\)/);
      second.press('C-c');
      expect(await second.exit()).toBe(130);
    },
    LONG,
  );

  it('with no terminal, vatl review says to use --answers and exits 2 instead of waiting', () => {
    const { code, stdout, stderr } = spawnVatl(['review'], cwd);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: vatl review asks questions, and there is no terminal to ask them on.\n' +
        '  Run it in a terminal, or give every answer in a file: vatl review --answers review.yaml (see examples/).\n',
    );
    expect(code).toBe(2);
  });
});
