import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/framework/types.js';
import {
  allowsNotApplicable,
  answerText,
  buildAnswer,
  cellLabel,
  evidenceText,
  notApplicableAnswer,
  notApplicableReasonMessage,
  requiresEvidence,
} from '../../src/core/review/answer.js';
import { validFramework } from '../helpers/framework.js';

const FW = validFramework();

function question(id: string): Question {
  const q = FW.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

describe('cellLabel', () => {
  it('names the row and the column of a cell', () => {
    expect(cellLabel(FW, 'gov/better')).toBe('Governance · Do Better');
  });

  it('names the row alone when the framework has no columns, or the cell has none', () => {
    const { columns: _columns, ...axes } = FW.axes;
    expect(cellLabel({ ...FW, axes }, 'people')).toBe('People');
    expect(cellLabel(FW, 'people')).toBe('People');
  });
});

describe('allowsNotApplicable and requiresEvidence', () => {
  it('allows not applicable unless the question says no', () => {
    expect(allowsNotApplicable(question('q-scale'))).toBe(true);
    expect(allowsNotApplicable(question('q-yes-no'))).toBe(false);
  });

  it('requires evidence only where the question says so', () => {
    expect(requiresEvidence(question('q-scale'))).toBe(false);
    expect(requiresEvidence({ ...question('q-scale'), evidence: 'required' })).toBe(true);
    expect(requiresEvidence({ ...question('q-scale'), evidence: 'optional' })).toBe(false);
  });
});

describe('notApplicableReasonMessage', () => {
  it('accepts a reason that says why', () => {
    expect(notApplicableReasonMessage('staff-only tool: no student accounts')).toBeUndefined();
  });

  it('refuses an empty, a placeholder or a too-short reason, saying what to do', () => {
    expect(notApplicableReasonMessage('  ')).toBe(
      'That reason is empty: say why it does not fit this proposal.',
    );
    expect(notApplicableReasonMessage('N/A')).toBe(
      'That reason ("N/A") says nothing about why: say why it does not fit this proposal.',
    );
    expect(notApplicableReasonMessage('abc')).toBe(
      'That reason ("abc") is too short to say why: say why it does not fit this proposal.',
    );
  });
});

describe('buildAnswer and notApplicableAnswer', () => {
  it('records the value, and evidence and a note only when typed', () => {
    expect(
      buildAnswer({ value: 3, evidence: ' Plan goal 2 ', note: ' Owned by the CAO ' }),
    ).toEqual({ value: 3, evidence: 'Plan goal 2', note: 'Owned by the CAO' });
    expect(buildAnswer({ value: 'yes', evidence: '', note: '  ' })).toEqual({ value: 'yes' });
  });

  it('drops the spaces around a text answer', () => {
    expect(buildAnswer({ value: '  For homework only ', evidence: '', note: '' })).toEqual({
      value: 'For homework only',
    });
  });

  it('records a not-applicable reason instead of a value', () => {
    expect(notApplicableAnswer(' staff only, no student accounts ')).toEqual({
      notApplicable: 'staff only, no student accounts',
    });
  });
});

describe('evidenceText and answerText', () => {
  it('joins a list of evidence into one line to edit', () => {
    expect(evidenceText({ value: 3, evidence: ['Policy', 'Contract'] })).toBe('Policy; Contract');
    expect(evidenceText({ value: 3, evidence: 'Policy' })).toBe('Policy');
    expect(evidenceText({ value: 3 })).toBeUndefined();
    expect(evidenceText(undefined)).toBeUndefined();
  });

  it("says an answer as its label, 'not applicable' or 'unanswered'", () => {
    expect(answerText(FW, question('q-scale'), { value: 2 })).toBe('2 Middle');
    expect(answerText(FW, question('q-choice'), { value: 'all' })).toBe('All');
    expect(answerText(FW, question('q-scale'), { notApplicable: 'staff only' })).toBe(
      'not applicable',
    );
    expect(answerText(FW, question('q-scale'), undefined)).toBe('unanswered');
  });
});
