import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceLabels } from '../../src/core/memo/reference-labels.js';
import { renderMemo } from '../../src/core/memo/render-memo.js';
import { buildMemoView } from '../../src/core/memo/view-model.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import type { Review } from '../../src/core/review/types.js';
import type { ScoreReport } from '../../src/core/scoring/types.js';
import { questionsIn } from '../../src/core/scoring/conditions.js';
import { REPO, STACK_TRACE, runVatl } from '../helpers/cli.js';
import { builtInTemplates } from '../helpers/memo-templates.js';
import {
  EXAMPLES,
  brokenTableRows,
  builtInFramework,
  builtInFrameworks,
  exampleReview,
  markdownProblems,
  readExample,
  reviewYaml,
  splitMemo,
  tables,
} from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'status',
  'date',
  'framework',
  'outcome',
  'scores',
  'review-by',
];

/** Parses, checks, scores and renders an example with the core functions, no CLI. */
function renderExample(name: string): {
  review: Review;
  report: ScoreReport;
  memo: string;
  errors: string[];
} {
  const parsed = parseReview(readExample(name, 'review.yaml'), `examples/${name}/review.yaml`);
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const framework = builtInFramework('vatl');
  const { report, diagnostics } = checkReview(parsed.review, framework, parsed.yaml);
  const view = buildMemoView({
    review: parsed.review,
    framework,
    report,
    references: referenceLabels(
      builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : [])),
    ),
    date: parsed.review.date ?? '',
  });
  return {
    review: parsed.review,
    report,
    memo: renderMemo(view, builtInTemplates()),
    errors: diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.line}:${d.column} ${d.code}`),
  };
}

/** The row of the Gates table for a gate title: its Result cell. */
function gateResult(memo: string, title: string): string | undefined {
  const row = memo.split('\n').find((line) => line.startsWith(`| ${title} |`));
  // | Gate | Kind | Result | Blocks | Why it matters |
  return row?.split(' | ')[2];
}

describe.each(EXAMPLES)('examples/%s', (name) => {
  const committed = readExample(name, 'memo.md');

  it('renders through `vatl review --answers … --stdout` to the committed memo, byte for byte', async () => {
    const { code, stdout, stderr } = await runVatl(REPO, [
      'review',
      '--answers',
      `examples/${name}/review.yaml`,
      '--stdout',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(committed);
  });

  it('renders through parse, check and render to the committed memo, with no errors', () => {
    const { memo, errors } = renderExample(name);
    expect(errors).toEqual([]);
    expect(memo).toBe(committed);
  });

  it('passes markdownlint (default rules; line length and front-matter title aside)', async () => {
    expect(await markdownProblems(committed)).toEqual([]);
  });

  it('keeps every table row at its header’s column count', () => {
    expect(tables(committed).length).toBeGreaterThan(5);
    expect(brokenTableRows(committed)).toEqual([]);
  });

  it('has front matter that parses as YAML with the decision record', () => {
    const { review, report } = renderExample(name);
    const { frontMatter, body } = splitMemo(committed);
    for (const key of FRONT_MATTER_KEYS) expect(frontMatter).toHaveProperty(key);
    expect(frontMatter).toMatchObject({
      id: review.id,
      title: review.title,
      status: review.status,
      date: review.date,
      framework: review.framework,
      outcome: review.decision?.outcome,
      suggested: report.suggested,
      'review-by': review.decision?.reviewBy,
    });
    // The overall score in the front matter is the one the Scores table shows.
    const scores = frontMatter.scores as Record<string, number>;
    expect(body).toContain(`**${(scores.overall ?? NaN).toFixed(2)}** overall`);
    for (const id of ['governance', 'people', 'infrastructure', 'do-more', 'do-better', 'do-new'])
      expect(typeof scores[id]).toBe('number');
  });

  it('gives an outcome that matches the reasons it states', () => {
    const { review, report } = renderExample(name);
    const fw = builtInFramework('vatl');
    const label = (id: string) => fw.outcomes.find((o) => o.id === id)?.label ?? id;
    const decided = review.decision?.outcome ?? '';
    expect(committed).toContain(`**Decision: ${label(decided)}**`);
    if (decided === report.suggested)
      expect(committed).toContain(
        `The review suggests **${label(decided)}**, and the decision follows it:`,
      );
    else {
      expect(committed).toContain(
        `The review suggests **${label(report.suggested)}**; the team decided otherwise`,
      );
      expect(review.decision?.rationale?.trim()).toBeTruthy();
    }
    for (const gate of fw.gates ?? []) {
      const state = report.gates.find((g) => g.id === gate.id)?.state;
      const reads = [...new Set(questionsIn(gate.when))];
      const applies = reads.some((id) => !report.doesNotApply.includes(id));
      expect(gateResult(committed, gate.title), gate.id).toBe(
        state === 'failed' ? '**Failed**' : applies ? 'Passed' : 'Does not apply',
      );
      if (state === 'failed') {
        const kind = gate.kind === 'floor' ? 'Below a floor' : 'Red line crossed';
        expect(committed).toContain(`- ${kind}: ${gate.title.replace(/\.$/, '')}. That rules out `);
      }
    }
    if (report.gates.some((g) => g.state === 'failed')) {
      expect(decided).not.toBe('adopt');
      expect(report.suggested).not.toBe('adopt');
      expect(committed).toContain('A red line was crossed: see [Gates](#gates).');
    } else {
      expect(committed).not.toContain('A red line was crossed');
    }
  });
});

describe('what each example decides, and why', () => {
  it('lms-replacement: Adopt, every gate passed, both Adopt thresholds met', () => {
    const { report } = renderExample('lms-replacement');
    const memo = readExample('lms-replacement', 'memo.md');
    expect(report.suggested).toBe('adopt');
    expect(report.gates.every((g) => g.state === 'passed')).toBe(true);
    expect(memo).toContain('- The overall score 3.03 meets the 3.00 that Adopt needs.');
    expect(memo).toContain('- Every scored cell is at least 2.00, as Adopt needs.');
  });

  it('ai-tutoring-chatbot: Adapt (a pilot) with conditions, owners and due dates', () => {
    const memo = readExample('ai-tutoring-chatbot', 'memo.md');
    const { frontMatter } = splitMemo(memo);
    expect(frontMatter).toMatchObject({ outcome: 'adapt', suggested: 'adapt' });
    expect(memo).toContain('- The overall score 2.43 is below the 3.00 that Adopt needs.');
    const { review } = renderExample('ai-tutoring-chatbot');
    const conditions = tables(memo).find((t) => t.rows[0] === '| Condition | Owner | Due |');
    expect(conditions?.rows.length).toBe(2 + (review.decision?.conditions?.length ?? 0));
    expect(review.decision?.conditions?.length).toBeGreaterThan(3);
  });

  it('early-warning-analytics: a student-data red line rules out a pilot too, so Abandon is suggested and decided', () => {
    const { report } = renderExample('early-warning-analytics');
    const memo = readExample('early-warning-analytics', 'memo.md');
    expect(report.gates.filter((g) => g.state === 'failed').map((g) => g.id)).toEqual([
      'trains-on-student-data',
      'no-human-review',
      'data-minimisation-floor',
    ]);
    expect(splitMemo(memo).frontMatter).toMatchObject({ outcome: 'abandon', suggested: 'abandon' });
    expect(memo).toContain('**Decision: Abandon**');
    // The scores alone would reach a pilot: the memo says so, then names each gate once.
    expect(memo).toContain(
      '- The scores and coverage meet what Adapt needs (overall 2.21); only the gates below rule it out.',
    );
    expect(memo).toContain(
      '- Red line crossed: Student data used to train AI models. That rules out Adopt and Adapt.',
    );
    expect(memo.match(/Red line crossed: Student data used to train AI models/g)).toHaveLength(1);
    expect(memo).not.toContain('Abandon is the outcome when no other is reached');
    expect(gateResult(memo, 'Student data used to train AI models')).toBe('**Failed**');
  });
});

describe('the proposal table', () => {
  it('shows no blank cell for a multi-choice intake answered with an empty list', () => {
    // examples/lms-replacement/review.yaml says `ai-features: []` (the LMS has no AI).
    const memo = readExample('lms-replacement', 'memo.md');
    const proposal = tables(memo).find((t) => t.rows[0] === '| Item | Answer |');
    expect(proposal?.rows.filter((row) => /\|\s*\|$/.test(row))).toEqual([]);
  });
});

describe('examples/ai-tutoring-chatbot: hostile text in the answers comes out as text', () => {
  const memo = readExample('ai-tutoring-chatbot', 'memo.md');

  it('shows the pasted <script> and <b> tags escaped, not raw', () => {
    expect(memo).not.toMatch(/<script|<b>|<\/b>/i);
    expect(memo).toContain('pasted &lt;script&gt;alert(1)&lt;/script&gt; into the chat');
    expect(memo).toContain('replied with &lt;b&gt;bold&lt;/b&gt; tags');
  });

  it('shows the unfilled {{ title }} placeholder escaped', () => {
    expect(memo).not.toContain('{{');
    expect(memo).toContain('"Dear \\{\\{ title \\}\\} family"');
  });

  it('keeps the "# Solution" line and |2x - 1| inside the note, not as a heading or table cells', () => {
    expect(memo.split('\n').filter((l) => /^#+ Solution/.test(l))).toEqual([]);
    expect(memo).toContain('formatted as Markdown: # Solution \\|2x - 1\\| &lt; 5 means');
  });
});

/** The lms example with hostile text in every place a user can type. */
function hostileReview(): ReviewData {
  const data = exampleReview('lms-replacement', { keepId: true });
  data.title = 'Harbor | LMS # 2 <script>alert(1)</script> {{ title }}';
  data.proposal.name = 'Harbor `LMS` | {{> signoff}} <img src=x onerror=alert(1)>';
  data.proposal.vendor = '# Tidewater | Inc.';
  // An empty ai-features list is a separate problem (see the lms-replacement lint test).
  delete data.proposal['ai-features'];
  data.proposal.cost = '> $9.50 | per student *a year*';
  data.proposal.summary =
    '# Heading?\n\n- list?\n\n1. numbered?\n\n<div>html</div>\n\n```\ncode\n```\n\n| a | b |';
  data.team.members[0] = { name: '| Pipe | Person |', role: '## Role <br>' };
  data.team.members.push({ name: "<b>Dana</b> `O'Kafor`", role: '- listed | role' });
  const consulted = data.team.consulted?.[0];
  if (consulted) {
    consulted.group = '**Teachers** <i>all</i> | staff';
    consulted.how = '[link](javascript:alert(1)) and {{{raw}}}';
  }
  const answer = data.answers['ge-priority-fit'];
  if (answer) {
    answer.evidence = ['Plan | goal 1', '`code` {{x}} <u>u</u>'];
    answer.note = '# note\n\n- item | cell\n\n> quote';
  }
  const decision = data.decision;
  if (decision) {
    decision.rationale = '# Why\n\nBecause | reasons <script>x</script>\n\n1. first';
    const condition = decision.conditions?.[0];
    if (condition) {
      condition.text = 'Train | staff <br> {{ owner }}';
      condition.owner = '1. Dana | Okafor';
    }
    decision.signoff = [{ name: '<b>Dana</b>', role: '| CTO |', date: '2026-03-18' }];
  }
  return data;
}

describe('a hand-made hostile review', () => {
  let dir: string;
  let memo: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vatl-memo-'));
    await writeFile(join(dir, 'hostile.review.yaml'), reviewYaml(hostileReview()));
    const run = await runVatl(dir, ['review', '--answers', 'hostile.review.yaml', '--stdout']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    memo = run.stdout;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every table row at its header’s column count', () => {
    expect(tables(memo).length).toBeGreaterThan(5);
    expect(brokenTableRows(memo)).toEqual([]);
  });

  it('passes markdownlint', async () => {
    expect(await markdownProblems(memo)).toEqual([]);
  });

  it('lets no raw HTML or Handlebars braces into the Markdown', () => {
    // The front matter is YAML data and keeps the title as typed (checked below).
    const { body } = splitMemo(memo);
    expect(body).not.toMatch(/<(script|img|div|b|i|u|br)\b/i);
    expect(body).not.toContain('{{');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('makes no heading, quote or list out of user text', () => {
    const headings = memo.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.filter((h) => /Heading\?|Why|note|Role|Tidewater/.test(h))).toEqual([]);
    expect(memo).toMatch(/^\\# Heading\?$/m);
    expect(memo).toMatch(/^\\# Why$/m);
    expect(memo).toMatch(/^1\\\. numbered\?$/m);
    expect(memo).not.toMatch(/^> /m);
  });

  it('keeps the title in the front matter exactly as typed', () => {
    expect(splitMemo(memo).frontMatter.title).toBe(hostileReview().title);
  });
});

describe('templates: a district override and a broken template', () => {
  let dir: string;
  const answers = join(REPO, 'examples', 'lms-replacement', 'review.yaml');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vatl-templates-'));
    await mkdir(join(dir, 'signoff', 'partials'), { recursive: true });
    await writeFile(
      join(dir, 'signoff', 'partials', 'signoff.md.hbs'),
      '## Sign-off\n\nSigned for the board by the district clerk.\n',
    );
    await mkdir(join(dir, 'broken-main'), { recursive: true });
    await writeFile(join(dir, 'broken-main', 'memo.md.hbs'), '# {{heading}}\n\n{{board.chair}}\n');
    await mkdir(join(dir, 'broken-partial', 'partials'), { recursive: true });
    await writeFile(
      join(dir, 'broken-partial', 'partials', 'signoff.md.hbs'),
      '## Sign-off\n\nSigned by {{board.chair}}.\n',
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces only the section whose partial a --template folder overrides', async () => {
    const committed = readExample('lms-replacement', 'memo.md');
    const { code, stdout } = await runVatl(REPO, [
      'review',
      '--answers',
      answers,
      '--stdout',
      '--template',
      join(dir, 'signoff'),
    ]);
    expect(code).toBe(0);
    // partials/signoff.md.hbs renders the last section, "Sign-off".
    const cut = committed.indexOf('## Sign-off');
    expect(cut).toBeGreaterThan(0);
    expect(stdout).toBe(
      committed.slice(0, cut) + '## Sign-off\n\nSigned for the board by the district clerk.\n',
    );
  });

  it('names the main template that uses a missing field, and exits 2', async () => {
    const main = 'broken-main/memo.md.hbs'; // as the user named it, from the working folder
    const { code, stdout, stderr } = await runVatl(dir, [
      'review',
      '--answers',
      answers,
      '--stdout',
      '--template',
      join(dir, 'broken-main'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`vatl: the template ${main} failed:`);
    expect(stderr).toContain('chair');
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('names the partial that uses a missing field, not the main template, and exits 2', async () => {
    const partial = 'broken-partial/partials/signoff.md.hbs';
    const { code, stdout, stderr } = await runVatl(dir, [
      'review',
      '--answers',
      answers,
      '--stdout',
      '--template',
      join(dir, 'broken-partial'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`vatl: the template ${partial} failed:`);
    expect(stderr).not.toContain('memo.md.hbs');
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});
