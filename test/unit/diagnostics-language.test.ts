import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue/index.js';
import type { DiagnosticCode } from '../../src/core/catalogue/index.js';
import { CATALOGUE_ES, entryWords } from '../../src/core/catalogue/language.js';
import { TEXT_TABLES, TEXT_KEYS, inLanguage } from '../../src/cli/speak.js';
import { formatStylish } from '../../src/cli/formats/stylish.js';
import { createStyle } from '../../src/cli/style.js';
import { say } from '../../src/core/i18n/said.js';
import { REVIEW_RULES_TEXT } from '../../src/core/review/rules/review-text.js';

const codes = Object.keys(CATALOGUE) as DiagnosticCode[];

describe('the catalogue in Spanish', () => {
  it.each(codes)('%s has a Spanish title, and a Spanish hint where English has one', (code) => {
    const en = CATALOGUE[code] as { title: string; hint?: string };
    const es = CATALOGUE_ES[code];
    expect(es.title.trim()).not.toBe('');
    expect(es.title).not.toMatch(/\.$/);
    expect(es.title).not.toBe(en.title);
    expect(es.hint === undefined).toBe(en.hint === undefined);
    if (es.hint) expect(es.hint).toMatch(/\.$/);
    expect(entryWords(code, 'es')).toBe(es);
    expect(entryWords(code, 'en').title).toBe(en.title);
  });

  it('has no title for a code the catalogue does not have', () => {
    expect(Object.keys(CATALOGUE_ES).sort()).toEqual([...codes].sort());
  });
});

describe('the text tables', () => {
  it('each key is in one table only, and every Spanish table says every English key', () => {
    expect(new Set(TEXT_KEYS).size).toBe(TEXT_KEYS.length);
    for (const { en, es } of TEXT_TABLES)
      expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('a diagnostic is said again in Spanish from its text, and is itself in English', () => {
    const said = say(REVIEW_RULES_TEXT, 'review.unanswered', { ids: ['a', 'b'] });
    const d = {
      file: 'r.review.yaml',
      line: 3,
      column: 1,
      severity: 'error' as const,
      code: 'review/unanswered' as const,
      ...said,
    };
    expect(inLanguage(d, 'en')).toBe(d);
    expect(inLanguage(d, 'es')).toMatchObject({
      line: 3,
      column: 1,
      message: 'Quedan 2 preguntas sin responder: a, b.',
      hint: 'Responda cada una, o indique `notApplicable: <motivo>`.',
    });
    const style = createStyle(false);
    expect(
      formatStylish(
        { files: ['r.review.yaml'], diagnostics: [d] },
        { style, version: '0', language: 'es' },
      ),
    ).toBe(
      'r.review.yaml:3:1  error   review/unanswered  Quedan 2 preguntas sin responder: a, b. Responda cada una, o indique `notApplicable: <motivo>`.\n\n✖ 1 problema (1 error, 0 alertas) en 1 archivo revisado.\n',
    );
  });

  it('a default hint from the catalogue is given in Spanish even where the message has no table', () => {
    const d = {
      file: 'x',
      line: 0,
      column: 0,
      severity: 'error' as const,
      code: 'file/unreadable' as const,
      message: 'some words',
      hint: CATALOGUE['file/unreadable'].hint,
    };
    expect(inLanguage(d, 'es').hint).toBe('Revise los permisos del archivo y vuelva a ejecutar.');
  });
});
