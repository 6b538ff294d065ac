import { describe, expect, it } from 'vitest';
import { nextOutcomeText, summaryView } from '../../src/core/review/summary.js';
import type { Review } from '../../src/core/review/types.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { validFramework } from '../helpers/framework.js';

const FW = validFramework();

function review(answers: Review['answers']): Review {
  return {
    title: 'T',
    framework: 'mini@1.0.0',
    proposal: { name: 'T', 'student-data': 'yes', category: 'assessment', users: ['students'] },
    team: { structure: 'user-centered', members: [] },
    answers,
  };
}

describe('summaryView', () => {
  it('lays out the grid: a line per row with its cells and area, then the value adds and overall', () => {
    const answers = {
      'q-scale': { value: 3 },
      'q-yes-no': { value: 'yes' },
      'q-choice': { value: 'all' },
      'q-better': { value: 2 },
      'q-text': { value: 'Notes.' },
    };
    const report = scoreReview(FW, review(answers));
    const view = summaryView(FW, report);
    expect(view.header).toEqual(['', 'Do More', 'Do Better', 'Area']);
    expect(view.rows).toEqual([
      {
        label: 'Governance',
        cells: [
          { score: 3 },
          { score: 3 },
          { score: report.rows.find((r) => r.id === 'gov')?.score },
        ],
      },
      {
        label: 'People',
        cells: [
          { score: 3 },
          { score: 2 },
          { score: report.rows.find((r) => r.id === 'people')?.score },
        ],
      },
    ]);
    expect(view.footer).toEqual({
      label: 'Value Add',
      cells: [
        { score: report.columns.find((c) => c.id === 'more')?.score },
        { score: report.columns.find((c) => c.id === 'better')?.score },
        { score: report.overall },
      ],
    });
    expect(view.scale).toBe('1 Low · 2 Middle · 3 High');
    expect(view.overall).toMatch(/^\d\.\d\d$/);
    expect(view.suggested).toBe('Adopt');
    expect(view.gates).toEqual([]);
    expect(view.unanswered).toEqual([]);
    expect(view.next).toBeUndefined();
  });

  it('shows a cell with no score as such, and a grid without columns as one score per row', () => {
    const { columns: _columns, ...axes } = FW.axes;
    const rowsOnly = {
      ...FW,
      axes,
      questions: FW.questions.map((q) => ({ ...q, cell: q.cell.split('/')[0] ?? q.cell })),
    };
    const view = summaryView(rowsOnly, scoreReview(rowsOnly, review({ 'q-scale': { value: 3 } })));
    expect(view.header).toEqual(['', 'Score', '']);
    expect(view.rows[0]).toEqual({ label: 'Governance', cells: [{ score: 3 }, { text: '' }] });
    expect(view.rows[1]).toEqual({ label: 'People', cells: [{ score: undefined }, { text: '' }] });
    expect(view.footer).toEqual({ label: 'Overall', cells: [{ score: 3 }, { text: '' }] });
    // By number and words: ids are for machine output.
    expect(view.unanswered).toEqual([
      'question 2 (“Signed?”)',
      'question 3 (“Which?”)',
      'question 4 (“Better?”)',
      'question 5 (“Notes?”)',
    ]);
  });

  it('names the gates that did not pass by title, and the way to the next outcome', () => {
    const report = scoreReview(
      FW,
      review({
        'q-scale': { value: 3 },
        'q-yes-no': { value: 'no' },
        'q-choice': { value: 'all' },
        'q-better': { value: 3 },
      }),
    );
    const view = summaryView(FW, report);
    expect(view.gates).toEqual([{ state: 'failed', title: 'No agreement', needs: [] }]);
    expect(view.suggested).toBe('Abandon');
    expect(view.reasons).toEqual(report.outcomes.find((o) => o.id === 'abandon')?.reasons);
    expect(view.next).toMatch(
      /^To reach Adapt: clear the gate “No agreement”: question 2 \(“Signed\?”\) answered Yes/,
    );
  });

  it('says an unresolved gate needs answers, and names warnings by title', () => {
    const report = scoreReview(
      FW,
      review({ 'q-scale': { value: 2 }, 'q-choice': { value: 'all' }, 'q-better': { value: 1 } }),
    );
    const view = summaryView(FW, report);
    expect(view.gates).toEqual([
      { state: 'unresolved', title: 'No agreement', needs: ['question 2 (“Signed?”)'] },
    ]);
    const warned = summaryView(FW, {
      ...report,
      warnings: [{ id: 'w-efficiency' }, { id: 'w-gone' }],
    });
    expect(warned.warnings).toEqual(['Efficiency only', 'w-gone']);
  });
});

describe('nextOutcomeText', () => {
  it('lists gates to clear, axis items to answer more of, and answers to raise', () => {
    expect(
      nextOutcomeText(FW, {
        outcome: 'adopt',
        gates: [{ gate: 'g-privacy', answers: [{ question: 'q-yes-no', value: 'yes' }] }],
        coverage: [{ axis: 'columns', id: 'better', answered: 1, applicable: 2, share: 0.5 }],
        raises: [
          { question: 'q-scale', from: 2, to: 3 },
          { question: 'q-better', from: 1, to: 2 },
        ],
        unreachable: false,
      }),
    ).toBe(
      'To reach Adopt: clear the gate “No agreement”: question 2 (“Signed?”) answered Yes; answer more of Do Better (50% answered); raise question 1 (“How well?”) from 2 to 3, question 4 (“Better?”) from 1 to 2',
    );
  });

  it('says when no change of answers would do it', () => {
    expect(
      nextOutcomeText(FW, {
        outcome: 'adopt',
        gates: [],
        coverage: [],
        raises: [],
        unreachable: true,
      }),
    ).toBe('To reach Adopt: no change of answers would do it (the thresholds stay out of reach)');
  });
});
