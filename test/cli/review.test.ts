import { basename } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STACK_TRACE, runVatl } from '../helpers/cli.js';
import { intercept, memoryWorkspace } from '../helpers/memory-fs.js';
import type { FsCall, MemoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml, splitMemo } from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

/**
 * The lms-replacement example without its id. Its title, "Replace ClassHub 7 with Harbor LMS
 * as the district learning management system", slugs to 77 characters; cut at the last hyphen
 * within 48 it is `replace-classhub-7-with-harbor-lms-as-the`.
 */
const SLUG = 'replace-classhub-7-with-harbor-lms-as-the';
const TITLE = 'Replace ClassHub 7 with Harbor LMS as the district learning management system';

/** A fresh in-memory workspace: the built-in frameworks and templates, and nothing else. */
function workspace(): MemoryWorkspace {
  return memoryWorkspace();
}

function writeAnswers(ws: MemoryWorkspace, data: ReviewData, name = 'answers.yaml'): string {
  const text = reviewYaml(data);
  ws.write(name, text);
  return text;
}

/** The 1-based line:col of `needle` in the first line at or after the line matching `after`. */
function position(text: string, after: RegExp, needle: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => after.test(l));
  for (let i = Math.max(start, 0); i < lines.length; i++) {
    const col = (lines[i] ?? '').indexOf(needle);
    if (col >= 0) return `${i + 1}:${col + 1}`;
  }
  throw new Error(`${needle} not found`);
}

describe('vatl review --answers: writing the review and the memo', () => {
  it('writes <n>-<slug>.review.yaml, .md and .family.md into ./decisions and says what to do next', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement'));
    const { code, stdout, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const review = `decisions/0001-${SLUG}.review.yaml`;
    const memo = `decisions/0001-${SLUG}.md`;
    // The review records a decision, so families are told of it too.
    const family = `decisions/0001-${SLUG}.family.md`;
    expect(stdout).toBe(
      [
        'Suggested outcome: Adopt (overall 3.03)',
        'Decision: Adopt',
        '',
        `Wrote ${review}`,
        `Wrote ${memo}`,
        `Wrote ${family}`,
        '',
        `Next: git add ${review} ${memo} ${family} && git commit -m 'Decision 0001: ${TITLE}'`,
        '',
      ].join('\n'),
    );
    expect(ws.list('decisions')).toEqual([
      `0001-${SLUG}.family.md`,
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    const written = parse(ws.read(review)) as ReviewData;
    expect(written.id).toBe(`0001-${SLUG}`);
    expect(written.title).toBe(TITLE);
    const { frontMatter, body } = splitMemo(ws.read(memo));
    expect(frontMatter).toMatchObject({ id: `0001-${SLUG}`, outcome: 'adopt' });
    expect(body).toContain(`# Decision 0001: ${TITLE}`);
  });

  it('writes into the decisions folder vatl.config.yaml names, found from a subfolder', async () => {
    const ws = workspace();
    ws.write('vatl.config.yaml', 'decisions: records/decisions\n');
    writeAnswers(ws, exampleReview('lms-replacement'), 'work/answers.yaml');
    const { code, stdout } = await runVatl(
      ws.path('work'),
      ['review', '--answers', 'answers.yaml'],
      { fs: ws.fs },
    );
    expect(code).toBe(0);
    expect(ws.list('records/decisions')).toEqual([
      `0001-${SLUG}.family.md`,
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    expect(ws.exists('work/decisions')).toBe(false);
    expect(stdout).toContain(`0001-${SLUG}.review.yaml`);
    expect(stdout).toMatch(/^Next: git add /m);
  });

  it('prints the suggestion, the decision and the gates not passed', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('early-warning-analytics'));
    const { code, stdout } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Suggested outcome: Abandon \(overall 2\.21\)\nDecision: Abandon\n/);
    expect(stdout).toContain(
      'Gates not passed: Student data used to train AI models; Consequential AI outputs about people without human review; The district does not know what data the tool takes or where it goes',
    );
  });

  it('numbers on from the highest number already in the folder', async () => {
    const ws = workspace();
    ws.write('decisions/0003-older.review.yaml', 'title: older\n');
    ws.write('decisions/0007-newer.md', '# newer\n');
    ws.write('decisions/README.md', '# Decisions\n');
    writeAnswers(ws, exampleReview('lms-replacement'));
    const { code } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(ws.list('decisions')).toContain(`0008-${SLUG}.review.yaml`);
    expect(ws.list('decisions')).toContain(`0008-${SLUG}.md`);
  });

  it('keeps the id a review file gives', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement', { keepId: true }));
    const { code } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(ws.list('decisions')).toEqual([
      '0001-lms-replacement.family.md',
      '0001-lms-replacement.md',
      '0001-lms-replacement.review.yaml',
    ]);
  });

  it('re-renders the written review to the memo written beside it, byte for byte', async () => {
    const ws = workspace();
    const data = exampleReview('ai-tutoring-chatbot');
    delete data.date; // the run's date (the fixed clock) is recorded in the review it writes
    writeAnswers(ws, data);
    expect((await ws.run(['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const [, memoName, reviewName] = ws.list('decisions'); // after the family summary
    if (!memoName || !reviewName) throw new Error('nothing was written');
    const written = parse(ws.read(`decisions/${reviewName}`)) as ReviewData;
    expect(written.date).toBe('2025-03-01');
    const rendered = await ws.run(['render', '--stdout', `decisions/${reviewName}`]);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toBe(ws.read(`decisions/${memoName}`));
  });

  it('writes nothing that `vatl validate` then rejects', async () => {
    // A review with no date gets the run's date (2025-03-01) when written; a condition due
    // before that is accepted by review but would be a date-order error in the written file.
    const ws = workspace();
    const data = exampleReview('ai-tutoring-chatbot');
    delete data.date;
    const condition = data.decision?.conditions?.[0];
    if (condition) condition.due = '2024-12-01';
    writeAnswers(ws, data);
    const review = await ws.run(['review', '--answers', 'answers.yaml']);
    if (review.code === 0) {
      const validate = await ws.run(['validate', 'decisions']);
      expect(validate.stdout).toBe('✔ 2 files checked, no problems.\n');
      expect(validate.code).toBe(0);
    } else {
      expect(review.code).toBe(1);
      expect(ws.list('decisions')).toEqual([]);
    }
  });
});

describe('vatl review --answers: never overwriting without --force', () => {
  it('refuses an id that exists, with exit 1, and leaves both files as they were', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement', { keepId: true }));
    expect((await ws.run(['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const reviewPath = 'decisions/0001-lms-replacement.review.yaml';
    const memoPath = 'decisions/0001-lms-replacement.md';
    ws.write(reviewPath, 'title: hand-kept review\n');
    ws.write(memoPath, '# hand-kept memo\n');
    const { code, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('decisions/0001-lms-replacement.review.yaml already exists.');
    expect(stderr).toContain('--force');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(ws.read(reviewPath)).toBe('title: hand-kept review\n');
    expect(ws.read(memoPath)).toBe('# hand-kept memo\n');
  });

  it('refuses when only the memo exists, and writes no review file beside it', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement', { keepId: true }));
    const memoPath = 'decisions/0001-lms-replacement.md';
    ws.write(memoPath, '# hand-kept memo\n');
    const { code, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('decisions/0001-lms-replacement.md already exists.');
    expect(ws.read(memoPath)).toBe('# hand-kept memo\n');
    expect(ws.list('decisions')).toEqual(['0001-lms-replacement.md']);
  });

  it('replaces both files with --force', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement', { keepId: true }));
    const reviewPath = 'decisions/0001-lms-replacement.review.yaml';
    const memoPath = 'decisions/0001-lms-replacement.md';
    ws.write(reviewPath, 'title: old\n');
    ws.write(memoPath, '# old\n');
    const { code } = await ws.run(['review', '--answers', 'answers.yaml', '--force']);
    expect(code).toBe(0);
    expect(ws.read(memoPath)).toBe(readExample('lms-replacement', 'memo.md'));
    expect((parse(ws.read(reviewPath)) as ReviewData).id).toBe('0001-lms-replacement');
  });
});

describe('vatl review --answers: --dry-run, --out and --stdout', () => {
  it('--dry-run checks and scores, says what it would write, and writes nothing', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement'));
    const { code, stdout } = await ws.run(['review', '--answers', 'answers.yaml', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Suggested outcome: Adopt (overall 3.03)\nDecision: Adopt\n' +
        `Dry run: would write <next number>-${SLUG}.review.yaml, .md and .family.md in decisions; nothing was written.\n`,
    );
    expect(ws.exists('decisions')).toBe(false);
  });

  it('--out DIR writes there instead of the decisions folder', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement'));
    const { code, stdout } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--out',
      'drafts/board',
    ]);
    expect(code).toBe(0);
    expect(ws.list('drafts/board')).toEqual([
      `0001-${SLUG}.family.md`,
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    expect(ws.exists('decisions')).toBe(false);
    expect(stdout).toContain(`Wrote drafts/board/0001-${SLUG}.md`);
  });

  it('--stdout prints only the memo and writes nothing', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement', { keepId: true }));
    const { code, stdout, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--stdout',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(readExample('lms-replacement', 'memo.md'));
    expect(ws.exists('decisions')).toBe(false);
  });
});

describe('vatl review --answers: a review with problems writes nothing', () => {
  async function rejected(
    edit: (data: ReviewData) => void,
  ): Promise<{ text: string; stderr: string; stdout: string }> {
    const ws = workspace();
    const data = exampleReview('lms-replacement');
    edit(data);
    const text = writeAnswers(ws, data);
    const { code, stdout, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('vatl: nothing was written; fix the problems above and run again.');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(ws.exists('decisions')).toBe(false);
    return { text, stderr, stdout };
  }

  it('an unanswered question: at `answers:`', async () => {
    const { text, stderr } = await rejected((d) => {
      delete d.answers['ge-policy-fit'];
    });
    expect(stderr).toContain(
      `answers.yaml:${position(text, /^answers:/, 'answers')}  error    review/unanswered  1 question is unanswered: ge-policy-fit.`,
    );
  });

  it('a value off the scale: at the value', async () => {
    const { text, stderr } = await rejected((d) => {
      const a = d.answers['ge-priority-reach'];
      if (a) a.value = 7;
    });
    expect(stderr).toContain(
      `answers.yaml:${position(text, /^ {2}ge-priority-reach:/, '7')}  error    review/invalid-answer  \`7\` is not an answer to \`ge-priority-reach\``,
    );
  });

  it('a decision that differs from the suggestion with no rationale: at the outcome', async () => {
    const { text, stderr } = await rejected((d) => {
      if (d.decision) {
        d.decision.outcome = 'adapt';
        delete d.decision.rationale;
      }
    });
    expect(stderr).toContain(
      `answers.yaml:${position(text, /^decision:/, 'adapt')}  error    review/missing-rationale`,
    );
  });

  it('Adopt with a failed gate: at the outcome, naming the gate', async () => {
    const { text, stderr } = await rejected((d) => {
      const a = d.answers['ir-model-training'];
      if (a) a.value = 'yes';
    });
    expect(stderr).toContain(
      `answers.yaml:${position(text, /^decision:/, 'adopt')}  error    review/gate-blocks-outcome  Adopt is blocked by gate trains-on-student-data`,
    );
  });
});

describe('vatl review: could not run', () => {
  it('exits 2 for an answers file that does not exist', async () => {
    const ws = workspace();
    const { code, stderr } = await ws.run(['review', '--answers', 'missing.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.yaml');
    expect(stderr).toContain('file/not-found');
    expect(ws.exists('decisions')).toBe(false);
  });

  it('with no terminal and no --answers, exits 2 and says to use --answers', async () => {
    const ws = workspace();
    const { code, stdout, stderr } = await ws.run(['review']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--answers');
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});

describe('vatl review --answers: two runs at the same moment', () => {
  /** A review file under its final name (not the temporary file written beside it). */
  const FINAL_REVIEW = /\/decisions\/\d{4}-[^/]+\.review\.yaml$/;

  /** The paths a call names: both for link and rename, the first argument otherwise. */
  function pathsOf(call: FsCall): string[] {
    return call.op === 'link' || call.op === 'rename' ? call.args : [call.args[0]];
  }

  /**
   * Holds every run at its first call that names a final review file (where the id is
   * claimed) until all `runs` are there, then lets them all go on at once. It records where
   * each run was held, and gives up after a few seconds so a run that never gets there fails
   * the test instead of hanging it.
   */
  function claimBarrier(runs: number) {
    const heldAt: string[] = [];
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const arrive = async (where: string) => {
      heldAt.push(where);
      if (heldAt.length === runs) open();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`only ${heldAt.length} of ${runs} runs reached the claim`)),
          5_000,
        );
      });
      await Promise.race([opened, late]).finally(() => clearTimeout(timer));
    };
    /** One run's view of the shared file system, held once at the claim. */
    const fsFor = (ws: MemoryWorkspace) => {
      let held = false;
      return intercept(ws.fs, async (call) => {
        const target = pathsOf(call).find((p) => FINAL_REVIEW.test(p));
        if (held || !target) return;
        held = true;
        await arrive(basename(target));
      });
    };
    return { heldAt, fsFor };
  }

  it('both succeed, with distinct ids, when both claim the same number at once', async () => {
    const ws = workspace();
    writeAnswers(ws, exampleReview('lms-replacement'));
    const barrier = claimBarrier(2);
    const runs = await Promise.all(
      [1, 2].map(() =>
        runVatl(ws.cwd, ['review', '--answers', 'answers.yaml'], { fs: barrier.fsFor(ws) }),
      ),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const claimed = runs.map((r) => /Wrote decisions\/(\d{4})-/.exec(r.stdout)?.[1]).sort();
    expect(claimed).toEqual(['0001', '0002']);
    // Every file of both decisions, and no temporary file left beside them.
    expect(ws.list('decisions')).toEqual([
      `0001-${SLUG}.family.md`,
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
      `0002-${SLUG}.family.md`,
      `0002-${SLUG}.md`,
      `0002-${SLUG}.review.yaml`,
    ]);
    for (const n of ['0001', '0002']) {
      const review = parse(ws.read(`decisions/${n}-${SLUG}.review.yaml`)) as ReviewData;
      expect(review.id).toBe(`${n}-${SLUG}`);
      expect(review.title).toBe(TITLE);
      const memo = ws.read(`decisions/${n}-${SLUG}.md`);
      expect(splitMemo(memo).frontMatter.id).toBe(`${n}-${SLUG}`);
      expect(memo).toContain(`# Decision ${n}: ${TITLE}`);
    }
    // The race was real: both runs had read the folder and were about to take number 1.
    expect(barrier.heldAt).toEqual([`0001-${SLUG}.review.yaml`, `0001-${SLUG}.review.yaml`]);
  });
});
