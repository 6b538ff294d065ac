import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watch } from 'node:fs';
import { REPO, runVatl } from '../helpers/cli.js';
import { isStaleTemp } from '../../src/io/write-file.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';
import { BIN, cleanEnv, ensureBuilt } from '../helpers/spawn.js';

/**
 * Runs killed (SIGKILL) at random moments while review, render and status write, and raced
 * twenty at a time. After every kill no file is torn: each is its old or its new content. A
 * state between the two is one `vatl validate` names, with the command that repairs it, and a
 * temporary file left behind is named by validate and deleted by the next run that writes.
 *
 * The kills are aimed at the write: a trial of the built binary is killed a random few
 * milliseconds after its first file event in the decisions folder; the rest run the same
 * built write path (dist/io, as each command calls it) in a small child that says when it
 * starts writing, since the whole binary spends most of its half second of CPU reading the
 * frameworks. The seed is in every failure message, to replay a run.
 */

const TRIALS = Number(process.env.VATL_KILL_TRIALS ?? 200);
/** Of the trials, those of the whole binary. */
const BIN_TRIALS = Math.ceil(TRIALS / 20);
const AT_ONCE = 3;
const WRITER = join(REPO, 'test', 'helpers', 'kill-writer.js');
const RACERS = 20;
const SEED = Number(process.env.VATL_KILL_SEED ?? Date.now() % 1_000_000);

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LMS = '0001-lms-replacement';
const NEW_ID = '0001-replace-classhub-7-with-harbor-lms-as-the';
const decision = (id: string) => ({
  review: `decisions/${id}.review.yaml`,
  memo: `decisions/${id}.md`,
});
const EXAMPLE = {
  [decision(LMS).review]: readExample('lms-replacement', 'review.yaml'),
  [decision(LMS).memo]: readExample('lms-replacement', 'memo.md'),
};

interface Scenario {
  name: string;
  files: Record<string, string>;
  argv: string[];
  review: string;
  memo: string;
  /** The family summary `vatl review` writes with a decision, when the command writes one. */
  family?: string;
  /** How the command calls the write path: writeDecision (with its id and force), or the files. */
  writes: { id?: string; force?: boolean } | 'review and memo' | 'memo';
}

const SCENARIOS: Scenario[] = [
  {
    name: 'review, new number',
    files: { 'answers.yaml': reviewYaml(exampleReview('lms-replacement')) },
    argv: ['review', '--answers', 'answers.yaml'],
    ...decision(NEW_ID),
    family: `decisions/${NEW_ID}.family.md`,
    writes: {},
  },
  {
    name: 'review, fixed id',
    files: { 'answers.yaml': readExample('lms-replacement', 'review.yaml') },
    argv: ['review', '--answers', 'answers.yaml'],
    ...decision(LMS),
    family: `decisions/${LMS}.family.md`,
    writes: { id: LMS },
  },
  {
    name: 'review --force over a decision',
    files: {
      ...EXAMPLE,
      'answers.yaml': readExample('lms-replacement', 'review.yaml').replace(
        /^title: .*$/m,
        'title: Harbor LMS, reviewed again',
      ),
    },
    argv: ['review', '--answers', 'answers.yaml', '--force'],
    ...decision(LMS),
    family: `decisions/${LMS}.family.md`,
    writes: { id: LMS, force: true },
  },
  {
    name: 'render --force',
    files: { ...EXAMPLE, [decision(LMS).memo]: '# Edited by hand\n' },
    argv: ['render', '--force', decision(LMS).review],
    ...decision(LMS),
    writes: 'memo',
  },
  {
    name: 'status',
    files: EXAMPLE,
    argv: ['status', '1', 'retired', '--date', '2027-01-10'],
    ...decision(LMS),
    writes: 'review and memo',
  },
];

interface Prepared extends Scenario {
  /** What the run writes, from one run left to finish. */
  after: { review: string; memo: string; family?: string };
}

let scratch: string;
const prepared: Prepared[] = [];

async function lay(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(join(dir, 'decisions'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program in `cwd`. With `kill`, sends SIGKILL `kill.after` ms after the first change
 * in the decisions folder, or after the program prints "ready".
 */
function start(
  cwd: string,
  args: readonly string[],
  kill?: { after: number; on: 'folder' | 'ready' },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), kill?.after));
    const watcher = kill?.on === 'folder' ? watch(join(cwd, 'decisions'), arm) : undefined;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (kill?.on === 'ready' && stdout.startsWith('ready')) arm();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ code, stdout, stderr });
    });
  });
}

const vatl = (cwd: string, argv: readonly string[], kill?: { after: number; on: 'folder' }) =>
  start(cwd, [BIN, ...argv], kill);

/** The write a scenario's command makes, through the built write path, killed when told. */
async function write(s: Prepared, cwd: string, after: number): Promise<Ran> {
  const at = (rel: string) => join(cwd, rel);
  const spec =
    typeof s.writes === 'object'
      ? {
          op: 'decision',
          cwd,
          folder: at('decisions'),
          slug: NEW_ID.slice(5),
          ...s.writes,
          force: s.writes.force ?? false,
          review: s.after.review,
          memo: s.after.memo,
          ...(s.after.family !== undefined ? { family: s.after.family } : {}),
        }
      : {
          op: 'files',
          files: [
            ...(s.writes === 'memo' ? [] : [{ path: at(s.review), content: s.after.review }]),
            { path: at(s.memo), content: s.after.memo, overwrite: true },
          ].map((f) => ({ overwrite: true, ...f })),
        };
  const file = join(cwd, '..', `${basename(cwd)}.json`);
  await writeFile(file, JSON.stringify(spec));
  return start(cwd, [WRITER, REPO, file], { after, on: 'ready' });
}

async function readOrNone(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function folder(dir: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, 'decisions'))).sort();
  } catch {
    return [];
  }
}

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'vatl-kill-'));
  for (const [i, s] of SCENARIOS.entries()) {
    const dir = join(scratch, `reference-${i}`);
    await lay(dir, s.files);
    const done = await vatl(dir, s.argv);
    if (done.code !== 0) throw new Error(`${s.name}: ${done.stderr}`);
    // What a run that finishes leaves is whole: validate passes it.
    const check = await runVatl(dir, ['validate', 'decisions']);
    if (check.code !== 0) throw new Error(`${s.name}: ${check.stdout}`);
    const review = (await readOrNone(join(dir, s.review))) ?? '';
    const memo = (await readOrNone(join(dir, s.memo))) ?? '';
    const family = s.family ? await readOrNone(join(dir, s.family)) : undefined;
    if (s.family && family === undefined) throw new Error(`${s.name}: no ${s.family}`);
    prepared.push({ ...s, after: { review, memo, ...(family !== undefined ? { family } : {}) } });
  }
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

type Version = 'old' | 'new' | 'none';

/** A proposal not yet decided: a decision in force would change the overlap notes of others. */
const PROPOSAL = (() => {
  const { decision: _, status: __, ...proposal } = exampleReview('lms-replacement');
  return reviewYaml({ ...proposal, title: 'Pilot Harbor LMS in two schools' } as never);
})();

describe(`${TRIALS} runs killed mid-write (seed ${SEED})`, () => {
  it('tear no file; what they leave is whole, or named by validate with its repair', async () => {
    const rand = random(SEED);
    const tally = new Map<string, number>();
    const validated = new Map<string, string>();
    const repaired = new Set<string>();
    let leftTemps = 0;

    const trial = async (n: number) => {
      const s = prepared[n % prepared.length] as Prepared;
      const dir = join(scratch, `trial-${n}`);
      await lay(dir, s.files);
      // A few milliseconds into the write, or just past it.
      const bin = n < BIN_TRIALS;
      const killAfter = Math.floor(rand() * (bin ? 25 : 8));
      const where = `trial ${n} (${bin ? 'vatl' : 'write path'}, ${s.name}, killed ${killAfter} ms in, seed ${SEED})`;
      if (bin) await vatl(dir, s.argv, { after: killAfter, on: 'folder' });
      else await write(s, dir, killAfter);

      const version = async (rel: 'review' | 'memo'): Promise<Version> => {
        const text = await readOrNone(join(dir, s[rel]));
        if (text === undefined) return 'none';
        if (text === s.after[rel]) return 'new';
        expect(text, `${where}: ${s[rel]} is torn`).toBe(s.files[s[rel]]);
        return 'old';
      };
      const review = await version('review');
      const memo = await version('memo');
      const names = await folder(dir);
      const temps = names.filter((name) => name.endsWith('.tmp'));
      const state = `${review}/${memo}`;
      const key = `${s.name}: ${state}${temps.length > 0 ? ', temporary file left' : ''}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      // No file but the review, the memo, the family summary and temporary files.
      const own = [s.review, s.memo, ...(s.family ? [s.family] : [])].map((p) =>
        p.slice('decisions/'.length),
      );
      for (const name of names)
        expect(own.includes(name) || name.endsWith('.tmp'), `${where}: ${name}`).toBe(true);
      if (temps.length > 0) leftTemps++;
      // A memo never gets ahead of its review; render leaves the review as it is.
      const reviewChanges = s.files[s.review] !== s.after.review;
      if (reviewChanges)
        expect(memo === 'new' && review !== 'new', `${where}: ${state}`).toBe(false);
      // The family summary is written last: whole when there, and only beside the new memo.
      const family = s.family ? await readOrNone(join(dir, s.family)) : undefined;
      if (family !== undefined) {
        expect(family, `${where}: ${s.family ?? ''} is torn`).toBe(s.after.family);
        expect(memo, `${where}: a family summary beside a ${memo} memo`).toBe('new');
      }
      const pair = !reviewChanges || review === memo;
      // Whole pairs are the state before the run and the reference run's, validated once.
      if (pair && temps.length === 0) return;
      // Leftovers are of the kind validate and the next run find: from a run that has ended.
      for (const temp of temps) expect(isStaleTemp(temp), `${where}: ${temp}`).toBe(true);
      if (validated.has(key)) return;
      // The first time a state is seen: validate names every leftover and how to repair it.
      const check = await runVatl(dir, ['validate', 'decisions']);
      validated.set(key, check.stdout);
      for (const temp of temps)
        expect(check.stdout, where).toContain(`decisions/${temp}  warning  io/stale-temp`);
      if (review === 'new' && memo === 'none')
        expect(check.stdout, where).toContain(`memo/missing`);
      const repair = /(?:Write it|then run): vatl (render (?:--force )?\S+)$/m.exec(check.stdout);
      if (/memo\/(missing|out-of-date)/.test(check.stdout))
        expect(repair, `${where}: ${check.stdout}`).not.toBeNull();
      // Once per kind of leftover: the repair works, and the next run that writes cleans up.
      const kind = `${repair?.[1]?.split(' ')[1] ?? 'none'}, ${temps.length > 0}`;
      if (repaired.has(kind)) return;
      repaired.add(kind);
      if (repair) expect((await runVatl(dir, (repair[1] as string).split(' '))).code).toBe(0);
      await writeFile(join(dir, 'proposal.yaml'), PROPOSAL);
      const next = await runVatl(dir, ['review', '--answers', 'proposal.yaml']);
      expect(next.code, `${where}: ${next.stderr}`).toBe(0);
      expect(
        (await folder(dir)).filter((name) => name.endsWith('.tmp')),
        where,
      ).toEqual([]);
      const after = await runVatl(dir, ['validate', 'decisions']);
      expect(after.code, `${where}: ${after.stdout}`).toBe(0);
    };

    let n = 0;
    let failed = false;
    // A few at a time; the first failure stops the others from starting more.
    const results = await Promise.allSettled(
      Array.from({ length: AT_ONCE }, async () => {
        while (n < TRIALS && !failed)
          await trial(n++).catch((error: unknown) => {
            failed = true;
            throw error;
          });
      }),
    );
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    console.log(
      `kill trials (seed ${SEED}): ${TRIALS}; left a temporary file: ${leftTemps}\n` +
        [...tally]
          .sort()
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n'),
    );
  }, 600_000);
});

describe(`${RACERS} runs at once`, () => {
  it('on one fixed id: exactly one writes, the others exit 1 naming the id and --force', async () => {
    const dir = join(scratch, 'race-fixed');
    const s = prepared[1] as Prepared;
    await lay(dir, s.files);
    const runs = await Promise.all(Array.from({ length: RACERS }, () => vatl(dir, s.argv)));
    expect(runs.filter((r) => r.code === 0)).toHaveLength(1);
    for (const r of runs.filter((r) => r.code !== 0)) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Decision ${LMS} is written already: use --force`);
    }
    expect(await readOrNone(join(dir, s.review))).toBe(s.after.review);
    expect(await readOrNone(join(dir, s.memo))).toBe(s.after.memo);
    expect(await readOrNone(join(dir, s.family ?? ''))).toBe(s.after.family);
    expect(await folder(dir)).toEqual([`${LMS}.family.md`, `${LMS}.md`, `${LMS}.review.yaml`]);
  }, 120_000);

  it('on new ids: twenty different numbers, each review beside its memo', async () => {
    const dir = join(scratch, 'race-new');
    await lay(dir, { 'answers.yaml': PROPOSAL });
    const argv = ['review', '--answers', 'answers.yaml'];
    const runs = await Promise.all(Array.from({ length: RACERS }, () => vatl(dir, argv)));
    expect(runs.map((r) => r.code)).toEqual(Array(RACERS).fill(0));
    const names = await folder(dir);
    const numbers = new Set(names.map((name) => name.slice(0, 4)));
    expect(numbers.size).toBe(RACERS);
    expect(names).toHaveLength(RACERS * 2);
    const check = await runVatl(dir, ['validate', 'decisions']);
    expect(check.stdout).toBe(`✔ ${RACERS * 2} files checked, no problems.\n`);
  }, 120_000);
});
