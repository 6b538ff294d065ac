import { afterEach, expect, it } from 'vitest';
import { STACK_TRACE, makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import {
  WHOLE_REVIEW,
  enter,
  on,
  runInteractive,
  scriptedPrompter,
} from '../helpers/scripted-prompter.js';

let cwd: string | undefined;
afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

it('never starts the cursor on an answer that crosses a red line: a quick Enter stays clear', async () => {
  cwd = await makeWorkspace();
  const training = /^Does the vendor use student data to train or improve AI models/;
  const prompter = scriptedPrompter([on(training, enter), ...WHOLE_REVIEW]);
  const { code, stderr } = await runInteractive(cwd, ['review', '--stdout'], prompter);
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(code).toBe(0);
  const call = prompter.calls.find((c) => training.test(c.message));
  // Yes is listed first, as everywhere, and crosses the red line; the cursor starts on No.
  expect(call?.choices[0]?.value).toBe('yes');
  expect(call?.default).toBe('no');
  expect(call?.answer).toBe('no');
});
