import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STACK_TRACE, makeWorkspace, removeWorkspace, runVatl, REPO } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';

let cwd: string | undefined;
afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

const LMS = readFileSync(join(REPO, 'examples', 'lms-replacement', 'review.yaml'), 'utf8');

describe('a broken vatl.config.yaml', () => {
  it.each([
    ['validate'],
    ['review', '--answers', 'answers.yaml', '--stdout'],
    ['render', 'answers.yaml', '--stdout'],
    ['upgrade', 'answers.yaml', '--dry-run'],
    ['frameworks', 'list'],
    ['frameworks', 'show', 'vatl'],
    ['validate', 'answers.yaml'],
    ['status', 'answers.yaml', 'decided'],
    ['merge', 'answers.yaml', 'answers.yaml', '--stdout'],
    ['compare', 'answers.yaml', 'answers.yaml'],
    ['log'],
    ['due'],
  ])('is reported once, at its line and column, and `vatl %s` exits 2', async (...argv) => {
    cwd = await makeWorkspace();
    await writeFile(join(cwd, 'vatl.config.yaml'), 'decisions: [\n');
    await writeFile(join(cwd, 'answers.yaml'), LMS);
    const { code, stdout, stderr } = await runVatl(cwd, argv);
    const out = stdout + stderr;
    expect(code).toBe(2);
    expect(out.match(/vatl\.config\.yaml/g)).toHaveLength(1);
    expect(out).toMatch(/^vatl\.config\.yaml:2:1 {2}error {4}yaml\/syntax {2}/m);
    expect(out).not.toMatch(STACK_TRACE);
  });
});

describe('a review naming a framework that is not installed', () => {
  it.each([
    ['review', '--stdout', '--answers', 'answers.yaml'],
    ['render', '--stdout', 'answers.yaml'],
    ['upgrade', 'answers.yaml'],
    ['validate', 'answers.review.yaml'],
  ])(
    'is located at its framework: value, with the installed ids, and exits 1 (%s)',
    async (...argv) => {
      cwd = await makeWorkspace();
      const broken = LMS.replace(/^framework: vatl@/m, 'framework: nope@').replace(
        /^id: .*\n/m,
        '',
      );
      await writeFile(join(cwd, 'answers.yaml'), broken);
      await writeFile(join(cwd, 'answers.review.yaml'), broken);
      const { code, stdout, stderr } = await runVatl(cwd, argv);
      const line = broken.split('\n').findIndex((l) => l.startsWith('framework:')) + 1;
      expect(code).toBe(1);
      expect(stdout + stderr).toContain(
        `${String(argv.at(-1))}:${line}:12  error    review/unknown-framework  The review names framework \`nope\`, which is not installed. Installed: dp-leadership, iste-leaders, tla-edtech-systems, vatl.`,
      );
    },
  );
});

describe('an empty vatl.config.yaml', () => {
  it('marks the repository root with every default, rather than being an error', async () => {
    cwd = await makeWorkspace();
    await writeFile(join(cwd, 'vatl.config.yaml'), '# vatl settings: the defaults for now\n');
    const { code, stdout, stderr } = await runVatl(cwd, ['frameworks', 'list']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^vatl \(default\)/m);
    expect(code).toBe(0);
  });
});
