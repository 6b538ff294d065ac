import { describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { runInteractive, scriptedPrompter } from '../helpers/scripted-prompter.js';
import { readExample } from '../helpers/reviews.js';

const LMS = readExample('lms-replacement', 'review.yaml');

describe('unknown keys get a "did you mean", in every kind of file', () => {
  it('a review: `titel:` → did you mean `title`', async () => {
    const ws = memoryWorkspace({
      'decisions/0001-lms-replacement.review.yaml': LMS.replace(/^title:/m, 'titel:'),
    });
    const { code, stdout } = await ws.run([
      'validate',
      'decisions/0001-lms-replacement.review.yaml',
    ]);
    expect(stdout).toMatch(
      /^decisions\/0001-lms-replacement\.review\.yaml:3:1 {2}error {4}review\/unknown-property {2}The top level has an unknown property `titel`\. Did you mean `title`\?$/m,
    );
    expect(code).toBe(1);
  });

  it('a review, inside an answer: `evidance:` → did you mean `evidence`', async () => {
    const ws = memoryWorkspace({
      'answers.review.yaml': LMS.replace(
        '  ge-priority-reach:\n    value: 4\n    evidence:',
        '  ge-priority-reach:\n    value: 4\n    evidance:',
      ),
    });
    const { stdout } = await ws.run(['validate', 'answers.review.yaml']);
    expect(stdout).toContain(
      '`answers.ge-priority-reach` has an unknown property `evidance`. Did you mean `evidence`?',
    );
  });

  it('a framework, in a question reached through a $ref: `wieght:` → did you mean `weight`', async () => {
    const ws = memoryWorkspace();
    ws.write(
      'mine/vatl.yaml',
      ws.read('frameworks/vatl.yaml').replace('    weight: 2\n', '    wieght: 2\n'),
    );
    const { stdout } = await ws.run(['validate', 'mine/vatl.yaml']);
    expect(stdout).toContain(
      '`questions[0]` has an unknown property `wieght`. Did you mean `weight`?',
    );
  });

  it('the config: `decisons:` → did you mean `decisions`, exit 2', async () => {
    const ws = memoryWorkspace({ 'vatl.config.yaml': 'decisons: records\n' });
    const { code, stdout } = await ws.run(['validate', 'frameworks']);
    expect(stdout).toContain(
      'vatl.config.yaml:1:1  error    config/unknown-property  The top level has an unknown property `decisons`. Did you mean `decisions`?',
    );
    expect(code).toBe(2);
  });

  it('a key near nothing lists the allowed keys when they are few', async () => {
    const ws = memoryWorkspace({ 'vatl.config.yaml': 'services: {}\n' });
    const { stdout } = await ws.run(['validate', 'frameworks']);
    expect(stdout).toMatch(/unknown property `services`\. Allowed: .*decisions.*defaultFramework/);
  });
});

describe('framework ids get a "did you mean"', () => {
  it('vatl frameworks show vtal → did you mean `vatl`, exit 2', async () => {
    const { code, stderr } = await memoryWorkspace().run(['frameworks', 'show', 'vtal']);
    expect(stderr).toContain('vatl: there is no framework `vtal`.');
    expect(stderr).toContain(
      'Did you mean `vatl`? Installed: dp-leadership, iste-leaders, tla-edtech-systems, vatl.',
    );
    expect(code).toBe(2);
  });

  it('a review naming `framework: vtal@2.0.0` → did you mean `vatl`', async () => {
    const ws = memoryWorkspace({
      'answers.review.yaml': LMS.replace('framework: vatl@', 'framework: vtal@'),
    });
    const { stdout } = await ws.run(['validate', 'answers.review.yaml']);
    expect(stdout).toContain(
      'The review names framework `vtal`, which is not installed. Did you mean `vatl`? Installed:',
    );
  });
});

describe('the interactive review', () => {
  it('--framework vtal suggests vatl before asking anything, exit 2', async () => {
    const dir = await makeWorkspace();
    try {
      const { code, stderr } = await runInteractive(
        dir,
        ['review', '--framework', 'vtal'],
        scriptedPrompter([]),
      );
      expect(stderr).toContain('There is no framework `vtal`. Did you mean `vatl`?');
      expect(code).toBe(2);
    } finally {
      await removeWorkspace(dir);
    }
  });
});
