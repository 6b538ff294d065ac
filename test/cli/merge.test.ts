import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

const REVIEWERS = ['dana-okafor', 'jordan-whitfield', 'luis-ferreira'];
const example = (file: string) => readFileSync(join(REPO, 'examples', 'team-review', file), 'utf8');
const FILES = Object.fromEntries(
  REVIEWERS.map((r) => [`team/${r}.review.yaml`, example(`${r}.review.yaml`)]),
);
const ARGS = REVIEWERS.map((r) => `team/${r}.review.yaml`);
const ID = '0001-team-review-pilot-stepwise-tutor-an-ai-tutoring';

describe('vatl merge', () => {
  it('writes the merged review and memo the example commits, and says what to discuss', async () => {
    const ws = memoryWorkspace(FILES);
    const { code, stdout, stderr } = await ws.run(['merge', ...ARGS, '--out', 'out']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Merged 3 reviews by Dana Okafor, Jordan Whitfield, Luis Ferreira.',
        "Agreement (Krippendorff's alpha, ordinal): 0.725, moderate: enough to go on, with the differences listed below worth a conversation.",
        'To discuss: question 4 (2–4), question 31 (2–4), question 41 (1–3).',
        'No decision recorded yet: the team decides after discussing.',
        '',
        `Wrote out/${ID}.review.yaml`,
        `Wrote out/${ID}.md`,
        '',
      ].join('\n'),
    );
    // The example's review file is the same data, laid out by prettier.
    expect(parse(ws.read(`out/${ID}.review.yaml`))).toEqual(parse(example('review.yaml')));
    expect(ws.read(`out/${ID}.md`)).toBe(example('memo.md'));
  });

  it('prints the memo with --stdout: agreement in the front matter, reviewers and questions to discuss', async () => {
    const ws = memoryWorkspace(FILES);
    const { code, stdout } = await ws.run(['merge', ...ARGS, '--stdout']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^review-by: null\nagreement: 0.725\nlanguage: en\n---$/m);
    expect(stdout).toContain(
      'This review merges 3 independent reviews, by Dana Okafor, Jordan Whitfield and Luis Ferreira.',
    );
    expect(stdout).toContain(
      '- **Question 41**, How well does the proposal account for the full cost of the tool over time, and how it will be paid for? (1–3): Dana Okafor: 3 Solid · Jordan Whitfield: 2 Emerging · Luis Ferreira: 1 Not evident',
    );
    // Jordan alone answered the human-review red line `no`: it stands.
    expect(stdout).toContain(
      'Red line crossed: Consequential AI outputs about people without human review.',
    );
    expect(stdout).toContain('**No decision recorded yet.**');
  });

  it('refuses reviews of another framework, at the file and line, writing nothing', async () => {
    const other = FILES['team/luis-ferreira.review.yaml']?.replace(
      'framework: vatl@2.0.0',
      'framework: ai-readiness@1.0.0',
    );
    const ws = memoryWorkspace({ ...FILES, 'team/luis-ferreira.review.yaml': other ?? '' });
    const { code, stdout, stderr } = await ws.run(['merge', ...ARGS, '--out', 'out']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^team\/luis-ferreira\.review\.yaml:3:12\s+error\s+merge\/different-framework\s+The review was answered against `ai-readiness@1.0.0`/m,
    );
    expect(stderr).toContain('nothing was written');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(ws.exists('out')).toBe(false);
  });

  it('needs two reviews at least (exit 2)', async () => {
    const ws = memoryWorkspace(FILES);
    const { code, stderr } = await ws.run(['merge', ARGS[0] ?? '']);
    expect(code).toBe(2);
    expect(stderr).toContain('vatl merge needs two or more reviews to combine; it was given 1.');
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('re-renders the merged review to the same memo, and validates it', async () => {
    const ws = memoryWorkspace({
      'd/review.yaml': example('review.yaml'),
      'd/memo.md': example('memo.md'),
    });
    expect((await ws.run(['render', 'd/review.yaml'])).stdout).toBe('d/memo.md is up to date.\n');
    const { code, stdout } = await ws.run(['validate', 'd']);
    expect(stdout).toBe('✔ 2 files checked, no problems.\n');
    expect(code).toBe(0);
  });
});

describe('vatl review --reviewer', () => {
  it("sets the file's reviewer in the review it writes, keeping the rest", async () => {
    const ws = memoryWorkspace(FILES);
    const { code } = await ws.run([
      'review',
      '--answers',
      ARGS[0] ?? '',
      '--reviewer',
      'Samuel Ortiz',
      '--out',
      'out',
    ]);
    expect(code).toBe(0);
    const written = ws.read('out/0001-team-review-pilot-stepwise-tutor-an-ai-tutoring.review.yaml');
    expect(written).toMatch(/^reviewer: Samuel Ortiz$/m);
    expect(written).not.toMatch(/^reviewer: Dana Okafor$/m);
  });
});

describe("the framework's participation requirement (vatl: student data or AI → 3 reviewers, teachers and families)", () => {
  it('stops a merge of two reviews of an AI proposal, writing nothing', async () => {
    const ws = memoryWorkspace(FILES);
    const { code, stdout, stderr } = await ws.run([
      'merge',
      ARGS[0] ?? '',
      ARGS[1] ?? '',
      '--out',
      'out',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'merge/participation-unmet  This proposal needs at least 3 independent reviewers; 2 reviewed it.',
    );
    expect(ws.exists('out')).toBe(false);
  });

  it('is a located validation error on a merged review that falls short, not on one reviewer’s review', async () => {
    const merged = example('review.yaml')
      .replace(/\n {2}- Luis Ferreira/, '')
      .replace(/ {4}- group: Families\n(?: {6}.*\n)+/, '');
    const ws = memoryWorkspace({ 'd/merged.review.yaml': merged, ...FILES });
    const { code, stdout } = await ws.run(['validate', 'd', 'team']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^d\/merged\.review\.yaml:6:1\s+error\s+merge\/participation-unmet\s+This proposal needs at least 3 independent reviewers; 2 reviewed it\./m,
    );
    expect(stdout).toMatch(
      /^d\/merged\.review\.yaml:\d+:3\s+error\s+merge\/participation-unmet\s+This proposal needs families among the groups consulted\./m,
    );
    expect(stdout).not.toContain('team/');
  });
});
