import { copyFile, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';

let cwd: string | undefined;
afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

it('validate walks a decisions folder with links back to itself once, checking each file once', async () => {
  cwd = await makeWorkspace();
  const decisions = join(cwd, 'decisions');
  await mkdir(decisions);
  const example = join(REPO, 'examples', 'lms-replacement');
  await copyFile(join(example, 'review.yaml'), join(decisions, '0001-lms-replacement.review.yaml'));
  await copyFile(join(example, 'memo.md'), join(decisions, '0001-lms-replacement.md'));
  await symlink('.', join(decisions, 'again'));
  await symlink('.', join(decisions, 'more'));
  const { code, stdout } = await runVatl(cwd, ['validate', 'decisions']);
  expect(stdout).toBe('✔ 2 files checked, no problems.\n');
  expect(code).toBe(0);
});
