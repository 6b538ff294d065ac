import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fingerprint } from '../../src/core/review/fingerprint.js';
import type { Review } from '../../src/core/review/types.js';
import { STACK_TRACE, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';
import { loadVatl } from '../helpers/drafts.js';
import { readExample } from '../helpers/reviews.js';

const VATL = loadVatl();
const fp = (id: string) => fingerprint(VATL.questions.find((q) => q.id === id) as never);

let cwd: string;
beforeEach(async () => {
  cwd = await makeWorkspace();
});
afterEach(async () => {
  await removeWorkspace(cwd);
});

/** A review answered against vatl 1.0.0, with a comment the team wrote in it. */
const OLD = `# Reviewed at the March board work session.
title: Budget planner
framework: vatl@1.0.0
proposal:
  name: Budget planner
team:
  structure: co-designed
  members:
    - name: Dana Okafor
      role: Director of Technology
answers:
  # Policy review by counsel, 2026-02.
  ge-policy-fit:
    value: 3
    evidence: Counsel's memo
  ge-priority-fit:
    value: 4
    evidence: Strategic plan goal 2
  ir-exit-plan:
    value: 2
    fingerprint: ${fp('ir-exit-plan')}
`;

describe('vatl upgrade', () => {
  it('moves a review to the installed version, keeps what is unchanged and lists what to answer again', async () => {
    await writeFile(join(cwd, 'old.review.yaml'), OLD);
    const { code, stdout, stderr } = await runVatl(cwd, ['upgrade', 'old.review.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Upgraded old.review.yaml from vatl@1.0.0 to vatl@2.0.0: 1 answer carried over.',
    );
    // With no fingerprint, an answer from another major version cannot be trusted as the same.
    expect(stdout).toContain(
      '  Changed since they were answered (answer again; the old answers are under previousAnswers): ge-policy-fit',
    );
    expect(stdout).toContain('  No longer asked (kept under previousAnswers): ge-priority-fit');
    expect(stdout).toMatch(/^ {2}New, to answer: ge-priority-reach, /m);
    expect(stdout).toContain(
      'Answer them in old.review.yaml, then: vatl render --force old.review.yaml',
    );

    const text = await readFile(join(cwd, 'old.review.yaml'), 'utf8');
    // The team's comment is still there, and nothing answered is lost.
    expect(text).toContain('# Reviewed at the March board work session.');
    const review = parse(text) as Review;
    expect(review.framework).toBe('vatl@2.0.0');
    expect(review.answers).toEqual({
      'ir-exit-plan': { value: 2, fingerprint: fp('ir-exit-plan') },
    });
    expect(review.previousAnswers).toEqual({
      'ge-policy-fit': {
        framework: 'vatl@1.0.0',
        reason: 'changed',
        value: 3,
        evidence: "Counsel's memo",
      },
      'ge-priority-fit': {
        framework: 'vatl@1.0.0',
        reason: 'removed',
        value: 4,
        evidence: 'Strategic plan goal 2',
      },
    });
    expect(Object.keys(parse(text) as object)).toEqual([
      'title',
      'framework',
      'proposal',
      'team',
      'answers',
      'previousAnswers',
    ]);
  });

  it('makes validate stop pointing at the version, and say what is left to answer', async () => {
    await writeFile(join(cwd, 'old.review.yaml'), OLD);
    const before = await runVatl(cwd, ['validate', 'old.review.yaml']);
    expect(before.stdout).toMatch(/error\s+review\/framework-version .*Run `vatl upgrade`/);
    await runVatl(cwd, ['upgrade', 'old.review.yaml']);
    const after = await runVatl(cwd, ['validate', 'old.review.yaml']);
    expect(after.stdout).not.toContain('review/framework-version');
    expect(after.stdout).toContain('review/unanswered');
    expect(after.code).toBe(1);
  });

  it('keeps the file as the team laid it out: an example without fingerprints gets exactly the committed file', async () => {
    const committed = readExample('ai-tutoring-chatbot', 'review.yaml');
    await writeFile(
      join(cwd, 'tutor.review.yaml'),
      committed.replace(/^ {4}fingerprint: .*\n/gm, ''),
    );
    const { code, stdout } = await runVatl(cwd, ['upgrade', 'tutor.review.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^tutor\.review\.yaml is on vatl@2\.0\.0; recorded the fingerprints of \d+ answers\.$/m,
    );
    expect(await readFile(join(cwd, 'tutor.review.yaml'), 'utf8')).toBe(committed);
  });

  it('moves every answer when none carries over, writing `answers: {}`, and keeps a flow answer', async () => {
    const text = OLD.replace(/ir-exit-plan:\n.*\n.*\n/, 'ir-exit-plan: { value: 2, note: Weak }\n');
    await writeFile(join(cwd, 'old.review.yaml'), text);
    expect((await runVatl(cwd, ['upgrade', 'old.review.yaml'])).code).toBe(0);
    const out = await readFile(join(cwd, 'old.review.yaml'), 'utf8');
    expect(out).toContain(
      'answers: {}\npreviousAnswers:\n  # Policy review by counsel, 2026-02.\n',
    );
    const review = parse(out) as Review;
    expect(review.answers).toEqual({});
    expect(review.previousAnswers?.['ir-exit-plan']).toEqual({
      framework: 'vatl@1.0.0',
      reason: 'changed',
      value: 2,
      note: 'Weak',
    });
  });

  it('--dry-run says what would change and writes nothing', async () => {
    await writeFile(join(cwd, 'old.review.yaml'), OLD);
    const { code, stdout } = await runVatl(cwd, ['upgrade', '--dry-run', 'old.review.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Would upgrade old\.review\.yaml from vatl@1\.0\.0 to vatl@2\.0\.0/);
    expect(await readFile(join(cwd, 'old.review.yaml'), 'utf8')).toBe(OLD);
  });

  it('records the missing fingerprints of a review already on the installed version', async () => {
    const current = OLD.replace('vatl@1.0.0', 'vatl@2.0.0').replace(
      / {2}ge-priority-fit:\n.*\n.*\n/,
      '',
    );
    await writeFile(join(cwd, 'current.review.yaml'), current);
    const first = await runVatl(cwd, ['upgrade', 'current.review.yaml']);
    expect(first.stdout).toBe(
      'current.review.yaml is on vatl@2.0.0; recorded the fingerprints of 1 answer.\n',
    );
    const review = parse(await readFile(join(cwd, 'current.review.yaml'), 'utf8')) as Review;
    expect(review.answers['ge-policy-fit']?.fingerprint).toBe(fp('ge-policy-fit'));
    const second = await runVatl(cwd, ['upgrade', 'current.review.yaml']);
    expect(second.stdout).toBe('current.review.yaml is already on vatl@2.0.0.\n');
  });

  it('reports a review it cannot read at file:line:col, exit 1, and changes nothing', async () => {
    await writeFile(join(cwd, 'bad.review.yaml'), 'title: [unclosed\n');
    const { code, stderr } = await runVatl(cwd, ['upgrade', 'bad.review.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^bad\.review\.yaml:\d+:\d+ +error +yaml\/syntax/m);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(await readFile(join(cwd, 'bad.review.yaml'), 'utf8')).toBe('title: [unclosed\n');
  });

  it('exits 2 for a file that is not there', async () => {
    const { code, stderr } = await runVatl(cwd, ['upgrade', 'missing.review.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.review.yaml');
  });
});
