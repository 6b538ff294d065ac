// The family summary in Spanish (`--audience family --lang es`): the committed examples'
// memo.family.es.md, one page, at reading grade 8 or below by Crawford's Spanish formula.
import { describe, expect, it } from 'vitest';
import { buildFamilyView, renderFamilySummary } from '../../src/core/memo/family-view.js';
import type { FamilyInput } from '../../src/core/memo/family-view.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import type { Language } from '../../src/core/i18n/language.js';
import { builtInTemplates } from '../helpers/memo-templates.js';
import { crawfordGrade, words } from '../helpers/readability.js';
import { builtInLocalised, markdownProblems, readExample } from '../helpers/reviews.js';

/** The built-in frameworks with their Spanish strings, as the CLI loads them. */
const BUILT_IN = builtInLocalised();

const ALL = ['ai-tutoring-chatbot', 'early-warning-analytics', 'lms-replacement', 'team-review'];

function inputFor(name: string): FamilyInput {
  const parsed = parseReview(readExample(name, 'review.yaml'), 'review.yaml');
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const framework = BUILT_IN.framework('vatl');
  const { report } = checkReview(parsed.review, framework, parsed.yaml);
  return { review: parsed.review, framework, report };
}

const summaryOf = (name: string, language: Language) =>
  renderFamilySummary(inputFor(name), {
    templates: builtInTemplates(),
    language,
    localise: BUILT_IN.localise,
  });

describe.each(ALL)('the Spanish family summary of examples/%s', (name) => {
  const page = summaryOf(name, 'es');

  it('is the committed memo.family.es.md, byte for byte, every time', () => {
    expect(page).toBe(readExample(name, 'memo.family.es.md'));
    expect(summaryOf(name, 'es')).toBe(page);
  });

  it('is at most 500 words, at reading grade 8 or below (Crawford)', () => {
    expect(words(page).length).toBeLessThanOrEqual(500);
    expect(crawfordGrade(page)).toBeLessThanOrEqual(8);
  });

  it('records `language: es`, and is in Spanish under its headings', () => {
    expect(page.startsWith('---\nlanguage: es\n---\n\n# ')).toBe(true);
    expect(page).toMatch(/: resumen para las familias$/m);
    expect(page).toContain('## Qué es la herramienta');
    expect(page).toContain('## Qué se decidió');
    expect(page).toContain('## Preguntas');
    for (const english of [
      '## What the tool is',
      "## Your child's data",
      '## What was decided',
      '## Questions',
    ])
      expect(page).not.toContain(english);
  });

  it('names no question or gate of the framework, and no score', () => {
    const fw = BUILT_IN.framework('vatl');
    for (const id of [...fw.questions.map((q) => q.id), ...(fw.gates ?? []).map((g) => g.id)])
      expect(page, id).not.toContain(id);
    expect(page).not.toMatch(/\b\d\.\d\d\b/);
  });

  it('is clean Markdown', async () => {
    expect(await markdownProblems(page)).toEqual([]);
  });
});

describe('the Spanish family view', () => {
  it('writes dates out in Spanish', () => {
    const view = buildFamilyView({ ...inputFor('ai-tutoring-chatbot'), language: 'es' });
    expect(view.conditions[0]?.due).toEqual({ iso: '2026-08-10', text: '10 de agosto de 2026' });
    expect(view.reviewBy?.text).toBe('22 de enero de 2027');
    expect(view.frontMatter).toBe('language: es');
  });

  it('leaves the English summary as committed, with `language: en`', () => {
    const page = summaryOf('lms-replacement', 'en');
    expect(page).toBe(readExample('lms-replacement', 'memo.family.md'));
    expect(page.startsWith('---\nlanguage: en\n---\n')).toBe(true);
  });
});
