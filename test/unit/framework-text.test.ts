import { describe, expect, it } from 'vitest';
import { FRAMEWORK_TEXT } from '../../src/core/framework/framework-text.js';
import { FRAMEWORK_TEXT_ES } from '../../src/core/framework/framework-text.es.js';
import { STRINGS_TEXT } from '../../src/core/framework/strings-text.js';
import { STRINGS_TEXT_ES } from '../../src/core/framework/strings-text.es.js';
import type { Said, TextTable } from '../../src/core/i18n/said.js';

/** Parameters enough for any key of the two tables: each key reads the ones it needs. */
const PARAMS = {
  id: 'q1',
  kind: 'question',
  first: 'questions.0',
  value: 'maybe',
  ref: 'x9',
  framework: 'vatl',
  previous: 2,
  cell: 'gov/more',
  label: 'Value add',
  row: 'gov',
  column: 'less',
  axis: 'value-add',
  known: ['a', 'b'],
  key: 'minCell',
  min: 1,
  max: 4,
  gate: 'g1',
  expected: 'choice',
  values: ['a', 'b'],
  score: 'do-less',
  outcome: 'abandon',
  outcomes: ['adopt', 'abandon'],
  owner: 'question',
  ownerId: 'q1',
  reads: 'question',
  readsId: 'q2',
  intake: 'uses-ai',
  field: 'choices',
  weight: 0,
  level: '5',
  missing: ['2', '3'],
  answer: 'no',
  target: 'nope',
  installed: ['vatl'],
  suggestion: 'vatl',
  beside: 'vatl',
  says: 'vatll',
  named: 'es',
  language: 'en',
  written: '1.0.0',
  version: '2.0.0',
  what: 'question',
  path: 'questions.q1.help',
};

const said = (table: TextTable, key: string): Said =>
  (table[key] as (p: typeof PARAMS) => Said)(PARAMS);

describe.each([
  ['framework rules', FRAMEWORK_TEXT, FRAMEWORK_TEXT_ES],
  ['strings files', STRINGS_TEXT, STRINGS_TEXT_ES],
] as const)('the %s text in Spanish', (_name, en, es) => {
  it.each(Object.keys(en))(
    '%s is said in other words, with a hint where English has one',
    (key) => {
      const english = said(en, key);
      const spanish = said(es, key);
      expect(spanish.message).not.toBe(english.message);
      expect(spanish.message.trim()).not.toBe('');
      expect(spanish.hint === undefined).toBe(english.hint === undefined);
      if (spanish.hint) expect(spanish.hint).not.toBe(english.hint);
    },
  );
});

describe('the framework rule text', () => {
  it('words plural levels and lists as Spanish does', () => {
    const one = FRAMEWORK_TEXT_ES['framework.missing-levels']({ id: 'q1', missing: ['2'] });
    const many = FRAMEWORK_TEXT_ES['framework.missing-levels']({
      id: 'q1',
      missing: ['2', '3', '4'],
    });
    expect(one.message).toBe('La pregunta de escala `q1` no describe cómo es el nivel 2.');
    expect(many.message).toBe(
      'La pregunta de escala `q1` no describe cómo son los niveles 2, 3 y 4.',
    );
    expect(
      FRAMEWORK_TEXT['framework.missing-levels']({ id: 'q1', missing: ['2', '3'] }).message,
    ).toBe('Scale question `q1` does not say what levels 2, 3 look like.');
  });

  it('names each kind of id and key in Spanish', () => {
    expect(
      FRAMEWORK_TEXT_ES['framework.duplicate-id']({
        kind: 'intake check',
        id: 'c1',
        first: 'intakeChecks.0',
      }).message,
    ).toBe(
      'El id de comprobación de admisión `c1` se usa dos veces (la primera en intakeChecks.0).',
    );
    expect(
      STRINGS_TEXT_ES['strings.nothing-to-translate']({
        framework: 'vatl',
        owner: 'question',
        ownerId: 'q1',
        what: 'choice',
        key: 'none',
      }).message,
    ).toBe('La pregunta `q1` no tiene opciones: `none` no tiene nada que traducir.');
  });
});
