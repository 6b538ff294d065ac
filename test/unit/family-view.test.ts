import { describe, expect, it } from 'vitest';
import { buildFamilyView, opening, renderFamilySummary } from '../../src/core/memo/family-view.js';
import type { FamilyInput } from '../../src/core/memo/family-view.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { builtInTemplates } from '../helpers/memo-templates.js';
import { fleschKincaidGrade, words } from '../helpers/readability.js';
import {
  builtInFramework,
  exampleReview,
  markdownProblems,
  readExample,
  reviewYaml,
} from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

/** Every example with a review.yaml, the team review (no decision yet) among them. */
const ALL = ['ai-tutoring-chatbot', 'early-warning-analytics', 'lms-replacement', 'team-review'];

function inputFor(data: ReviewData | string, contact?: string): FamilyInput {
  const text = typeof data === 'string' ? data : reviewYaml(data);
  const parsed = parseReview(text, 'review.yaml');
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const framework = builtInFramework('vatl');
  const { report } = checkReview(parsed.review, framework, parsed.yaml);
  return { review: parsed.review, framework, report, ...(contact ? { contact } : {}) };
}

const example = (name: string) => inputFor(readExample(name, 'review.yaml'));
const summaryOf = (input: FamilyInput) =>
  renderFamilySummary(input, {
    templates: builtInTemplates(),
    ...(input.contact ? { contact: input.contact } : {}),
  });

describe('buildFamilyView', () => {
  it('gives the AI tutor in plain data: the tool, its data, a pilot, its conditions and dates', () => {
    const view = buildFamilyView(example('ai-tutoring-chatbot'));
    expect(view.tool).toEqual({
      name: 'Stepwise Tutor for High School (Math & Science edition)',
      vendor: 'Meridian Loop Learning, Inc.',
      kind: 'Supplemental instructional tool',
      users: ['students', 'teachers', 'school and district leaders'],
      studentsUseIt: true,
    });
    expect(view.data).toMatchObject({
      studentData: true,
      usesAi: true,
      monitors: true,
      agreementSigned: true,
      agreement: { checked: true, passed: true, failed: false, open: false },
      training: { checked: true, passed: true, failed: false, open: false },
    });
    expect(view.decision).toMatchObject({ goAhead: false, conditional: true, stop: false });
    expect(view.decision?.whyShortened).toBe(true);
    expect(view.decision?.why).toMatch(/^There is a real need, .* made them think\.$/);
    expect(view.conditions).toHaveLength(7);
    expect(view.conditions[0]?.due).toEqual({ iso: '2026-08-10', text: 'August 10, 2026' });
    expect(view.conditionsShortened).toBe(true);
    expect(view.reviewBy).toEqual({ iso: '2027-01-22', text: 'January 22, 2027' });
    expect(view.contact).toBe(
      'Luis Ferreira, Data Privacy Officer, at privacy\\@riverside.example.org or 555-0142',
    );
  });

  it('names the first outcome going ahead and the last not, whatever their labels', () => {
    expect(buildFamilyView(example('lms-replacement')).decision).toMatchObject({
      goAhead: true,
      conditional: false,
      stop: false,
      label: 'Adopt',
    });
    const abandoned = buildFamilyView(example('early-warning-analytics'));
    expect(abandoned.decision).toMatchObject({ goAhead: false, stop: true });
    expect(abandoned.data.training).toMatchObject({ checked: true, failed: true });
    expect(abandoned.data.humanReview).toMatchObject({ checked: true, failed: true });
  });

  it('takes the config contact when the review has none; the review’s own wins', () => {
    const data = exampleReview('early-warning-analytics');
    expect(buildFamilyView(inputFor(data)).contact).toBe('');
    expect(buildFamilyView(inputFor(data, 'the district office')).contact).toBe(
      'the district office',
    );
    data.contact = 'Ms. Reyes <reyes@district.example>';
    expect(buildFamilyView(inputFor(data, 'the district office')).contact).toBe(
      'Ms. Reyes &lt;reyes\\@district.example&gt;',
    );
  });

  it('has no decision for an undecided review, and the date the team plans to decide by', () => {
    const data = exampleReview('ai-tutoring-chatbot');
    delete data.decision;
    data.status = 'proposed';
    expect(buildFamilyView(inputFor(data)).decision).toBeUndefined();
    expect(buildFamilyView(inputFor(data)).decideBy).toBeUndefined();
    data.decideBy = '2026-06-01';
    expect(buildFamilyView(inputFor(data)).decideBy).toEqual({
      iso: '2026-06-01',
      text: 'June 1, 2026',
    });
    const page = summaryOf(inputFor(data));
    expect(page).toContain(
      'No decision has been made yet.\nThe team plans to decide by June 1, 2026.\n',
    );
    expect(page).not.toContain('## What must happen');
  });

  it('escapes the review’s text for Markdown', () => {
    const data = exampleReview('lms-replacement');
    data.decision = {
      outcome: 'adopt',
      rationale: '# Not a heading | <b>bold</b> {{x}}. Second sentence.',
      conditions: [{ text: '- not a list | *x*', owner: 'A', due: '2026-09-01' }],
    };
    const view = buildFamilyView(inputFor(data));
    expect(view.decision?.why).toBe(
      '\\# Not a heading \\| &lt;b&gt;bold&lt;/b&gt; \\{\\{x\\}\\}. Second sentence.',
    );
    expect(view.conditions[0]?.text).toBe('\\- not a list \\| \\*x\\*');
  });
});

describe('opening', () => {
  it('keeps whole sentences up to the word budget, and always the first', () => {
    expect(opening('One two three. Four five. Six.', 5)).toEqual({
      text: 'One two three. Four five.',
      shortened: true,
    });
    expect(opening('One two three four five six. Seven.', 2)).toEqual({
      text: 'One two three four five six.',
      shortened: true,
    });
    expect(opening('Only one.', 0)).toEqual({ text: 'Only one.', shortened: false });
  });

  it('does not end a sentence at Dr. or Inc.', () => {
    expect(opening('Ask Dr. Lee at Acme Inc. Today. Then more.', 0).text).toBe(
      'Ask Dr. Lee at Acme Inc. Today.',
    );
  });
});

describe.each(ALL)('the family summary of examples/%s', (name) => {
  const page = summaryOf(example(name));

  it('is the committed memo.family.md, byte for byte', () => {
    expect(page).toBe(readExample(name, 'memo.family.md'));
  });

  it('is at most 500 words, at reading grade 8 or below', () => {
    expect(words(page).length).toBeLessThanOrEqual(500);
    expect(fleschKincaidGrade(page)).toBeLessThanOrEqual(8);
  });

  it('names no question or gate of the framework, and no score or framework term', () => {
    const fw = builtInFramework('vatl');
    const ids = [...fw.questions.map((q) => q.id), ...(fw.gates ?? []).map((g) => g.id)];
    for (const id of ids) expect(page, id).not.toContain(id);
    expect(page).not.toMatch(
      /\b(value adds?|gates?|rubric|red lines?|area of impact|score[sd]?|adopt|adapt|abandon)\b/i,
    );
    expect(page).not.toMatch(/\b\d\.\d\d\b/);
  });

  it('is clean Markdown', async () => {
    expect(await markdownProblems(page)).toEqual([]);
  });
});

describe('a review of another framework', () => {
  it('says nothing of checks the framework does not make', () => {
    const input = example('lms-replacement');
    const other = { ...input, framework: { ...input.framework, gates: [] } };
    const view = buildFamilyView(other);
    expect(view.data.agreement).toEqual({
      checked: false,
      passed: false,
      failed: false,
      open: false,
    });
    expect(view.data.anyChecked).toBe(false);
    const page = summaryOf(other);
    expect(page).not.toContain('What the district checked');
    expect(page).not.toContain('- The company');
  });
});
