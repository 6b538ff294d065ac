import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/io/paths.js';
import { STACK_TRACE, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { MEMORY_CWD, fsError, intercept, memoryWorkspace } from '../helpers/memory-fs.js';
import type { FsCall, MemoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';

/**
 * What vatl tells the user when the disk fails under it: one `vatl: cannot …` line naming the
 * file and what to do, exit 2, no stack trace, nothing half-written and no temporary file
 * left. A fake file system makes each fault on demand (these tests run as root, where a chmod
 * does not stop a write); test/e2e/disk-full.test.ts fills and write-protects a real disk.
 */

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';
/** The lms-replacement example, numbered by `vatl review --answers`. */
const NEW_ID = '0001-replace-classhub-7-with-harbor-lms-as-the';
const NEW_REVIEW = `decisions/${NEW_ID}.review.yaml`;
const NEW_MEMO = `decisions/${NEW_ID}.md`;
const EDITED_MEMO = '# A memo the board edited by hand\n';
const ANSWERS = { 'answers.yaml': reviewYaml(exampleReview('lms-replacement')) };
const REVIEWED = { [REVIEW]: readExample('lms-replacement', 'review.yaml') };
const DECIDED = { ...REVIEWED, [MEMO]: readExample('lms-replacement', 'memo.md') };
const TEAM = Object.fromEntries(
  ['dana-okafor', 'jordan-whitfield', 'luis-ferreira'].map((r) => [
    `team/${r}.review.yaml`,
    readExample('team-review' as never, `${r}.review.yaml` as never),
  ]),
);
const FULL = 'Free some space and run the command again';

interface Fault {
  op: FsCall['op'];
  /** The path the fault strikes: the call's first argument, or for rename/link its second. */
  path: RegExp | string;
  error: (path: string) => Error;
  /** For writeFile: write the first half of the data before failing, as a full disk does. */
  half?: boolean;
}

interface Case {
  what: string;
  /** The workspace's files, besides the built-in frameworks and templates. */
  files: Record<string, string>;
  argv: string[];
  fault: Fault;
  code: number;
  stdout: string;
  stderr: string;
  /** What must (not) be on disk afterwards. */
  after: (ws: MemoryWorkspace) => void;
}

function strikes(fault: Fault, path: string): boolean {
  return typeof fault.path === 'string' ? path === fault.path : fault.path.test(path);
}

/** The workspace's file system with the fault in it. */
function faulty(ws: MemoryWorkspace, fault: Fault) {
  return intercept(ws.fs, async (call) => {
    const path = call.op === 'rename' || call.op === 'link' ? call.args[1] : call.args[0];
    if (call.op !== fault.op || !strikes(fault, path)) return;
    if (call.op === 'writeFile' && fault.half) {
      const [, data, options] = call.args;
      await ws.fs.writeFile(path, data.slice(0, data.length / 2), options);
    }
    throw fault.error(path);
  });
}

/** Every temporary file left anywhere in the workspace. */
function temps(ws: MemoryWorkspace): string[] {
  return Object.keys(ws.vol.toJSON()).filter((p) => p.endsWith('.tmp'));
}

const unchanged = (ws: MemoryWorkspace, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) expect(ws.read(path)).toBe(text);
};

const cases: Case[] = [
  {
    what: 'a framework file vatl is not allowed to read (EACCES)',
    files: {},
    argv: ['validate', 'frameworks/vatl.yaml'],
    fault: {
      op: 'readFile',
      path: join(MEMORY_CWD, 'frameworks', 'vatl.yaml'),
      error: (p) => fsError('EACCES', 'open', p),
    },
    code: 2,
    stdout:
      'frameworks/vatl.yaml  error    file/unreadable  Permission denied: vatl cannot read this file.\n' +
      '\n✖ 1 problem (1 error, 0 warnings) in 1 file checked.\n',
    stderr: '',
    after: () => {},
  },
  {
    what: 'a review file the disk fails to read (EIO)',
    files: REVIEWED,
    argv: ['render', REVIEW],
    fault: { op: 'readFile', path: /\.review\.yaml$/, error: () => fsError('EIO', 'read') },
    code: 2,
    stdout: '',
    stderr:
      `${REVIEW}  error    file/unreadable  Could not read the file: EIO: i/o error, read\n` +
      '\n✖ 1 problem (1 error, 0 warnings) in 1 file checked.\n',
    after: (ws) => expect(ws.exists(MEMO)).toBe(false),
  },
  {
    what: 'a built-in template vatl is not allowed to read (EACCES)',
    files: ANSWERS,
    argv: ['review', '--answers', 'answers.yaml', '--stdout'],
    fault: {
      op: 'readFile',
      path: join(BUILT_IN_TEMPLATES, 'partials', 'signoff.md.hbs'),
      error: (p) => fsError('EACCES', 'open', p),
    },
    code: 2,
    stdout: '',
    stderr:
      `${relative(MEMORY_CWD, join(BUILT_IN_TEMPLATES, 'partials', 'signoff.md.hbs'))}  error    template/unreadable  This template cannot be read (EACCES). Check that the file and its folder can be read, then run again.\n` +
      '\n✖ 1 problem (1 error, 0 warnings) in 1 file checked.\n',
    after: (ws) => expect(ws.exists('decisions')).toBe(false),
  },
  {
    what: 'the disk fills while render --force replaces a memo (ENOSPC)',
    files: { ...REVIEWED, [MEMO]: EDITED_MEMO },
    argv: ['render', '--force', REVIEW],
    fault: {
      op: 'writeFile',
      path: /\.md\.[^/]+\.tmp$/,
      half: true,
      error: () => fsError('ENOSPC', 'write'),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${MEMO}: no space left on device\n  ${FULL}; ${MEMO} was left as it was.\n`,
    after: (ws) => expect(ws.read(MEMO)).toBe(EDITED_MEMO),
  },
  {
    what: 'the disk fills while review --answers writes the review (ENOSPC)',
    files: ANSWERS,
    argv: ['review', '--answers', 'answers.yaml'],
    fault: {
      op: 'writeFile',
      path: /\.review\.yaml\.[^/]+\.tmp$/,
      half: true,
      error: () => fsError('ENOSPC', 'write'),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${NEW_REVIEW}: no space left on device\n  ${FULL}; nothing was changed.\n`,
    after: (ws) => expect(ws.list('decisions')).toEqual([]),
  },
  {
    what: 'the disk fills while review --answers writes the memo, after the review (ENOSPC)',
    files: ANSWERS,
    argv: ['review', '--answers', 'answers.yaml'],
    fault: {
      op: 'writeFile',
      path: /\.md\.[^/]+\.tmp$/,
      half: true,
      error: () => fsError('ENOSPC', 'write'),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${NEW_MEMO}: no space left on device\n  ${FULL}; nothing was changed.\n`,
    after: (ws) => expect(ws.list('decisions')).toEqual([]),
  },
  {
    what: 'the memo cannot take its name once the review has claimed the id (EACCES): the claim is undone',
    files: ANSWERS,
    argv: ['review', '--answers', 'answers.yaml'],
    fault: { op: 'rename', path: /\.md$/, error: (p) => fsError('EACCES', 'rename', p) },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${NEW_MEMO}: permission denied\n  Check that your account may write to decisions, then run the command again; nothing was changed.\n`,
    after: (ws) => expect(ws.list('decisions')).toEqual([]),
  },
  {
    what: 'the decisions folder may not be created (EACCES)',
    files: ANSWERS,
    argv: ['review', '--answers', 'answers.yaml'],
    fault: {
      op: 'mkdir',
      path: join(MEMORY_CWD, 'decisions'),
      error: (p) => fsError('EACCES', 'mkdir', p),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${NEW_REVIEW}: permission denied\n  Check that your account may write to decisions, then run the command again; nothing was changed.\n`,
    after: (ws) => expect(ws.exists('decisions')).toBe(false),
  },
  {
    what: 'the decisions folder cannot be read for the next number (EACCES)',
    files: { ...ANSWERS, 'decisions/README.md': 'notes\n' },
    argv: ['review', '--answers', 'answers.yaml'],
    fault: {
      op: 'readdir',
      path: join(MEMORY_CWD, 'decisions'),
      error: (p) => fsError('EACCES', 'scandir', p),
    },
    code: 2,
    stdout: '',
    stderr:
      'vatl: cannot read decisions: permission denied\n  Check that your account may read decisions, then run the command again; nothing was changed.\n',
    after: (ws) => expect(ws.list('decisions')).toEqual(['README.md']),
  },
  {
    what: 'a fixed-id review onto a read-only disk (EROFS)',
    files: { 'answers.yaml': REVIEWED[REVIEW] as string },
    argv: ['review', '--answers', 'answers.yaml'],
    fault: { op: 'writeFile', path: /\.tmp$/, error: (p) => fsError('EROFS', 'open', p) },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${REVIEW}: the file system is read-only\n  Run it in a copy that can be written (or make the disk writable), then run the command again; nothing was changed.\n`,
    after: (ws) => expect(ws.list('decisions')).toEqual([]),
  },
  {
    what: 'a folder where the memo is to go (EISDIR)',
    files: { 'answers.yaml': REVIEWED[REVIEW] as string, [`${MEMO}/keep`]: '' },
    argv: ['review', '--answers', 'answers.yaml', '--force'],
    fault: { op: 'rename', path: /\.md$/, error: (p) => fsError('EISDIR', 'rename', p) },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${MEMO}: it is a folder, not a file\n  Move the folder ${MEMO} aside, then run the command again; ${REVIEW} was written before it stopped (vatl validate says what to repair).\n`,
    after: (ws) => expect(ws.exists(`${MEMO}/keep`)).toBe(true),
  },
  {
    what: 'status cannot write the memo after the review (ENOSPC): neither changes',
    files: DECIDED,
    argv: ['status', '1', 'retired', '--date', '2027-01-10'],
    fault: {
      op: 'writeFile',
      path: /\.md\.[^/]+\.tmp$/,
      half: true,
      error: () => fsError('ENOSPC', 'write'),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write ${MEMO}: no space left on device\n  ${FULL}; nothing was changed.\n`,
    after: (ws) => unchanged(ws, DECIDED),
  },
  {
    what: 'merge onto a full disk (ENOSPC)',
    files: TEAM,
    argv: ['merge', ...Object.keys(TEAM), '--out', 'out'],
    fault: {
      op: 'writeFile',
      path: /\.md\.[^/]+\.tmp$/,
      error: () => fsError('ENOSPC', 'write'),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write out/0001-team-review-pilot-stepwise-tutor-an-ai-tutoring.md: no space left on device\n  ${FULL}; nothing was changed.\n`,
    after: (ws) => expect(ws.list('out')).toEqual([]),
  },
  {
    what: 'init on a read-only disk (EROFS)',
    files: {},
    argv: ['init'],
    fault: { op: 'writeFile', path: /\.tmp$/, error: (p) => fsError('EROFS', 'open', p) },
    code: 2,
    stdout: '',
    stderr:
      'vatl: cannot write vatl.config.yaml: the file system is read-only\n  Run it in a copy that can be written (or make the disk writable), then run the command again; vatl.config.yaml was left as it was.\n',
    after: (ws) => expect(ws.exists('vatl.config.yaml')).toBe(false),
  },
  {
    what: 'a file in the way of a folder when it is made (EEXIST)',
    files: { 'answers.yaml': REVIEWED[REVIEW] as string, 'out/x': '' },
    argv: ['review', '--answers', 'answers.yaml', '--out', 'out/x/decisions'],
    fault: {
      op: 'mkdir',
      path: /decisions$/,
      error: (p) => fsError('EEXIST', 'mkdir', p),
    },
    code: 2,
    stdout: '',
    stderr: `vatl: cannot write out/x/${REVIEW}: out/x is a file, not a folder\n  Move out/x aside so a folder can take its place (or choose another folder in vatl.config.yaml), then run the command again; nothing was changed.\n`,
    after: (ws) => expect(ws.read('out/x')).toBe(''),
  },
];

describe('disk faults', () => {
  it.each(cases)('$what', async (c) => {
    const ws = memoryWorkspace(c.files);
    const { code, stdout, stderr } = await runVatl(ws.cwd, c.argv, { fs: faulty(ws, c.fault) });
    expect(stderr).toBe(c.stderr);
    expect(stdout.endsWith(c.stdout)).toBe(true);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(c.code);
    expect(temps(ws)).toEqual([]);
    c.after(ws);
  });

  it('a raw fault from outside the io layer is a plain message too', async () => {
    const ws = memoryWorkspace();
    // init reads the schemas it copies with a bare readFile: the error Node gives escapes as it is.
    const fs = intercept(ws.fs, (call) => {
      if (call.op === 'readFile' && call.args[0].endsWith('config.schema.json'))
        throw fsError('EIO', 'read', call.args[0]);
    });
    const { code, stderr } = await runVatl(ws.cwd, ['init'], { fs });
    expect(stderr).toMatch(
      /^vatl: cannot read \S*frameworks\/schema\/config\.schema\.json: i\/o error \(EIO\)\n {2}Check the disk, then run the command again; nothing was changed\.\n$/,
    );
    expect(code).toBe(2);
  });
});

describe('a file where the decisions folder should be', () => {
  let dir: string | undefined;
  afterEach(() => removeWorkspace(dir));

  it('review --answers names it and writes nothing', async () => {
    dir = await makeWorkspace();
    await writeFile(join(dir, 'decisions'), 'not a folder\n');
    await writeFile(join(dir, 'answers.yaml'), ANSWERS['answers.yaml']);
    const { code, stdout, stderr } = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe(
      'vatl: cannot read decisions: it is a file, not a folder\n  Move decisions aside so a folder can take its place (or choose another folder in vatl.config.yaml), then run the command again; nothing was changed.\n',
    );
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(await readFile(join(dir, 'decisions'), 'utf8')).toBe('not a folder\n');
  });

  it('validate with no paths reports it (exit 2) rather than check nothing', async () => {
    dir = await makeWorkspace();
    await rm(join(dir, 'frameworks'), { recursive: true });
    await writeFile(join(dir, 'decisions'), 'not a folder\n');
    const { code, stdout } = await runVatl(dir, ['validate']);
    expect(stdout).toBe(
      'decisions  error    io/not-a-folder  This is a file where vatl looks for a folder. Move the file aside, or set the folder in vatl.config.yaml (decisions:, frameworks:).\n' +
        '\n✖ 1 problem (1 error, 0 warnings) in 0 files checked.\n',
    );
    expect(code).toBe(2);
  });
});
