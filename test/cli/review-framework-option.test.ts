import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { readExample } from '../helpers/reviews.js';

const LMS = readExample('lms-replacement', 'review.yaml');
/** The example with no `framework:` line, as a district might start an answers file. */
const NO_FRAMEWORK = LMS.replace(/^framework: .*\n/m, '').replace(/^id: .*\n/m, '');

describe('vatl review --answers with --framework', () => {
  it('supplies the framework a file does not name, and records it as id@version', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': NO_FRAMEWORK });
    const { code, stdout, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'vatl',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = /^Wrote (decisions\/\S+\.review\.yaml)$/m.exec(stdout)?.[1] ?? '';
    const text = ws.read(written);
    expect((parse(text) as { framework: string }).framework).toMatch(/^vatl@\d+\.\d+\.\d+$/);
    // Right after the title, where vatl writes it, with the rest of the file as it was.
    expect(text.split('\n').findIndex((l) => l.startsWith('framework: '))).toBe(
      text.split('\n').findIndex((l) => l.startsWith('title: ')) + 1,
    );
  });

  it('without --framework, a file that names no framework is still an error', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': NO_FRAMEWORK });
    const { code, stderr } = await ws.run(['review', '--answers', 'answers.yaml', '--dry-run']);
    expect(stderr).toContain('is missing the required property `framework`');
    expect(code).toBe(1);
  });

  it('reports problems at their lines in the file as written', async () => {
    const broken = NO_FRAMEWORK.replace(/(ge-priority-reach:\n {4}value: )4/, '$19');
    const line = broken.split('\n').findIndex((l) => l === '    value: 9') + 1;
    const ws = memoryWorkspace({ 'answers.yaml': broken });
    const { code, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'vatl',
    ]);
    expect(stderr).toMatch(new RegExp(`^answers\\.yaml:${line}:\\d+ `, 'm'));
    expect(code).toBe(1);
  });

  it('accepts the framework the file names, whatever its version', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': LMS });
    const { code } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'vatl',
      '--dry-run',
    ]);
    expect(code).toBe(0);
  });

  it('refuses another framework than the file names, naming both, exit 2', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': LMS });
    const { code, stdout, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'iste-leaders',
    ]);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: --framework iste-leaders does not match the framework answers.yaml names: vatl@2.0.0 (answers.yaml:4:12).\n' +
        "  Leave out --framework to review against the file's framework, or correct `framework:` in the file.\n",
    );
    expect(code).toBe(2);
    expect(ws.list('decisions')).toEqual([]);
  });

  it('--framework nosuch is the unknown-framework error, exit 2', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': LMS });
    const { code, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'nosuch',
    ]);
    expect(stderr).toMatch(
      /^vatl: there is no framework `nosuch` \(from --framework\)\.\n {2}Installed: /,
    );
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).toBe(2);
  });

  it('--framework vtal suggests vatl', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': LMS });
    const { code, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'vtal',
    ]);
    expect(stderr).toContain('Did you mean `vatl`? Installed: dp-leadership, iste-leaders');
    expect(code).toBe(2);
  });
});
