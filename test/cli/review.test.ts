import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { ensureBuilt, spawnVatl } from '../helpers/spawn.js';
import {
  exampleReview,
  readExample,
  reviewYaml,
  spawnVatlAsync,
  splitMemo,
} from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

/**
 * The lms-replacement example without its id. Its title, "Replace ClassHub 7 with Harbor LMS
 * as the district learning management system", slugs to 77 characters; cut at the last hyphen
 * within 48 it is `replace-classhub-7-with-harbor-lms-as-the`.
 */
const SLUG = 'replace-classhub-7-with-harbor-lms-as-the';
const TITLE = 'Replace ClassHub 7 with Harbor LMS as the district learning management system';

let cwd: string | undefined;

beforeAll(() => {
  ensureBuilt();
});

afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

async function workspace(): Promise<string> {
  cwd = await makeWorkspace();
  return cwd;
}

async function writeAnswers(dir: string, data: ReviewData, name = 'answers.yaml'): Promise<string> {
  const text = reviewYaml(data);
  await writeFile(join(dir, name), text);
  return text;
}

async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
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
  it('writes <n>-<slug>.review.yaml and .md into ./decisions and says what to do next', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement'));
    const { code, stdout, stderr } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const review = `decisions/0001-${SLUG}.review.yaml`;
    const memo = `decisions/0001-${SLUG}.md`;
    expect(stdout).toBe(
      [
        'Suggested outcome: Adopt (overall 3.03)',
        'Decision: Adopt',
        '',
        `Wrote ${review}`,
        `Wrote ${memo}`,
        '',
        `Next: git add ${review} ${memo} && git commit -m "Decision 0001: ${TITLE}"`,
        '',
      ].join('\n'),
    );
    expect(await list(join(dir, 'decisions'))).toEqual([
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    const written = parse(await readFile(join(dir, review), 'utf8')) as ReviewData;
    expect(written.id).toBe(`0001-${SLUG}`);
    expect(written.title).toBe(TITLE);
    const { frontMatter, body } = splitMemo(await readFile(join(dir, memo), 'utf8'));
    expect(frontMatter).toMatchObject({ id: `0001-${SLUG}`, outcome: 'adopt' });
    expect(body).toContain(`# Decision 0001: ${TITLE}`);
  });

  it('writes into the decisions folder vatl.config.yaml names, found from a subfolder', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'vatl.config.yaml'), 'decisions: records/decisions\n');
    await mkdir(join(dir, 'work'));
    await writeAnswers(join(dir, 'work'), exampleReview('lms-replacement'));
    const { code, stdout } = await runVatl(join(dir, 'work'), [
      'review',
      '--answers',
      'answers.yaml',
    ]);
    expect(code).toBe(0);
    expect(await list(join(dir, 'records', 'decisions'))).toEqual([
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    expect(existsSync(join(dir, 'work', 'decisions'))).toBe(false);
    expect(stdout).toContain(`0001-${SLUG}.review.yaml`);
    expect(stdout).toMatch(/^Next: git add /m);
  });

  it('prints the suggestion, the decision and the gates not passed', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('early-warning-analytics'));
    const { code, stdout } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Suggested outcome: Abandon \(overall 2\.21\)\nDecision: Abandon\n/);
    expect(stdout).toContain(
      'Gates not passed: trains-on-student-data, no-human-review, data-minimisation-floor',
    );
  });

  it('numbers on from the highest number already in the folder', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'decisions'));
    await writeFile(join(dir, 'decisions', '0003-older.review.yaml'), 'title: older\n');
    await writeFile(join(dir, 'decisions', '0007-newer.md'), '# newer\n');
    await writeFile(join(dir, 'decisions', 'README.md'), '# Decisions\n');
    await writeAnswers(dir, exampleReview('lms-replacement'));
    const { code } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(await list(join(dir, 'decisions'))).toContain(`0008-${SLUG}.review.yaml`);
    expect(await list(join(dir, 'decisions'))).toContain(`0008-${SLUG}.md`);
  });

  it('keeps the id a review file gives', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement', { keepId: true }));
    const { code } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(await list(join(dir, 'decisions'))).toEqual([
      '0001-lms-replacement.md',
      '0001-lms-replacement.review.yaml',
    ]);
  });

  it('re-renders the written review to the memo written beside it, byte for byte', async () => {
    const dir = await workspace();
    const data = exampleReview('ai-tutoring-chatbot');
    delete data.date; // the run's date (the fixed clock) is recorded in the review it writes
    await writeAnswers(dir, data);
    expect((await runVatl(dir, ['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const [memoName, reviewName] = await list(join(dir, 'decisions'));
    if (!memoName || !reviewName) throw new Error('nothing was written');
    const written = parse(await readFile(join(dir, 'decisions', reviewName), 'utf8')) as ReviewData;
    expect(written.date).toBe('2025-03-01');
    const rendered = await runVatl(dir, ['render', '--stdout', `decisions/${reviewName}`]);
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toBe(await readFile(join(dir, 'decisions', memoName), 'utf8'));
  });

  it('writes nothing that `vatl validate` then rejects', async () => {
    // A review with no date gets the run's date (2025-03-01) when written; a condition due
    // before that is accepted by review but would be a date-order error in the written file.
    const dir = await workspace();
    const data = exampleReview('ai-tutoring-chatbot');
    delete data.date;
    const condition = data.decision?.conditions?.[0];
    if (condition) condition.due = '2024-12-01';
    await writeAnswers(dir, data);
    const review = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    if (review.code === 0) {
      const validate = await runVatl(dir, ['validate', 'decisions']);
      expect(validate.stdout).toBe('✔ 2 files checked, no problems.\n');
      expect(validate.code).toBe(0);
    } else {
      expect(review.code).toBe(1);
      expect(await list(join(dir, 'decisions'))).toEqual([]);
    }
  });
});

describe('vatl review --answers: never overwriting without --force', () => {
  it('refuses an id that exists, with exit 1, and leaves both files as they were', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement', { keepId: true }));
    expect((await runVatl(dir, ['review', '--answers', 'answers.yaml'])).code).toBe(0);
    const reviewPath = join(dir, 'decisions', '0001-lms-replacement.review.yaml');
    const memoPath = join(dir, 'decisions', '0001-lms-replacement.md');
    await writeFile(reviewPath, 'title: hand-kept review\n');
    await writeFile(memoPath, '# hand-kept memo\n');
    const { code, stderr } = spawnVatl(['review', '--answers', 'answers.yaml'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('decisions/0001-lms-replacement.review.yaml already exists.');
    expect(stderr).toContain('--force');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(await readFile(reviewPath, 'utf8')).toBe('title: hand-kept review\n');
    expect(await readFile(memoPath, 'utf8')).toBe('# hand-kept memo\n');
  });

  it('refuses when only the memo exists, and writes no review file beside it', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement', { keepId: true }));
    await mkdir(join(dir, 'decisions'));
    const memoPath = join(dir, 'decisions', '0001-lms-replacement.md');
    await writeFile(memoPath, '# hand-kept memo\n');
    const { code, stderr } = spawnVatl(['review', '--answers', 'answers.yaml'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('decisions/0001-lms-replacement.md already exists.');
    expect(await readFile(memoPath, 'utf8')).toBe('# hand-kept memo\n');
    expect(await list(join(dir, 'decisions'))).toEqual(['0001-lms-replacement.md']);
  });

  it('replaces both files with --force', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement', { keepId: true }));
    await mkdir(join(dir, 'decisions'));
    const reviewPath = join(dir, 'decisions', '0001-lms-replacement.review.yaml');
    const memoPath = join(dir, 'decisions', '0001-lms-replacement.md');
    await writeFile(reviewPath, 'title: old\n');
    await writeFile(memoPath, '# old\n');
    const { code } = await runVatl(dir, ['review', '--answers', 'answers.yaml', '--force']);
    expect(code).toBe(0);
    expect(await readFile(memoPath, 'utf8')).toBe(readExample('lms-replacement', 'memo.md'));
    expect((parse(await readFile(reviewPath, 'utf8')) as ReviewData).id).toBe(
      '0001-lms-replacement',
    );
  });
});

describe('vatl review --answers: --dry-run, --out and --stdout', () => {
  it('--dry-run checks and scores, says what it would write, and writes nothing', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement'));
    const { code, stdout } = await runVatl(dir, [
      'review',
      '--answers',
      'answers.yaml',
      '--dry-run',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'Suggested outcome: Adopt (overall 3.03)\nDecision: Adopt\n' +
        `Dry run: would write <next number>-${SLUG}.review.yaml and .md in decisions; nothing was written.\n`,
    );
    expect(existsSync(join(dir, 'decisions'))).toBe(false);
  });

  it('--out DIR writes there instead of the decisions folder', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement'));
    const { code, stdout } = await runVatl(dir, [
      'review',
      '--answers',
      'answers.yaml',
      '--out',
      'drafts/board',
    ]);
    expect(code).toBe(0);
    expect(await list(join(dir, 'drafts', 'board'))).toEqual([
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
    ]);
    expect(existsSync(join(dir, 'decisions'))).toBe(false);
    expect(stdout).toContain(`Wrote drafts/board/0001-${SLUG}.md`);
  });

  it('--stdout prints only the memo and writes nothing', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement', { keepId: true }));
    const { code, stdout, stderr } = await runVatl(dir, [
      'review',
      '--answers',
      'answers.yaml',
      '--stdout',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(readExample('lms-replacement', 'memo.md'));
    expect(existsSync(join(dir, 'decisions'))).toBe(false);
  });
});

describe('vatl review --answers: a review with problems writes nothing', () => {
  async function rejected(
    edit: (data: ReviewData) => void,
  ): Promise<{ text: string; stderr: string; stdout: string }> {
    const dir = await workspace();
    const data = exampleReview('lms-replacement');
    edit(data);
    const text = await writeAnswers(dir, data);
    const { code, stdout, stderr } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('vatl: nothing was written; fix the problems above and run again.');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(join(dir, 'decisions'))).toBe(false);
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
    const dir = await workspace();
    const { code, stderr } = await runVatl(dir, ['review', '--answers', 'missing.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.yaml');
    expect(stderr).toContain('file/not-found');
    expect(existsSync(join(dir, 'decisions'))).toBe(false);
  });

  it('with no terminal and no --answers, exits 2 and says to use --answers', async () => {
    const dir = await workspace();
    const { code, stdout, stderr } = spawnVatl(['review'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--answers');
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});

describe('vatl review --answers: two runs at the same moment', () => {
  it('both succeed, with distinct ids, in the same repository', async () => {
    const dir = await workspace();
    await writeAnswers(dir, exampleReview('lms-replacement'));
    const runs = await Promise.all([
      spawnVatlAsync(['review', '--answers', 'answers.yaml'], dir),
      spawnVatlAsync(['review', '--answers', 'answers.yaml'], dir),
    ]);
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const files = await list(join(dir, 'decisions'));
    expect(files).toEqual([
      `0001-${SLUG}.md`,
      `0001-${SLUG}.review.yaml`,
      `0002-${SLUG}.md`,
      `0002-${SLUG}.review.yaml`,
    ]);
    const claimed = runs.map((r) => /Wrote decisions\/(\d{4})-/.exec(r.stdout)?.[1]).sort();
    expect(claimed).toEqual(['0001', '0002']);
    for (const n of ['0001', '0002']) {
      const review = parse(
        await readFile(join(dir, 'decisions', `${n}-${SLUG}.review.yaml`), 'utf8'),
      ) as ReviewData;
      expect(review.id).toBe(`${n}-${SLUG}`);
      const memo = await readFile(join(dir, 'decisions', `${n}-${SLUG}.md`), 'utf8');
      expect(splitMemo(memo).frontMatter.id).toBe(`${n}-${SLUG}`);
    }
  });
});
