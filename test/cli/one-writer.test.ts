import { describe, expect, it } from 'vitest';
import { runVatl } from '../helpers/cli.js';
import { fsError, intercept, memoryWorkspace } from '../helpers/memory-fs.js';
import type { FileSystem } from '../../src/io/file-system.js';
import { writeFileAtomic } from '../../src/io/write-file.js';
import { readExample } from '../helpers/reviews.js';

/**
 * One writer per decision id, and no temporary file outliving its run. Twenty runs are made to
 * race deterministically: each is held at its check for an existing review until all twenty
 * have made it, so every one of them sees a free id (test/e2e/kill-and-race.test.ts races the
 * built binary for real).
 */

const RUNS = 20;
const ID = '0001-lms-replacement';
const REVIEW = `decisions/${ID}.review.yaml`;
const MEMO = `decisions/${ID}.md`;

/** Holds every `stat` of `path` until `count` of them are waiting, then lets them all go. */
function barrier(fs: FileSystem, path: string, count: number): FileSystem {
  let waiting = 0;
  let release: () => void = () => {};
  const open = new Promise<void>((resolve) => (release = resolve));
  return intercept(fs, async (call) => {
    if (call.op !== 'stat' || call.args[0] !== path) return;
    if (++waiting >= count) release();
    await open;
  });
}

describe('one writer per id', () => {
  it(`of ${RUNS} runs on one fixed id, exactly one writes; the others exit 1 naming the id and --force`, async () => {
    // Each run's answers carry its own title, so the files on disk say whose they are.
    const example = readExample('lms-replacement', 'review.yaml');
    const title = (i: number) => `Harbor LMS, proposal of run ${i}`;
    const ws = memoryWorkspace(
      Object.fromEntries(
        Array.from({ length: RUNS }, (_, i) => [
          `answers-${i}.yaml`,
          example.replace(/^title: .*$/m, `title: ${title(i)}`),
        ]),
      ),
    );
    const fs = barrier(ws.fs, ws.path(REVIEW), RUNS);
    const runs = await Promise.all(
      Array.from({ length: RUNS }, (_, i) =>
        runVatl(ws.cwd, ['review', '--answers', `answers-${i}.yaml`], { fs }),
      ),
    );
    const winners = runs.flatMap((r, i) => (r.code === 0 ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of runs.filter((r) => r.code !== 0)) {
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `vatl: ${REVIEW} already exists.\n  Decision ${ID} is written already: use --force to replace it, or --out to write elsewhere.\n`,
      );
    }
    // The review, the memo and the family summary on disk are the one winner's.
    const winner = title(winners[0] as number);
    expect(ws.read(REVIEW)).toContain(`title: ${winner}\n`);
    expect(ws.read(MEMO)).toContain(`# Decision 0001: ${winner}\n`);
    expect(ws.list('decisions')).toEqual([`${ID}.family.md`, `${ID}.md`, `${ID}.review.yaml`]);
  });
});

describe('temporary files', () => {
  it('are removed when the disk fills while one is written', async () => {
    const ws = memoryWorkspace();
    const fs = intercept(ws.fs, async (call) => {
      if (call.op !== 'writeFile') return;
      await ws.fs.writeFile(call.args[0], call.args[1].slice(0, 10), call.args[2]);
      throw fsError('ENOSPC', 'write');
    });
    await expect(
      writeFileAtomic(fs, ws.path('decisions/x.md'), 'a memo\n'.repeat(100), { overwrite: true }),
    ).rejects.toThrow('ENOSPC');
    expect(ws.list('decisions')).toEqual([]);
  });

  const STALE = `.${ID}.md.4f1c2a9e-0b7d-4c3e-9a55-1d2e3f4a5b6c.tmp`;
  const DEAD = `.${ID}.review.yaml.999999999-0123456789ab.tmp`;
  const decided = () =>
    memoryWorkspace({
      [REVIEW]: readExample('lms-replacement', 'review.yaml'),
      [MEMO]: readExample('lms-replacement', 'memo.md'),
      [`decisions/${STALE}`]: 'half a me',
      [`decisions/${DEAD}`]: 'half a rev',
      [`decisions/.${ID}.md.${process.pid}-0123456789ab.tmp`]: 'a run still going',
    });

  it("left by killed runs are reported by validate with the fix; a live run's is not", async () => {
    const ws = decided();
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toBe(
      [
        `decisions/${STALE}  warning  io/stale-temp  A temporary file left by a vatl run stopped while writing ${ID}.md; ${ID}.md was left as it was. Delete it: rm decisions/${STALE} (the next vatl run that writes here deletes it too)`,
        `decisions/${DEAD}  warning  io/stale-temp  A temporary file left by a vatl run stopped while writing ${ID}.review.yaml; ${ID}.review.yaml was left as it was. Delete it: rm decisions/${DEAD} (the next vatl run that writes here deletes it too)`,
        '',
        '✖ 2 problems (0 errors, 2 warnings) in 2 files checked.',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('left by killed runs are deleted by the next run that writes in the folder', async () => {
    const ws = decided();
    const { code } = await ws.run(['status', '1', 'retired', '--date', '2027-01-10']);
    expect(code).toBe(0);
    expect(ws.list('decisions')).toEqual([
      `.${ID}.md.${process.pid}-0123456789ab.tmp`,
      `${ID}.md`,
      `${ID}.review.yaml`,
    ]);
  });
});

describe('a review without its memo', () => {
  it('is reported by validate with the command that writes the memo', async () => {
    const ws = memoryWorkspace({ [REVIEW]: readExample('lms-replacement', 'review.yaml') });
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toBe(
      `${REVIEW}  error    memo/missing  The memo ${MEMO} is missing: this review has not been rendered. Write it: vatl render ${REVIEW}\n` +
        '\n✖ 1 problem (1 error, 0 warnings) in 1 file checked.\n',
    );
    expect(code).toBe(1);
    expect((await ws.run(['render', REVIEW])).code).toBe(0);
    expect((await ws.run(['validate', 'decisions'])).code).toBe(0);
  });

  it('beside an older memo is reported with the exact command that repairs it', async () => {
    const ws = memoryWorkspace({
      [REVIEW]: readExample('lms-replacement', 'review.yaml').replace(
        'status: decided',
        'status: retired',
      ),
      [MEMO]: readExample('lms-replacement', 'memo.md'),
    });
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toMatch(
      new RegExp(
        `^${MEMO}:\\d+:1 +error +memo/out-of-date .* then run: vatl render --force ${REVIEW}$`,
        'm',
      ),
    );
    expect(code).toBe(1);
  });
});
