import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { readExample } from '../helpers/reviews.js';

// A review with no memo of its own (a proposal's review, or one reviewer's), as --cache keeps.
const REVIEW = 'decisions/lms-replacement.review.yaml';
let cwd: string | undefined;

afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

/** A decisions folder with one review that is not a numbered decision, so it has no memo. */
async function reviewOnly(): Promise<string> {
  cwd = await makeWorkspace();
  await mkdir(join(cwd, 'decisions'));
  const text = readExample('lms-replacement', 'review.yaml').replace(/^id: .*\n/m, '');
  await writeFile(join(cwd, REVIEW), text);
  return cwd;
}

const broken = (text: string) => text.replace(/^status: decided$/m, 'status: maybe');

describe('vatl validate --cache', () => {
  it('keeps .vatlcache in the working folder and gives the same answers from it', async () => {
    const dir = await reviewOnly();
    const first = await runVatl(dir, ['validate', '--cache', 'decisions']);
    expect(first.stdout).toBe('✔ 1 file checked, no problems.\n');
    expect(await readdir(dir)).toContain('.vatlcache');
    const again = await runVatl(dir, ['validate', '--cache', 'decisions']);
    expect(again).toEqual(first);
  });

  it('checks a file again when its content changes, and keeps its problems at their place', async () => {
    const dir = await reviewOnly();
    await runVatl(dir, ['validate', '--cache', 'decisions']);
    await writeFile(join(dir, REVIEW), broken(await readFile(join(dir, REVIEW), 'utf8')));
    const changed = await runVatl(dir, ['validate', '--cache', 'decisions']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/^decisions\/lms-replacement\.review\.yaml:\d+:\d+ {2}error/m);
    const cached = await runVatl(dir, ['validate', '--cache', 'decisions']);
    expect(cached).toEqual(changed);
    const uncached = await runVatl(dir, ['validate', 'decisions']);
    expect(uncached).toEqual(changed);
  });

  it('ignores a damaged cache, and one written under another setup', async () => {
    const dir = await reviewOnly();
    await writeFile(join(dir, '.vatlcache'), '{"key": "something else", "files": {');
    const run = await runVatl(dir, ['validate', '--cache', 'decisions']);
    expect(run.stdout).toBe('✔ 1 file checked, no problems.\n');
    expect(run.code).toBe(0);
    // A cache that says the broken file is clean, written under another key, is not believed.
    const text = broken(await readFile(join(dir, REVIEW), 'utf8'));
    await writeFile(join(dir, REVIEW), text);
    const entry = { sha256: createHash('sha256').update(text).digest('hex'), diagnostics: [] };
    const forged = (key: string) => JSON.stringify({ key, files: { [join(dir, REVIEW)]: entry } });
    const { key } = JSON.parse(await readFile(join(dir, '.vatlcache'), 'utf8')) as { key: string };
    await writeFile(join(dir, '.vatlcache'), forged(`${key}-old`));
    expect((await runVatl(dir, ['validate', '--cache', 'decisions'])).code).toBe(1);
    // Under the current key it is believed: the cache is what answered.
    await writeFile(join(dir, '.vatlcache'), forged(key));
    expect((await runVatl(dir, ['validate', '--cache', 'decisions'])).code).toBe(0);
  });

  it('--cache-location names the file, or a folder to keep .vatlcache in', async () => {
    const dir = await reviewOnly();
    await runVatl(dir, ['validate', '--cache', '--cache-location', 'my.cache', 'decisions']);
    expect(await readdir(dir)).toContain('my.cache');
    await mkdir(join(dir, 'tmp'));
    await runVatl(dir, ['validate', '--cache', '--cache-location', 'tmp', 'decisions']);
    expect(await readdir(join(dir, 'tmp'))).toEqual(['.vatlcache']);
    expect(await readdir(dir)).not.toContain('.vatlcache');
  });

  it('without --cache, writes nothing', async () => {
    const dir = await reviewOnly();
    await runVatl(dir, ['validate', 'decisions']);
    expect(await readdir(dir)).not.toContain('.vatlcache');
  });

  it('vatl init ignores the cache in git', async () => {
    cwd = await makeWorkspace();
    expect((await runVatl(cwd, ['init'])).code).toBe(0);
    expect((await readFile(join(cwd, '.gitignore'), 'utf8')).split('\n')).toContain('.vatlcache');
  });
});
