import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVatl } from '../helpers/cli.js';
import { fsError, intercept, memoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';
import { ensureBuilt, spawnVatl } from '../helpers/spawn.js';

/**
 * A disk that is really full, and one that is really read-only: small tmpfs mounts, which
 * root may make (CI runs as root in a container, or with sudo). Where mounting is not
 * allowed, the same runs go in-process over the memory file system with the same fault
 * injected, so the case is never skipped.
 */

const NEW_ID = '0001-replace-classhub-7-with-harbor-lms-as-the';
const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';
const EDITED = '# Edited by hand\n';
const ANSWERS = reviewYaml(exampleReview('lms-replacement'));

let scratch: string;
const mounted: string[] = [];

function sh(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** A fresh tmpfs of `size` at a new folder, or undefined when this machine will not mount one. */
async function tmpfs(size: string): Promise<string | undefined> {
  const dir = await mkdtemp(join(scratch, 'mnt-'));
  if (process.getuid?.() !== 0 || !sh('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]))
    return undefined;
  mounted.push(dir);
  return dir;
}

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), 'vatl-disk-'));
});

afterAll(async () => {
  for (const dir of mounted.reverse()) sh('umount', ['-l', dir]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

type Outcome = { code: number | null; stderr: string; left: string[]; memo?: string };

/** review --answers on a disk with room for the answers and little more. */
async function onFullDisk(): Promise<Outcome & { real: boolean }> {
  const dir = await tmpfs('64k');
  if (dir) {
    await writeFile(join(dir, 'answers.yaml'), ANSWERS);
    await mkdir(join(dir, 'decisions'));
    const { code, stderr } = spawnVatl(['review', '--answers', 'answers.yaml'], dir);
    return { real: true, code, stderr, left: await readdir(join(dir, 'decisions')) };
  }
  const ws = memoryWorkspace({ 'answers.yaml': ANSWERS, 'decisions/.keep': '' });
  const fs = intercept(ws.fs, (call) => {
    if (call.op === 'writeFile' && call.args[0].endsWith('.tmp') && /\.md\./.test(call.args[0]))
      throw fsError('ENOSPC', 'write');
  });
  const { code, stderr } = await runVatl(ws.cwd, ['review', '--answers', 'answers.yaml'], { fs });
  return { real: false, code, stderr, left: ws.list('decisions').filter((n) => n !== '.keep') };
}

/** render --force on a disk remounted read-only under a decision. */
async function onReadOnlyDisk(): Promise<Outcome & { real: boolean }> {
  const files = { [REVIEW]: readExample('lms-replacement', 'review.yaml'), [MEMO]: EDITED };
  const dir = await tmpfs('1m');
  if (dir) {
    await mkdir(join(dir, 'decisions'));
    for (const [rel, text] of Object.entries(files)) await writeFile(join(dir, rel), text);
    expect(sh('mount', ['-o', 'remount,ro', dir])).toBe(true);
    const { code, stderr } = spawnVatl(['render', '--force', REVIEW], dir);
    const memo = await readFile(join(dir, MEMO), 'utf8');
    return { real: true, code, stderr, memo, left: await readdir(join(dir, 'decisions')) };
  }
  const ws = memoryWorkspace(files);
  const fs = intercept(ws.fs, (call) => {
    if (['writeFile', 'rename', 'link', 'mkdir', 'rm', 'unlink'].includes(call.op))
      throw fsError('EROFS', call.op, call.args[0]);
  });
  const { code, stderr } = await runVatl(ws.cwd, ['render', '--force', REVIEW], { fs });
  return { real: false, code, stderr, memo: ws.read(MEMO), left: ws.list('decisions') };
}

describe('a real disk fault (tmpfs as root, else injected)', () => {
  it('a full disk: one plain line naming the file, exit 2, nothing written, no temporary file', async () => {
    const { code, stderr, left, real } = await onFullDisk();
    console.log(`full disk: ${real ? 'a 64k tmpfs' : 'ENOSPC injected (no mount here)'}`);
    expect(stderr).toMatch(
      new RegExp(
        `^vatl: cannot write decisions/${NEW_ID}\\.(review\\.yaml|md): no space left on device\\n {2}Free some space and run the command again; nothing was changed\\.\\n$`,
      ),
    );
    expect(code).toBe(2);
    expect(left).toEqual([]);
  });

  it('a read-only disk: one plain line naming the memo, exit 2, the memo as it was', async () => {
    const { code, stderr, memo, left, real } = await onReadOnlyDisk();
    console.log(
      `read-only disk: ${real ? 'a tmpfs remounted ro' : 'EROFS injected (no mount here)'}`,
    );
    expect(stderr).toBe(
      `vatl: cannot write ${MEMO}: the file system is read-only\n  Run it in a copy that can be written (or make the disk writable), then run the command again; ${MEMO} was left as it was.\n`,
    );
    expect(code).toBe(2);
    expect(memo).toBe(EDITED);
    expect(left.sort()).toEqual(['0001-lms-replacement.md', '0001-lms-replacement.review.yaml']);
  });
});
