import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';

const LMS = 'decisions/0001-lms-replacement.review.yaml';
const LMS_MEMO = 'decisions/0001-lms-replacement.md';
const TUTOR = 'decisions/0002-ai-tutoring-chatbot.review.yaml';
const TUTOR_MEMO = 'decisions/0002-ai-tutoring-chatbot.md';
/** The lms-replacement example as a team wrote it: comments, quoting, blank lines. */
const LMS_TEXT = readExample('lms-replacement', 'review.yaml');
const TUTOR_TEXT = readExample('ai-tutoring-chatbot', 'review.yaml');

/** A workspace with the given reviews, each with the memo `vatl render` writes for it. */
async function withDecisions(files: Record<string, string>): Promise<MemoryWorkspace> {
  const ws = memoryWorkspace(files);
  const reviews = Object.keys(files).filter((f) => f.endsWith('.review.yaml'));
  const render = await ws.run(['render', ...reviews]);
  expect(render.stderr).toBe('');
  return ws;
}

/** What `vatl render --stdout` gives for a review file as it now is. */
async function rendered(ws: MemoryWorkspace, review: string): Promise<string> {
  const { stdout, code } = await ws.run(['render', '--stdout', review]);
  expect(code).toBe(0);
  return stdout;
}

/** Every file in the decisions folder, with its text. */
function snapshot(ws: MemoryWorkspace): Record<string, string> {
  return Object.fromEntries(ws.list('decisions').map((n) => [n, ws.read(`decisions/${n}`)]));
}

describe('vatl status: legal changes', () => {
  it('decides a proposal: status set where it stands, history appended, comments kept, memo re-rendered', async () => {
    const proposed = LMS_TEXT.replace('\nstatus: decided\n', '\nstatus: proposed\n');
    const ws = await withDecisions({ [LMS]: proposed });
    const { code, stdout, stderr } = await ws.run([
      'status',
      '1',
      'decided',
      '--date',
      '2026-03-20',
      '--note',
      'Signed off by the board',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '0001-lms-replacement: proposed → decided (2026-03-20)',
        `Wrote ${LMS}`,
        `Wrote ${LMS_MEMO}`,
        '',
        `Next: git add ${LMS} ${LMS_MEMO} && git commit -m 'Decision 0001: decided'`,
        '',
      ].join('\n'),
    );
    // Byte for byte: the one status line changed, and the history added at the end.
    expect(ws.read(LMS)).toBe(
      LMS_TEXT +
        "\nstatusHistory:\n  - status: decided\n    date: '2026-03-20'\n    note: Signed off by the board\n",
    );
    const memo = ws.read(LMS_MEMO);
    expect(memo).toBe(await rendered(ws, LMS));
    expect(memo).toContain('| Status | decided |');
    expect(memo).toContain(
      '| Status history | Date | By | Note |\n| --- | --- | --- | --- |\n| decided | 2026-03-20 |  | Signed off by the board |\n',
    );
    // The folder still validates: the memo is what its review renders.
    expect((await ws.run(['validate', 'decisions'])).code).toBe(0);
  });

  it('supersedes a decision by a later one: supersededBy on the old, supersedes on the new, both memos re-rendered', async () => {
    const ws = await withDecisions({ [LMS]: LMS_TEXT, [TUTOR]: TUTOR_TEXT });
    const { code, stdout, stderr } = await ws.run([
      'status',
      '0001-lms-replacement',
      'superseded',
      '--by',
      '2',
      '--date',
      '2026-05-01',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '0001-lms-replacement: decided → superseded by 0002-ai-tutoring-chatbot (2026-05-01)\n' +
        `Wrote ${LMS}\nWrote ${LMS_MEMO}\nWrote ${TUTOR}\nWrote ${TUTOR_MEMO}\n`,
    );
    expect(ws.read(LMS)).toBe(
      LMS_TEXT.replace(
        '\nstatus: decided\n',
        '\nstatus: superseded\nsupersededBy: 0002-ai-tutoring-chatbot\n',
      ) +
        "\nstatusHistory:\n  - status: superseded\n    date: '2026-05-01'\n    by: 0002-ai-tutoring-chatbot\n",
    );
    expect(ws.read(TUTOR)).toBe(
      TUTOR_TEXT.replace(
        "\ndate: '2026-04-22'\n",
        "\ndate: '2026-04-22'\nsupersedes: 0001-lms-replacement\n",
      ),
    );
    expect(ws.read(LMS_MEMO)).toContain('| Status | superseded (by 0002-ai-tutoring-chatbot) |');
    expect(ws.read(LMS_MEMO)).toContain('superseded-by: 0002-ai-tutoring-chatbot\n');
    expect(ws.read(TUTOR_MEMO)).toContain('supersedes: 0001-lms-replacement\n');
    expect(ws.read(TUTOR_MEMO)).toBe(await rendered(ws, TUTOR));
    expect((await ws.run(['validate', 'decisions'])).code).toBe(0);
  });

  it('retires a decision, dated today by default, and appends to a history already there', async () => {
    const ws = await withDecisions({ [LMS]: LMS_TEXT });
    await ws.run(['status', '1', 'superseded', '--by', '1']); // refused: itself
    expect(ws.read(LMS)).toBe(LMS_TEXT);
    const withHistory =
      LMS_TEXT +
      "\nstatusHistory:\n  # decided at the board meeting\n  - status: decided\n    date: '2026-03-20'\n";
    ws.write(LMS, withHistory);
    await ws.run(['render', '--force', LMS]);
    const { code, stderr } = await ws.run(['status', LMS, 'retired']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ws.read(LMS)).toBe(
      withHistory.replace('\nstatus: decided\n', '\nstatus: retired\n') +
        "  - status: retired\n    date: '2025-03-01'\n",
    );
    expect(ws.read(LMS_MEMO)).toContain(
      '| decided | 2026-03-20 |  |  |\n| retired | 2025-03-01 |  |  |\n',
    );
  });

  it("finds decisions in the config's decisions folder", async () => {
    const ws = await withDecisions({
      'vatl.config.yaml': 'decisions: records\n',
      'records/0001-lms-replacement.review.yaml': LMS_TEXT,
    });
    const { code, stdout } = await ws.run(['status', '0001', 'retired', '--date', '2027-01-10']);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote records/0001-lms-replacement.review.yaml\n');
    expect(parse(ws.read('records/0001-lms-replacement.review.yaml'))).toMatchObject({
      status: 'retired',
      statusHistory: [{ status: 'retired', date: '2027-01-10' }],
    });
  });
});

describe('vatl status: refusals write nothing', () => {
  const cases: {
    name: string;
    files?: Record<string, string>;
    argv: string[];
    code: number;
    stderr: string[];
  }[] = [
    {
      name: 'decided back to proposed (exit 1, naming the legal next statuses)',
      argv: ['status', '1', 'proposed'],
      code: 1,
      stderr: [
        'vatl: 0001-lms-replacement is decided; it cannot become proposed: from decided it can become superseded or retired.',
      ],
    },
    {
      name: 'the same status again',
      argv: ['status', '1', 'decided'],
      code: 1,
      stderr: ['it cannot become decided: from decided it can become superseded or retired.'],
    },
    {
      name: 'a closed decision',
      files: { [LMS]: LMS_TEXT.replace('\nstatus: decided\n', '\nstatus: retired\n') },
      argv: ['status', '1', 'superseded', '--by', '2'],
      code: 1,
      stderr: [
        'a retired decision is closed and has no next status.',
        'Record a new decision with `supersedes:` naming this one.',
      ],
    },
    {
      name: 'superseded without --by (exit 2)',
      argv: ['status', '1', 'superseded'],
      code: 2,
      stderr: ['vatl: A superseded decision needs the decision that replaces it.', '--by'],
    },
    {
      name: '--by with retired',
      argv: ['status', '1', 'retired', '--by', '2'],
      code: 2,
      stderr: ['it is only for superseded, not retired.'],
    },
    {
      name: 'an unknown id, naming the decisions folder (exit 2)',
      argv: ['status', '0009-nothing', 'retired'],
      code: 2,
      stderr: ['vatl: no decision 0009-nothing in decisions.', 'decisions: in vatl.config.yaml'],
    },
    {
      name: 'an unknown --by',
      argv: ['status', '1', 'superseded', '--by', '42'],
      code: 2,
      stderr: ['vatl: no decision 42 in decisions.'],
    },
    {
      name: 'a --date that is not a date',
      argv: ['status', '1', 'retired', '--date', '2026-04-31'],
      code: 2,
      stderr: ['vatl: --date 2026-04-31 is not a date written YYYY-MM-DD.', 'leave --date out'],
    },
    {
      name: 'a status that does not exist',
      argv: ['status', '1', 'approved'],
      code: 2,
      stderr: [
        "value 'approved' is invalid for argument 'status'. Allowed choices are proposed, decided, superseded, retired.",
      ],
    },
    {
      name: 'deciding a review with no decision',
      files: (() => {
        const data = exampleReview('lms-replacement', { keepId: true });
        delete data.decision;
        data.status = 'proposed';
        return { [LMS]: reviewYaml(data) };
      })(),
      argv: ['status', '1', 'decided'],
      code: 1,
      stderr: [
        'vatl: 0001-lms-replacement records no decision, so it cannot become decided.',
        'Add `decision:` with its `outcome:`',
      ],
    },
    {
      name: 'a later decision that already supersedes another',
      files: {
        [LMS]: LMS_TEXT,
        [TUTOR]: TUTOR_TEXT.replace(
          "\ndate: '2026-04-22'\n",
          "\ndate: '2026-04-22'\nsupersedes: 0000-older\n",
        ),
      },
      argv: ['status', '1', 'superseded', '--by', '2'],
      code: 1,
      stderr: [
        'vatl: 0002-ai-tutoring-chatbot already supersedes 0000-older, not 0001-lms-replacement; nothing was written.',
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const ws = await withDecisions(c.files ?? { [LMS]: LMS_TEXT, [TUTOR]: TUTOR_TEXT });
      const before = snapshot(ws);
      const { code, stdout, stderr } = await ws.run(c.argv);
      expect(code).toBe(c.code);
      expect(stdout).toBe('');
      for (const text of c.stderr) expect(stderr).toContain(text);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(snapshot(ws)).toEqual(before);
    });
  }

  it('a memo with hand edits is not replaced', async () => {
    const ws = await withDecisions({ [LMS]: LMS_TEXT });
    const edited = ws
      .read(LMS_MEMO)
      .replace('| Status | decided |', '| Status | decided (board) |');
    ws.write(LMS_MEMO, edited);
    const { code, stderr } = await ws.run(['status', '1', 'retired']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `vatl: ${LMS_MEMO} differs from what ${LMS} renders; nothing was written.`,
    );
    expect(ws.read(LMS)).toBe(LMS_TEXT);
    expect(ws.read(LMS_MEMO)).toBe(edited);
  });
});

describe('vatl validate: a status the record does not bear out', () => {
  it('decided without a decision, and superseded without supersededBy, are located errors', async () => {
    const data = exampleReview('lms-replacement', { keepId: true });
    delete data.decision;
    const superseded = LMS_TEXT.replace('\nstatus: decided\n', '\nstatus: superseded\n');
    const ws = memoryWorkspace({
      [LMS]: reviewYaml(data),
      [TUTOR]: TUTOR_TEXT.replace('\nstatus: decided\n', '\nstatus: superseded\n'),
    });
    const { code, stdout } = await ws.run(['validate', LMS, TUTOR]);
    expect(code).toBe(1);
    const statusLine = (text: string) =>
      text.split('\n').findIndex((l) => l.startsWith('status:')) + 1;
    expect(stdout).toMatch(
      new RegExp(`:${statusLine(reviewYaml(data))}:9\\s+error\\s+review/decided-without-decision`),
    );
    expect(stdout).toMatch(
      new RegExp(`:${statusLine(superseded)}:9\\s+error\\s+review/superseded-without-successor`),
    );
  });
});
