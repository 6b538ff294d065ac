// The decision memo in Spanish (`language: es`): the committed examples' memo.es.md, its
// headings and chrome, and that English memos stay as they were.
import { describe, expect, it } from 'vitest';
import { renderDecisionMemo } from '../../src/core/memo/decision-memo.js';
import { referenceLabels } from '../../src/core/memo/reference-labels.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import type { Language } from '../../src/core/i18n/language.js';
import { builtInTemplates } from '../helpers/memo-templates.js';
import {
  EXAMPLES,
  brokenTableRows,
  builtInLocalised,
  builtInFrameworks,
  exampleReview,
  markdownProblems,
  readExample,
  reviewYaml,
  splitMemo,
} from '../helpers/reviews.js';

/** The built-in frameworks with their Spanish strings, as the CLI loads them. */
const BUILT_IN = builtInLocalised();

const ALL = [...EXAMPLES, 'team-review'];

/** An example (or edited review text) rendered by the core in a language. */
function memoOf(text: string, language: Language): string {
  const parsed = parseReview(text, 'review.yaml');
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const framework = BUILT_IN.framework('vatl');
  const { report } = checkReview(parsed.review, framework, parsed.yaml);
  return renderDecisionMemo(
    { review: parsed.review, framework, report },
    {
      templates: builtInTemplates(),
      references: referenceLabels(builtInFrameworks().flatMap((p) => p.framework ?? [])),
      today: '2026-11-02',
      language,
      localise: BUILT_IN.localise,
    },
  );
}

const example = (name: string, language: Language) =>
  memoOf(readExample(name, 'review.yaml'), language);

/** The memo's own headings, in order. */
const headings = (memo: string) => memo.split('\n').filter((l) => /^##? /.test(l));

/**
 * Words of the English templates and of the text the memo's view builds: none may show in a
 * Spanish memo. Each is written as it appears in the memo's chrome (a table cell, a heading, a
 * bullet), so the English review and framework text the examples carry does not match.
 */
const ENGLISH_CHROME = [
  /^## (The decision and why|The proposal|Who took part|Team review|Scores|Findings|Gates|Warnings|Conditions|Alignment with other frameworks|Review by|Sign-off)$/m,
  /^### (Answered not applicable|Did not apply)$/m,
  /^\*\*Decision: /m,
  /^\*\*No decision recorded yet/m,
  // `| Name |` is the framework’s own intake label (in English until its strings file is merged).
  /\| (Decision record|Status|Date|Framework|Review by|Item|Answer|Role|Question|Evidence|Condition|Owner|Due|Gate|Kind|Result|Blocks|Why it matters) \|/,
  /\| (Passed|Does not apply|Floor|Red line|not scored|Unanswered|Yes|None|proposed|decided) \|/,
  /\*\*(Failed|Unresolved)\*\*/,
  /\*\* overall \|/,
  /^Scale: /m,
  /The review suggests/,
  /What would change the suggestion/,
  /Reviewed with vatl against/,
  /^- (Clear the gate|Answer more of|Raise question|Even top answers)/m,
  /^- (The overall score|Every scored cell|Every Area|The lowest cell|Too little of the grid|Below a floor|Red line crossed|No answers are scored)/m,
  /^- “.*” cannot be checked until/m,
  /is the outcome when no other is reached/,
  /only the gates below rule it out/,
  /^(Notes|Consulted|Warnings):$/m,
  /No (conditions were set|warnings were raised|stakeholder groups)/,
  /Scores by cell/,
  /y-axis "Score"/,
  /^Agreement \(Krippendorff/m,
  /\b(Not applicable|question \d+) \(?/,
];

describe.each(ALL)('examples/%s in Spanish', (name) => {
  const memo = example(name, 'es');

  it('is the committed memo.es.md, byte for byte', () => {
    expect(memo).toBe(readExample(name, 'memo.es.md'));
  });

  it('records `language: es` in its front matter, and the English memo `language: en`', () => {
    expect(splitMemo(memo).frontMatter.language).toBe('es');
    expect(splitMemo(readExample(name, 'memo.md')).frontMatter.language).toBe('en');
  });

  it('has its sections under Spanish headings, in the English memo’s order', () => {
    const expected = [
      'La decisión y sus razones',
      'La propuesta',
      'Quiénes participaron',
      ...(name === 'team-review' ? ['Revisión en equipo'] : []),
      'Puntuaciones',
      'Hallazgos',
      'Controles',
      'Alertas',
      'Condiciones',
      'Relación con otros marcos',
      'Próxima revisión',
      'Aprobación (firmas)',
    ];
    expect(headings(memo).filter((h) => h.startsWith('## '))).toEqual(
      expected.map((h) => `## ${h}`),
    );
    expect(headings(memo)[0]).toMatch(/^# (Decisión \d{4}: )?/);
  });

  it('shows no English word of the templates or of the text vatl builds', () => {
    for (const pattern of ENGLISH_CHROME) expect(memo, String(pattern)).not.toMatch(pattern);
  });

  it('is clean Markdown with whole tables', async () => {
    expect(await markdownProblems(memo)).toEqual([]);
    expect(brokenTableRows(memo)).toEqual([]);
  });

  it('renders the same bytes every time, and leaves the English memo as it was', () => {
    expect(example(name, 'es')).toBe(memo);
    expect(example(name, 'en')).toBe(readExample(name, 'memo.md'));
  });
});

describe('the Spanish memo’s own words', () => {
  it('writes dates out in Spanish, and the status', () => {
    const memo = example('lms-replacement', 'es');
    expect(memo).toContain('| Fecha | 18 de marzo de 2026 |');
    expect(memo).toContain('| Estado | decidida |');
    expect(memo).toContain('| Próxima revisión | 18 de marzo de 2027 |');
  });

  it('gives the reasons, gate results and next steps in Spanish', () => {
    const chatbot = example('ai-tutoring-chatbot', 'es');
    expect(chatbot).toContain('| Superado |');
    expect(chatbot).toMatch(/\| (Mínimo|Línea roja) \|/);
    const warning = example('early-warning-analytics', 'es');
    expect(warning).toContain('Se cruzó una línea roja:');
    expect(warning).toContain('Eso descarta');
    expect(warning).toContain('| **No superado** |');
  });

  it('names what would raise the suggestion by question number, in Spanish', () => {
    const data = exampleReview('lms-replacement');
    (data.answers['ge-priority-reach'] as Record<string, unknown>).value = 1;
    (data.answers['ge-policy-fit'] as Record<string, unknown>).value = 1;
    (data.answers['pc-workload-net'] as Record<string, unknown>).value = 1;
    const memo = memoOf(reviewYaml(data), 'es');
    expect(memo).toMatch(/^- Subir la pregunta \d+ \(“.*”\) de \d a \d/m);
    expect(memo).not.toMatch(/Raise question/);
  });

  it('writes `Sí` for a yes answer in the proposal table', () => {
    expect(example('lms-replacement', 'es')).toMatch(/\| Uso directo por estudiantes \| Sí \|/);
  });
});
