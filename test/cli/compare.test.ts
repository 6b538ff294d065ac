import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { markdownProblems } from '../helpers/reviews.js';

const HARBOR = 'decisions/0001-lms-replacement.review.yaml';
const CANOPY = 'decisions/0002-canopy-lms.review.yaml';

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, 'compare', name), 'utf8');
}

/** A decisions folder with two competing LMS proposals. */
function twoLms() {
  return memoryWorkspace({
    [HARBOR]: fixture('0001-lms-replacement.review.yaml'),
    [CANOPY]: fixture('0002-canopy-lms.review.yaml'),
  });
}

describe('vatl compare', () => {
  it('prints the two proposals side by side, Markdown that passes markdownlint', async () => {
    const { code, stdout, stderr } = await twoLms().run(['compare', HARBOR, CANOPY]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Comparing 2 proposals\n/);
    expect(stdout).toContain(
      '| Proposal | 1. Harbor LMS (District Edition) | 2. Canopy Classroom |',
    );
    expect(stdout).toContain(
      '| Cost | $9.50 per enrolled student a year ($134,900 a year for 14,200 students)',
    );
    expect(stdout).toContain('| Suggested outcome | Adopt | Adapt |');
    expect(stdout).toContain('## 2. Canopy Classroom');
    expect(await markdownProblems(stdout)).toEqual([]);
  });

  it('takes decision ids and numbers from the decisions folder, giving the same page', async () => {
    const ws = twoLms();
    const byPath = await ws.run(['compare', HARBOR, CANOPY]);
    const byId = await ws.run(['compare', '0001-lms-replacement', '2']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(byPath.stdout);
  });

  it('writes --out atomically, and refuses to replace it without --force', async () => {
    const ws = twoLms();
    const first = await ws.run(['compare', '1', '2', '--out', 'lms-options.md']);
    expect(first).toMatchObject({ code: 0, stdout: 'Wrote lms-options.md\n', stderr: '' });
    const page = ws.read('lms-options.md');
    expect(page).toMatch(/^# Comparing 2 proposals\n/);

    ws.write('lms-options.md', '# Our notes\n');
    const again = await ws.run(['compare', '1', '2', '--out', 'lms-options.md']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('lms-options.md already exists; it was left as it is.');
    expect(again.stderr).toContain('--force');
    expect(ws.read('lms-options.md')).toBe('# Our notes\n');

    const forced = await ws.run(['compare', '1', '2', '--out', 'lms-options.md', '--force']);
    expect(forced.code).toBe(0);
    expect(ws.read('lms-options.md')).toBe(page);
    expect(ws.list('.').filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a review with errors at its location, exits 1 and prints no page', async () => {
    const ws = twoLms();
    ws.write(
      CANOPY,
      fixture('0002-canopy-lms.review.yaml').replace(/(ge-priority-reach:\n\s+value:) 3/, '$1 9'),
    );
    const { code, stdout, stderr } = await ws.run(['compare', HARBOR, CANOPY]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`${CANOPY}:\\d+:\\d+ +error +review/invalid-answer`));
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses reviews of different frameworks with a located error naming both', async () => {
    const ws = twoLms();
    ws.write(
      CANOPY,
      fixture('0002-canopy-lms.review.yaml').replace(
        'framework: vatl@2.0.0',
        'framework: iste-leaders@1.0.0',
      ),
    );
    const { code, stdout, stderr } = await ws.run(['compare', HARBOR, CANOPY]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('compare/framework-mismatch');
    expect(stderr).toContain(
      `This review uses framework \`iste-leaders\`, but ${HARBOR} uses \`vatl\``,
    );
  });

  it('says so, exit 2, when an argument names no review', async () => {
    const { code, stdout, stderr } = await twoLms().run(['compare', '1', '7']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('vatl: `7` is neither a review file nor a decision in decisions.');
  });

  it('renders with a compare.md.hbs from --template in place of the built-in one', async () => {
    const ws = twoLms();
    ws.write('my-templates/compare.md.hbs', '# {{count}} options: {{refs}}\n');
    const { code, stdout } = await ws.run(['compare', '1', '2', '--template', 'my-templates']);
    expect(code).toBe(0);
    expect(stdout).toBe('# 2 options: vatl@2.0.0\n');
  });

  it('needs at least two reviews', async () => {
    const { code, stderr } = await twoLms().run(['compare', '1']);
    expect(code).toBe(2);
    expect(stderr).toContain('at least two reviews');
  });
});
