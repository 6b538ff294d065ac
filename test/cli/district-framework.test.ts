import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { brokenTableRows, markdownProblems } from '../helpers/reviews.js';

// A district's own rubric (test/fixtures/frameworks/district-lakeview.yaml): areas are "Focus
// area", lenses "Lens", a 1-5 scale, four outcomes (Adopt, Pilot, Revisit, Decline), no
// `source:`, an `owner:`, labelled intake questions and a number answer. Its memo must speak
// its words, not vatl's.
const FRAMEWORK = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.yaml'), 'utf8');
const REVIEW = 'decisions/0007-brightpath-reading.review.yaml';
const REVIEW_TEXT = `id: 0007-brightpath-reading
title: Adopt Brightpath Reading in grades 3 to 5
framework: lakeview-focus@1.0.0
date: 2026-05-04
proposal:
  name: Brightpath Reading
  student-pii: 'yes'
  students-served: 38400
  funding-source: Title I, part A
team:
  structure: co-designed
  members:
    - name: Rosa Diaz
      role: Director of Curriculum
answers:
  learn-equity: { value: 4 }
  learn-last: { value: 3 }
  ops-equity: { value: 3 }
  ops-last: { value: 4 }
  dpa-signed: { value: 'no' }
`;

/** Renders the review against the district framework (or a variant of it) to stdout. */
async function memo(framework = FRAMEWORK): Promise<string> {
  const ws = memoryWorkspace({
    'vatl.config.yaml': 'frameworks:\n  - district\n',
    'district/district-lakeview.yaml': framework,
    [REVIEW]: REVIEW_TEXT,
  });
  const { code, stdout, stderr } = await ws.run(['render', '--stdout', REVIEW]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

/** The lines of the memo's table whose header row starts with `first`. */
function table(markdown: string, first: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start < 0) throw new Error(`no table starting | ${first} |`);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe("a district's own framework", () => {
  it('validates, without a source, with its owner and labels', async () => {
    const ws = memoryWorkspace({
      'vatl.config.yaml': 'frameworks:\n  - district\n',
      'district/district-lakeview.yaml': FRAMEWORK,
      [REVIEW]: REVIEW_TEXT,
    });
    const { code, stdout, stderr } = await ws.run(['validate', 'district', REVIEW]);
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ 2 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('heads the score table with its axis labels and its totals', async () => {
    const scores = table(await memo(), 'Focus area');
    expect(scores[0]).toBe('| Focus area | Equity | Sustainability | All lenses |');
    expect(scores.at(-1)).toBe('| **All focus areas** | 3.50 | 3.50 | **3.50** overall |');
  });

  it('names the total column Overall when the framework names none, not the first word of the label', async () => {
    const scores = table(
      await memo(FRAMEWORK.replace('    total: All lenses\n', '')),
      'Focus area',
    );
    expect(scores[0]).toBe('| Focus area | Equity | Sustainability | Overall |');
    expect(scores[0]).not.toContain('| Focus |');
  });

  it('explains the scores in its axis labels', async () => {
    const text = await memo();
    expect(text.replace(/\n/g, ' ')).toContain(
      'Focus area, Lens and overall scores are the mean of their cells',
    );
    expect(text).not.toMatch(/value adds?/i);
  });

  it('heads the findings column with its lens label', async () => {
    const text = await memo();
    expect(text).toContain('| Question | Lens | Answer | Evidence |');
    expect(text).not.toContain('Value add');
  });

  it('gives a gate its scope in its own outcome labels', async () => {
    const gates = table(await memo(), 'Gate');
    expect(gates[2]).toBe(
      '| Student data without a signed agreement | Red line | **Failed** | Adopt and Pilot | Without an agreement the district cannot hold the vendor to its promises. |',
    );
    const text = await memo();
    expect(text).toContain('The review suggests **Revisit**');
    expect(text).toContain('That rules out Adopt and Pilot.');
    expect(text).not.toContain('blocks adoption');
  });

  it('labels the proposal rows from the intake labels and formats numbers', async () => {
    const proposal = table(await memo(), 'Item');
    expect(proposal.slice(2)).toEqual([
      '| Tool | Brightpath Reading |',
      '| Student personal data | Yes |',
      '| Students served | 38,400 |',
      // No label: the prompt, shortened.
      '| Which budget line or grant will pay for the tool… | Title I, part A |',
    ]);
    const text = await memo();
    expect(text).not.toContain('Student pii');
    expect(text).not.toContain('38400');
  });

  it("says in the footer that it is the district's own rubric, not a paraphrase", async () => {
    const text = await memo();
    expect(text).toContain(
      "Reviewed with vatl against Lakeview Technology Focus Rubric (lakeview-focus@1.0.0), Lakeview Unified School District's own rubric.",
    );
    expect(text).not.toMatch(/paraphras/i);
    const noOwner = await memo(FRAMEWORK.replace(/^owner: .*\n/m, ''));
    expect(noOwner).toContain(
      'Reviewed with vatl against Lakeview Technology Focus Rubric (lakeview-focus@1.0.0), a rubric of its own.',
    );
  });

  it('names itself, not vatl, as the author of its cross-references', async () => {
    const text = await memo();
    expect(text).toContain(
      'The answered questions touch these items of other frameworks, which Lakeview Technology Focus Rubric cross-references.',
    );
    expect(text).not.toContain('frameworks vatl cross-references');
  });

  it('renders a memo that passes markdownlint, with well-formed tables', async () => {
    const text = await memo();
    expect(text).not.toMatch(STACK_TRACE);
    expect(await markdownProblems(text)).toEqual([]);
    expect(brokenTableRows(text)).toEqual([]);
  });
});

// The same district framework with its Spanish strings beside it (district-lakeview.es.yaml):
// the district's own words in Spanish, whether the framework is installed or given by path.
describe("a district's own framework, in Spanish", () => {
  const ES = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.es.yaml'), 'utf8');
  const files = {
    'district/district-lakeview.yaml': FRAMEWORK,
    'district/district-lakeview.es.yaml': ES,
  };

  it('validates with its strings file, and renders the memo in its own Spanish words', async () => {
    const ws = memoryWorkspace({
      'vatl.config.yaml': 'frameworks:\n  - district\nlanguage: es\n',
      ...files,
      [REVIEW]: REVIEW_TEXT,
    });
    const check = await ws.run(['validate', 'district']);
    expect(check.stdout).toBe('✔ 2 archivos revisados, sin problemas.\n');
    const { code, stdout } = await ws.run(['render', '--stdout', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| Área de enfoque | Equidad | Sostenibilidad | Todas las perspectivas |',
    );
    expect(stdout).toContain('La revisión sugiere **Reconsiderar**');
    // Numbers as US Spanish writes them (es-US): a comma between thousands.
    expect(stdout).toContain('| Estudiantes atendidos | 38,400 |');
    expect(stdout).not.toMatch(/Focus area|Revisit|Students served/);
  });

  it('given by path to review --answers, its Spanish strings come with it', async () => {
    const ws = memoryWorkspace({
      ...files,
      'answers.yaml': REVIEW_TEXT.replace(/^id: .*\n/, ''),
    });
    const { code, stdout, stderr } = await ws.run([
      'review',
      '--answers',
      'answers.yaml',
      '--framework',
      'district/district-lakeview.yaml',
      '--lang',
      'es',
      '--stdout',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '| Área de enfoque | Equidad | Sostenibilidad | Todas las perspectivas |',
    );
    expect(stdout).toContain('La revisión sugiere **Reconsiderar**');
  });
});
