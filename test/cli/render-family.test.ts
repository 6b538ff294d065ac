import { describe, expect, it } from 'vitest';
import { EXAMPLES, readExample } from '../helpers/reviews.js';
import { REPO, STACK_TRACE, runVatl } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';
const FAMILY = 'decisions/0001-lms-replacement.family.md';

function withReview(text = readExample('lms-replacement', 'review.yaml')): MemoryWorkspace {
  return memoryWorkspace({ [REVIEW]: text });
}

/** The LMS review without its own contact line, so the config's shows. */
const withoutContact = () =>
  readExample('lms-replacement', 'review.yaml').replace(/^contact: .*\n/m, '');

describe('vatl render --audience family', () => {
  it('--stdout prints the family summary the example commits, and writes nothing', async () => {
    const ws = withReview();
    const { code, stdout, stderr } = await ws.run([
      'render',
      '--audience',
      'family',
      '--stdout',
      REVIEW,
    ]);
    expect(stderr).toBe('');
    expect(stdout).toBe(readExample('lms-replacement', 'memo.family.md'));
    expect(code).toBe(0);
    expect(ws.exists(FAMILY)).toBe(false);
    expect(ws.exists(MEMO)).toBe(false);
  });

  it('writes <id>.family.md beside the review, and not the memo', async () => {
    const ws = withReview();
    const { code, stdout } = await ws.run(['render', '--audience', 'family', REVIEW]);
    expect(stdout).toBe(`Wrote ${FAMILY}\n`);
    expect(code).toBe(0);
    expect(ws.read(FAMILY)).toBe(readExample('lms-replacement', 'memo.family.md'));
    expect(ws.exists(MEMO)).toBe(false);
    const again = await ws.run(['render', '--audience', 'family', REVIEW]);
    expect(again.stdout).toBe(`${FAMILY} is up to date.\n`);
  });

  it('renders the memo without --audience, or with --audience board', async () => {
    const ws = withReview();
    expect((await ws.run(['render', '--audience', 'board', REVIEW])).stdout).toBe(
      `Wrote ${MEMO}\n`,
    );
    expect(ws.exists(FAMILY)).toBe(false);
  });

  it('refuses to replace a summary that differs (exit 1), and replaces it with --force', async () => {
    const ws = withReview();
    ws.write(FAMILY, '# Edited by hand\n');
    const refused = await ws.run(['render', '--audience', 'family', REVIEW]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `vatl: ${FAMILY} differs from what ${REVIEW} renders; it was left as it is.`,
    );
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    expect(ws.read(FAMILY)).toBe('# Edited by hand\n');
    const forced = await ws.run(['render', '--audience', 'family', '--force', REVIEW]);
    expect(forced.code).toBe(0);
    expect(ws.read(FAMILY)).toBe(readExample('lms-replacement', 'memo.family.md'));
  });

  it('refuses an audience it does not know, with exit 2', async () => {
    const { code, stderr } = await withReview().run(['render', '--audience', 'parents', REVIEW]);
    expect(code).toBe(2);
    expect(stderr).toContain('parents');
    expect(stderr).toContain('board, family');
  });

  it('prints the config contact, and the review’s own over it', async () => {
    const ws = withReview(withoutContact());
    ws.write('vatl.config.yaml', 'contact: the Family Help Line, 555-0100\n');
    const fromConfig = await ws.run(['render', '--audience', 'family', '--stdout', REVIEW]);
    expect(fromConfig.stdout).toMatch(
      /## Questions\n\nPlease contact the Family Help Line, 555-0100\.\n$/,
    );
    ws.write(REVIEW, readExample('lms-replacement', 'review.yaml'));
    const own = await ws.run(['render', '--audience', 'family', '--stdout', REVIEW]);
    expect(own.stdout).toContain('Please contact the Office of Technology');
    expect(own.stdout).not.toContain('Family Help Line');
  });

  it('says to ask the school when no contact is given', async () => {
    const { stdout } = await withReview(withoutContact()).run([
      'render',
      '--audience',
      'family',
      '--stdout',
      REVIEW,
    ]);
    expect(stdout).toMatch(/## Questions\n\nPlease ask your child's school\.\n$/);
  });

  it("uses a team's own family.md.hbs from the config's templates folder, for the family summary only", async () => {
    const ws = withReview();
    ws.write('vatl.config.yaml', 'templates: district\n');
    ws.write('district/family.md.hbs', '# {{heading}}\n\nAsk {{contact}}.\n');
    const { code, stdout } = await ws.run(['render', '--audience', 'family', '--stdout', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      '# Harbor LMS (District Edition)\n\nAsk the Office of Technology, at techoffice\\@harbor-schools.example.org or 555-0170.\n',
    );
    const memo = await ws.run(['render', '--stdout', REVIEW]);
    expect(memo.stdout).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it("holds a team's family template to the memo's rules: a prototype name fails at its line", async () => {
    const ws = withReview();
    ws.write('district/family.md.hbs', '# {{heading}}\n\n{{tool.constructor}}\n');
    const { code, stdout, stderr } = await ws.run([
      'render',
      '--audience',
      'family',
      '--stdout',
      '--template',
      'district',
      REVIEW,
    ]);
    expect(stdout).toBe('');
    // Named as what it is, not as "the memo template".
    expect(stderr).toContain('vatl: the template district/family.md.hbs failed: line 3');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).toBe(2);
  });

  it.each([...EXAMPLES, 'team-review'])(
    'finds examples/%s/memo.family.md up to date',
    async (name) => {
      const { code, stdout } = await runVatl(REPO, [
        'render',
        '--audience',
        'family',
        `examples/${name}/review.yaml`,
      ]);
      expect(stdout).toBe(`examples/${name}/memo.family.md is up to date.\n`);
      expect(code).toBe(0);
    },
  );
});

describe('vatl validate and family summaries', () => {
  it('reports a hand-edited family summary as out of date, with the command that repairs it', async () => {
    const ws = withReview();
    await ws.run(['render', REVIEW]);
    await ws.run(['render', '--audience', 'family', REVIEW]);
    expect((await ws.run(['validate', 'decisions'])).stdout).toBe(
      '✔ 3 files checked, no problems.\n',
    );
    const lines = ws.read(FAMILY).split('\n');
    const at = lines.indexOf('The district will use the tool.');
    expect(at).toBeGreaterThan(0);
    lines[at] = 'The board approved it.';
    ws.write(FAMILY, lines.join('\n'));
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toContain(
      `${FAMILY}:${at + 1}:1  error    memo/out-of-date  The family summary differs from what 0001-lms-replacement.review.yaml renders (first at line ${at + 1}). Make changes in the review file, then run: vatl render --audience family --force ${REVIEW}`,
    );
    expect(code).toBe(1);
  });

  it('does not ask for a family summary a review has none of', async () => {
    const ws = withReview();
    await ws.run(['render', REVIEW]);
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toBe('✔ 2 files checked, no problems.\n');
    expect(code).toBe(0);
  });
});
