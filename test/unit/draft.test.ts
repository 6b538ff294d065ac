import { describe, expect, it } from 'vitest';
import type { Framework, Question } from '../../src/core/framework/types.js';
import {
  answerQuestion,
  draftToReview,
  fingerprint,
  newDraft,
  nextStep,
  progress,
  questionOrder,
  reconcileDraft,
} from '../../src/core/review/draft.js';
import type { Draft } from '../../src/core/review/draft.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';

const NOW = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-02T10:30:00.000Z';

const VATL = loadVatl();

/** A deep copy to change without touching the shared framework. */
function copy(fw: Framework): Framework {
  return structuredClone(fw);
}

function question(fw: Framework, id: string): Question {
  const q = fw.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** A draft with the intake, title and team filled in, ready for the questions. */
function readyForQuestions(fw: Framework = VATL): Draft {
  return {
    ...newDraft('draft-1', fw, NOW),
    proposal: { ...LUMEN_PROPOSAL },
    title: 'Lumen Tutor pilot',
    team: { structure: 'co-designed', members: [{ name: 'Dana Okafor', role: 'Director' }] },
  };
}

describe('newDraft', () => {
  it('starts empty, against id@version of the framework', () => {
    expect(newDraft('draft-x', VATL, NOW)).toEqual({
      draft: 1,
      id: 'draft-x',
      framework: 'vatl@2.0.0',
      proposal: {},
      answers: {},
      asked: {},
      updated: NOW,
    });
  });
});

describe('questionOrder', () => {
  it('asks every question, grouped by Area of Impact, then Value Add, in file order within a cell', () => {
    const order = questionOrder(VATL);
    expect(order).toHaveLength(VATL.questions.length);
    const cells = order.map((q) => q.cell);
    // Each cell is one contiguous run, and the runs go row by row, column by column.
    const runs = cells.filter((c, i) => c !== cells[i - 1]);
    expect(runs).toEqual([
      'governance/do-more',
      'governance/do-better',
      'governance/do-new',
      'people/do-more',
      'people/do-better',
      'people/do-new',
      'infrastructure/do-more',
      'infrastructure/do-better',
      'infrastructure/do-new',
    ]);
    expect(order.slice(0, 5).map((q) => q.id)).toEqual([
      'ge-priority-reach',
      'ge-policy-fit',
      'ge-use-boundaries',
      'ge-family-transparency',
      'ge-better-decisions',
    ]);
    expect(order.at(-1)?.id).toBe('ir-model-training');
  });

  it('groups by the axes, not by where the questions sit in the file', () => {
    const fw = copy(VATL);
    fw.questions.reverse();
    const order = questionOrder(fw);
    const runs = order.map((q) => q.cell).filter((c, i, all) => c !== all[i - 1]);
    expect(runs).toEqual(
      questionOrder(VATL)
        .map((q) => q.cell)
        .filter((c, i, all) => c !== all[i - 1]),
    );
    // Within a cell the (now reversed) file order is kept.
    expect(order.slice(0, 4).map((q) => q.id)).toEqual([
      'ge-family-transparency',
      'ge-use-boundaries',
      'ge-policy-fit',
      'ge-priority-reach',
    ]);
  });

  it('orders by row alone when the framework has no columns', () => {
    const fw = copy(VATL);
    delete fw.axes.columns;
    fw.questions = [
      { ...question(VATL, 'ir-exit-plan'), cell: 'infrastructure' },
      { ...question(VATL, 'pc-ai-literacy'), cell: 'people' },
      { ...question(VATL, 'ge-policy-fit'), cell: 'governance' },
      { ...question(VATL, 'ge-priority-reach'), cell: 'governance' },
    ];
    expect(questionOrder(fw).map((q) => q.id)).toEqual([
      'ge-policy-fit',
      'ge-priority-reach',
      'pc-ai-literacy',
      'ir-exit-plan',
    ]);
  });
});

describe('nextStep', () => {
  it('goes intake (in framework order) → title → team → questions → summary', () => {
    let draft = newDraft('draft-1', VATL, NOW);
    const seen: string[] = [];
    for (const q of VATL.intake ?? []) {
      const step = nextStep(draft, VATL);
      expect(step).toEqual({ kind: 'intake', id: q.id });
      seen.push(q.id);
      draft = {
        ...draft,
        proposal: { ...draft.proposal, [q.id]: q.kind === 'multi-choice' ? [] : '' },
      };
    }
    expect(seen).toEqual([
      'name',
      'vendor',
      'category',
      'users',
      'student-facing',
      'student-data',
      'monitors-people',
      'uses-ai',
      'ai-features',
      'ai-decisions',
      'ai-staff-decisions',
      'cost',
      'term',
    ]);
    expect(nextStep(draft, VATL)).toEqual({ kind: 'title' });
    draft = { ...draft, title: 'Lumen Tutor' };
    expect(nextStep(draft, VATL)).toEqual({ kind: 'team' });
    draft = { ...draft, team: { structure: 'user-centered', members: [] } };
    for (const q of questionOrder(VATL)) {
      expect(nextStep(draft, VATL)).toEqual({ kind: 'question', id: q.id });
      draft = answerQuestion(draft, q, { value: 3 }, NOW);
    }
    expect(nextStep(draft, VATL)).toEqual({ kind: 'summary' });
  });

  it('counts an empty intake answer as given, so an optional question is not asked twice', () => {
    const draft = readyForQuestions();
    expect(draft.proposal.cost).toBe('');
    expect(nextStep(draft, VATL)).toEqual({ kind: 'question', id: 'ge-priority-reach' });
  });

  it('continues at the first unanswered question in asking order, whatever was answered out of order', () => {
    const order = questionOrder(VATL);
    let draft = readyForQuestions();
    for (const q of [order[0], order[2], order[5]] as Question[])
      draft = answerQuestion(draft, q, { value: 2 }, NOW);
    expect(nextStep(draft, VATL)).toEqual({ kind: 'question', id: order[1]?.id });
  });

  it('asks for a name when the framework has no intake', () => {
    const fw = copy(VATL);
    delete fw.intake;
    const draft = newDraft('draft-1', fw, NOW);
    expect(nextStep(draft, fw)).toEqual({ kind: 'intake', id: 'name' });
    expect(nextStep({ ...draft, proposal: { name: 'X' } }, fw)).toEqual({ kind: 'title' });
  });

  it('progress counts the answered questions out of those that apply to the proposal', () => {
    const order = questionOrder(VATL);
    let draft = readyForQuestions();
    // Lumen makes no AI decisions about people and monitors no one: three questions drop out.
    const total = VATL.questions.length - 3;
    expect(progress(draft, VATL)).toEqual({ answered: 0, total });
    for (const q of order.slice(0, 7)) draft = answerQuestion(draft, q, { value: 1 }, NOW);
    expect(progress(draft, VATL)).toEqual({ answered: 7, total });
  });

  it('skips the questions and intake questions that do not apply to the proposal', () => {
    let draft = newDraft('draft-1', VATL, NOW);
    draft = {
      ...draft,
      proposal: { ...LUMEN_PROPOSAL, 'uses-ai': 'no' },
      title: 'Lumen',
      team: LUMEN_TEAM,
    };
    const {
      'ai-features': _f,
      'ai-decisions': _d,
      'ai-staff-decisions': _s,
      ...proposal
    } = draft.proposal;
    draft = { ...draft, proposal };
    const asked: string[] = [];
    for (let step = nextStep(draft, VATL); step.kind === 'question'; step = nextStep(draft, VATL)) {
      asked.push(step.id);
      draft = answerQuestion(draft, question(VATL, step.id), { value: 3 }, NOW);
    }
    expect(asked).not.toContain('pc-ai-literacy');
    expect(asked).not.toContain('ir-ai-accuracy-testing');
    expect(asked).toContain('ir-privacy-agreement');
    expect(nextStep(draft, VATL)).toEqual({ kind: 'summary' });
  });

  it('stops at an intake contradiction that would switch a red line off, before any question', () => {
    const draft: Draft = {
      ...readyForQuestions(),
      proposal: { ...LUMEN_PROPOSAL, 'student-facing': 'no' },
    };
    expect(nextStep(draft, VATL)).toEqual({
      kind: 'intake-check',
      id: 'students-not-student-facing',
    });
  });
});

describe('fingerprint', () => {
  const q = question(VATL, 'ge-priority-reach');

  it('is a short, stable hash of the question', () => {
    expect(fingerprint(q)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(structuredClone(q))).toBe(fingerprint(q));
    expect(fingerprint(question(VATL, 'ge-policy-fit'))).not.toBe(fingerprint(q));
  });

  it('changes when the wording changes', () => {
    expect(fingerprint({ ...q, prompt: `${q.prompt} ` })).not.toBe(fingerprint(q));
    expect(fingerprint({ ...q, prompt: q.prompt.replace('priority', 'goal') })).not.toBe(
      fingerprint(q),
    );
  });

  it('changes when a level, a choice, the scores or the kind change', () => {
    expect(fingerprint({ ...q, levels: { ...q.levels, '3': 'Something else.' } })).not.toBe(
      fingerprint(q),
    );
    const yesNo = question(VATL, 'ge-human-review');
    expect(fingerprint({ ...yesNo, scores: { yes: 3, no: 1 } })).not.toBe(fingerprint(yesNo));
    expect(fingerprint({ ...yesNo, kind: 'choice' })).not.toBe(fingerprint(yesNo));
    const b = { value: 'b', label: 'B', score: 4 };
    const choice: Question = {
      ...q,
      kind: 'choice',
      levels: undefined,
      choices: [{ value: 'a', label: 'A', score: 1 }, b],
    };
    expect(fingerprint({ ...choice, choices: [{ value: 'a', label: 'A', score: 2 }, b] })).not.toBe(
      fingerprint(choice),
    );
    expect(
      fingerprint({ ...choice, choices: [{ value: 'a', label: 'Option A', score: 1 }, b] }),
    ).not.toBe(fingerprint(choice));
  });

  it('does not change for help, weight or evidence edits, which do not change what is asked', () => {
    expect(fingerprint({ ...q, help: 'Different help.' })).toBe(fingerprint(q));
    expect(fingerprint({ ...q, weight: 5 })).toBe(fingerprint(q));
    expect(fingerprint({ ...q, evidence: 'optional' })).toBe(fingerprint(q));
  });
});

describe('reconcileDraft', () => {
  function answeredDraft(): Draft {
    let draft = readyForQuestions();
    for (const q of questionOrder(VATL).slice(0, 5))
      draft = answerQuestion(draft, q, { value: q.kind === 'yes-no' ? 'yes' : 3 }, NOW);
    return { ...draft, reachedSummary: true };
  }

  it('keeps every answer when nothing changed', () => {
    const draft = answeredDraft();
    const { draft: next, changed } = reconcileDraft(draft, VATL);
    expect(changed).toEqual([]);
    expect(next.answers).toEqual(draft.answers);
    expect(next.asked).toEqual(draft.asked);
    expect(next.reachedSummary).toBe(true);
  });

  it('drops answers to questions whose wording or levels changed, or that are gone, and names them', () => {
    const draft = answeredDraft();
    const v2 = copy(VATL);
    v2.version = '1.1.0';
    question(v2, 'ge-policy-fit').prompt = 'Does the proposed use fit board policy and the law?';
    const boundaries = question(v2, 'ge-use-boundaries');
    boundaries.levels = { ...boundaries.levels, '2': 'Intended uses are written down.' };
    v2.questions = v2.questions.filter((q) => q.id !== 'ge-family-transparency');

    const { draft: next, changed } = reconcileDraft(draft, v2);
    expect(changed.sort()).toEqual([
      'ge-family-transparency',
      'ge-policy-fit',
      'ge-use-boundaries',
    ]);
    expect(Object.keys(next.answers).sort()).toEqual(['ge-better-decisions', 'ge-priority-reach']);
    expect(Object.keys(next.asked).sort()).toEqual(['ge-better-decisions', 'ge-priority-reach']);
    expect(next.framework).toBe('vatl@1.1.0');
    // The user must see the summary again only after the changed questions.
    expect(next.reachedSummary).toBe(false);
    expect(nextStep(next, v2)).toEqual({ kind: 'question', id: 'ge-policy-fit' });
    // The draft given is left as it was.
    expect(Object.keys(draft.answers)).toHaveLength(5);
  });

  it('treats a stored fingerprint that no longer matches as a change, even at the same version', () => {
    const draft = answeredDraft();
    const stale = { ...draft, asked: { ...draft.asked, 'ge-priority-reach': '00000000' } };
    const { draft: next, changed } = reconcileDraft(stale, VATL);
    expect(changed).toEqual(['ge-priority-reach']);
    expect(next.answers['ge-priority-reach']).toBeUndefined();
    expect(nextStep(next, VATL)).toEqual({ kind: 'question', id: 'ge-priority-reach' });
  });

  it('keeps an answer with no stored fingerprint and records the current one', () => {
    const draft = answeredDraft();
    const { 'ge-policy-fit': _gone, ...asked } = draft.asked;
    const { draft: next, changed } = reconcileDraft({ ...draft, asked }, VATL);
    expect(changed).toEqual([]);
    expect(next.answers['ge-policy-fit']).toEqual({ value: 3 });
    expect(next.asked['ge-policy-fit']).toBe(fingerprint(question(VATL, 'ge-policy-fit')));
  });
});

describe('answerQuestion', () => {
  it('records the answer, the fingerprint of the question asked, and the time', () => {
    const q = question(VATL, 'ge-priority-reach');
    const draft = answerQuestion(
      readyForQuestions(),
      q,
      { value: 4, evidence: 'Strategic plan goal 2' },
      LATER,
    );
    expect(draft.answers['ge-priority-reach']).toEqual({
      value: 4,
      evidence: 'Strategic plan goal 2',
    });
    expect(draft.asked['ge-priority-reach']).toBe(fingerprint(q));
    expect(draft.updated).toBe(LATER);
  });
});

describe('draftToReview', () => {
  it('turns a draft into a review: answers in asking order, empty intake answers left out', () => {
    const order = questionOrder(VATL);
    let draft = readyForQuestions();
    // Answered back to front, as after changing answers from the summary.
    for (const q of [...order].reverse())
      draft = answerQuestion(draft, q, { value: q.kind === 'yes-no' ? 'no' : 2 }, NOW);
    draft = {
      ...draft,
      proposal: { ...draft.proposal, 'ai-features': [], summary: 'A tutor for grades 6-8.' },
      decision: { outcome: 'adapt', rationale: 'Pilot first.' },
    };
    const review = draftToReview(draft, VATL);
    // Only the questions that apply to Lumen, each with the fingerprint of what was asked.
    const applicable = order.filter(
      (q) => !['ge-staff-ai-decisions', 'ge-human-review', 'ge-monitoring-uses'].includes(q.id),
    );
    expect(Object.keys(review.answers)).toEqual(applicable.map((q) => q.id));
    expect(review.answers['ge-policy-fit']?.fingerprint).toBe(
      fingerprint(question(VATL, 'ge-policy-fit')),
    );
    expect(review).toMatchObject({
      title: 'Lumen Tutor pilot',
      framework: 'vatl@2.0.0',
      team: { structure: 'co-designed', members: [{ name: 'Dana Okafor', role: 'Director' }] },
      decision: { outcome: 'adapt', rationale: 'Pilot first.' },
    });
    expect(review.proposal).toEqual({
      name: 'Lumen Tutor',
      vendor: 'Lumen Learning Co.',
      category: 'instructional-supplemental',
      users: ['students', 'teachers'],
      'student-facing': 'yes',
      'student-data': 'yes',
      'monitors-people': 'no',
      'uses-ai': 'yes',
      'ai-decisions': 'no',
      'ai-staff-decisions': 'no',
      term: '2 years',
      summary: 'A tutor for grades 6-8.',
    });
  });

  it('fills what a partial draft lacks: the title from the name, an empty team, no decision', () => {
    const draft = { ...newDraft('draft-1', VATL, NOW), proposal: { name: 'Quill' } };
    const review = draftToReview(draft, VATL);
    expect(review).toEqual({
      title: 'Quill',
      framework: 'vatl@2.0.0',
      proposal: { name: 'Quill' },
      team: { structure: 'user-centered', members: [] },
      answers: {},
    });
  });
});
