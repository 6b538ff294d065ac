import { describe, expect, it } from 'vitest';
import { FRAMEWORK_RULES } from '../../src/core/framework/rules.js';
import type { Framework, Question } from '../../src/core/framework/types.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { notApplicableReasonProblem } from '../../src/core/review/answer.js';
import { fingerprint } from '../../src/core/review/fingerprint.js';
import type { Answer, Review } from '../../src/core/review/types.js';
import { round2, scaleLevel, scoreCue } from '../../src/core/scoring/scale.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { reviewYaml } from '../helpers/reviews.js';

/**
 * A 2 × 2 framework with the format-2 features, small enough to work every figure by hand:
 *   rows gov, people; columns more, better; scale 1–4.
 *   gov/more:      g-policy (floor at 1, weight 1), g-value (weight 1)
 *   gov/better:    g-better (weight 1), g-ai (weight 1, only when uses-ai is yes)
 *   people/more:   p-more (weight 1)
 *   people/better: p-better (weight 1)
 *   checks:        c-privacy (choice, unscored, only with student data), c-training (yes-no,
 *                  unscored, only with student data)
 *   gates:         privacy none or training yes → blocks adopt and adapt; g-policy ≤ 1 → adopt
 *   outcomes:      adopt 3.0 overall, 2.0 per cell, 67% coverage; adapt 2.2, 67%; abandon.
 */
function verdictFramework(): Framework {
  const scale = (id: string, cell: string, extra: Partial<Question> = {}): Question => ({
    id,
    cell,
    prompt: `How well does it do ${id}?`,
    help: 'Look at the evidence.',
    kind: 'scale',
    levels: { '1': 'No.', '2': 'Some.', '3': 'Yes.', '4': 'Fully.' },
    ...extra,
  });
  return {
    id: 'verdict',
    version: '2.0.0',
    title: 'Verdict test framework',
    source: { title: 'Test', publisher: 'Test', version: '1' },
    scale: [1, 2, 3, 4].map((value) => ({
      value,
      label: ['Not evident', 'Emerging', 'Solid', 'Strong'][value - 1] as string,
      description: 'A level.',
    })),
    axes: {
      rows: {
        id: 'area',
        label: 'Area of Impact',
        items: [
          { id: 'gov', label: 'Governance', description: 'Rules.' },
          { id: 'people', label: 'People', description: 'People.' },
        ],
      },
      columns: {
        id: 'value-add',
        label: 'Value Add',
        items: [
          { id: 'more', label: 'Do More', description: 'Capacity.' },
          { id: 'better', label: 'Do Better', description: 'Effect.' },
        ],
      },
    },
    intake: [
      {
        id: 'users',
        prompt: 'Who uses it?',
        kind: 'multi-choice',
        required: true,
        choices: [
          { value: 'students', label: 'Students' },
          { value: 'staff', label: 'Staff' },
        ],
      },
      {
        id: 'student-facing',
        prompt: 'Do students use it directly?',
        kind: 'yes-no',
        required: true,
      },
      { id: 'student-data', prompt: 'Student data?', kind: 'yes-no', required: true },
      { id: 'uses-ai', prompt: 'Does it use AI?', kind: 'yes-no', required: true },
    ],
    intakeChecks: [
      {
        id: 'students-not-student-facing',
        severity: 'error',
        title: 'Students are among the users, but the tool is marked not student-facing',
        why: 'Correct one of the two answers.',
        when: {
          all: [
            { intake: 'users', includes: 'students' },
            { intake: 'student-facing', equals: 'no' },
          ],
        },
      },
    ],
    questions: [
      scale('g-policy', 'gov/more', { notApplicable: false }),
      scale('g-value', 'gov/more'),
      scale('g-better', 'gov/better'),
      scale('g-ai', 'gov/better', { when: { intake: 'uses-ai', equals: 'yes' } }),
      scale('p-more', 'people/more'),
      scale('p-better', 'people/better'),
      {
        id: 'c-privacy',
        cell: 'gov/more',
        prompt: 'Is there a privacy agreement?',
        help: 'Ask for it.',
        kind: 'choice',
        scored: false,
        notApplicable: false,
        when: { intake: 'student-data', equals: 'yes' },
        choices: [
          { value: 'signed', label: 'Signed' },
          { value: 'none', label: 'None' },
        ],
      },
      {
        id: 'c-training',
        cell: 'gov/better',
        prompt: 'Does the vendor train models on student data?',
        help: 'Ask.',
        kind: 'yes-no',
        scored: false,
        notApplicable: false,
        when: { intake: 'student-data', equals: 'yes' },
      },
    ],
    gates: [
      {
        id: 'no-privacy',
        kind: 'red-line',
        title: 'Student data without a privacy agreement',
        why: 'Because.',
        remedy: 'Sign it.',
        when: {
          any: [
            { question: 'c-privacy', equals: 'none' },
            { question: 'c-training', equals: 'yes' },
          ],
        },
        blocks: ['adopt', 'adapt'],
      },
      {
        id: 'policy-floor',
        kind: 'floor',
        title: 'In conflict with law or policy',
        why: 'Because.',
        when: { question: 'g-policy', atMost: 1 },
        blocks: ['adopt'],
      },
    ],
    outcomes: [
      {
        id: 'adopt',
        label: 'Adopt',
        description: 'Go.',
        minOverall: 3,
        minCell: 2,
        minCoverage: 0.67,
      },
      { id: 'adapt', label: 'Adapt', description: 'Pilot.', minOverall: 2.2, minCoverage: 0.67 },
      { id: 'abandon', label: 'Abandon', description: 'Not as proposed.' },
    ],
  };
}

const STAFF_TOOL = {
  name: 'Tool',
  users: ['staff'],
  'student-facing': 'no',
  'student-data': 'no',
  'uses-ai': 'no',
};
const AI_STUDENT_TOOL = {
  name: 'Tutor',
  users: ['students'],
  'student-facing': 'yes',
  'student-data': 'yes',
  'uses-ai': 'yes',
};

const at = (value: number | string): Answer => ({ value });
const all = (value: number): Record<string, Answer> => ({
  'g-policy': at(value),
  'g-value': at(value),
  'g-better': at(value),
  'g-ai': at(value),
  'p-more': at(value),
  'p-better': at(value),
});
const safeChecks = { 'c-privacy': at('signed'), 'c-training': at('no') };

function review(proposal: Review['proposal'], answers: Record<string, Answer>): Review {
  return {
    title: 'A review',
    framework: 'verdict@2.0.0',
    proposal,
    team: { structure: 'co-designed', members: [{ name: 'A', role: 'Director' }] },
    answers,
  };
}

/** Checks a review through the YAML file, so every diagnostic carries its line and column. */
function check(r: Review) {
  const parsed = parseReview(reviewYaml(r as never), 'r.review.yaml');
  if (!parsed.review) throw new Error(JSON.stringify(parsed.diagnostics));
  return checkReview(parsed.review, verdictFramework(), parsed.yaml);
}

describe('the verdict fixture framework', () => {
  it('passes every framework rule', () => {
    expect(FRAMEWORK_RULES.flatMap((rule) => rule(verdictFramework()))).toEqual([]);
  });
});

describe('applicability', () => {
  it('does not ask, require or score a question that does not apply, and names it once', () => {
    const { 'g-ai': _ai, ...answers } = all(3);
    const report = scoreReview(verdictFramework(), review(STAFF_TOOL, answers));
    expect(report.doesNotApply).toEqual(['g-ai', 'c-privacy', 'c-training']);
    expect(report.unanswered).toEqual([]);
    expect(report.scored.map((s) => s.id)).not.toContain('g-ai');
    expect(report.overall).toBe(3);
  });

  it('asks a question when the intake answer its `when` reads is missing', () => {
    const { 'uses-ai': _missing, ...proposal } = STAFF_TOOL;
    const { 'g-ai': _ai, ...answers } = all(3);
    const report = scoreReview(verdictFramework(), review(proposal, answers));
    expect(report.unanswered).toEqual(['g-ai']);
  });

  it('warns about an answer to a question that does not apply, and leaves it unscored', () => {
    const { diagnostics, report } = check(review(STAFF_TOOL, { ...all(3), 'g-ai': at(1) }));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'review/does-not-apply',
        severity: 'warning',
        line: expect.any(Number),
      }),
    );
    expect(report.overall).toBe(3);
  });

  it('scores an honest staff-only tool with no AI and no student data, answered 3 throughout, Adopt at 3.00', () => {
    const { 'g-ai': _ai, ...answers } = all(3);
    const report = scoreReview(verdictFramework(), review(STAFF_TOOL, answers));
    expect(report.suggested).toBe('adopt');
    expect(report.overall).toBe(3);
  });
});

describe('not applicable, held to account', () => {
  it.each(['n/a', 'N/A', 'na', '-', 'none', ' ', '', 'Not applicable.', '?!', 'tbd'])(
    'refuses the reason %j',
    (reason) => {
      expect(notApplicableReasonProblem(reason)).toBeDefined();
    },
  );

  it('accepts a reason that says why', () => {
    expect(notApplicableReasonProblem('Staff-only tool: no student accounts')).toBeUndefined();
  });

  it('reports a token reason at the line and column of `notApplicable`', () => {
    const { diagnostics } = check(
      review(STAFF_TOOL, { ...all(3), 'g-value': { notApplicable: 'n/a' } }),
    );
    const d = diagnostics.find((x) => x.code === 'review/not-applicable-reason');
    expect(d).toMatchObject({ severity: 'error', file: 'r.review.yaml' });
    expect(d?.line).toBeGreaterThan(0);
    expect(d?.message).toContain('`g-value`');
  });

  it('refuses N/A where the framework forbids it', () => {
    const { diagnostics } = check(
      review(STAFF_TOOL, {
        ...all(3),
        'g-policy': { notApplicable: 'We have no policy on this yet.' },
      }),
    );
    expect(diagnostics.map((d) => d.code)).toContain('review/not-applicable-not-allowed');
  });

  it('never passes a red line on N/A: the gate is unresolved and blocks what it names', () => {
    const report = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, {
        ...all(4),
        'c-privacy': { notApplicable: 'Vendor says it is not needed.' },
        'c-training': at('no'),
      }),
    );
    expect(report.gates.find((g) => g.id === 'no-privacy')).toMatchObject({
      state: 'unresolved',
      needs: ['c-privacy'],
    });
    expect(report.suggested).toBe('abandon');
  });

  it('never passes a red line on a missing answer', () => {
    const report = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, { ...all(4), 'c-training': at('no') }),
    );
    expect(report.suggested).toBe('abandon');
  });
});

describe('coverage', () => {
  // Marking every scale question but g-policy N/A (with real reasons) leaves gov 1/3 answered
  // and people 0: no verdict can rest on that, however high g-policy scores.
  const reason = { notApplicable: 'The vendor declined to say.' };
  const answers = {
    'g-policy': at(4),
    'g-value': reason,
    'g-better': reason,
    'p-more': reason,
    'p-better': reason,
  };
  const report = scoreReview(verdictFramework(), review(STAFF_TOOL, answers));

  it('measures each Area and Value Add by the share of its applicable weight answered', () => {
    expect(report.coverage).toEqual([
      { axis: 'rows', id: 'gov', answered: 1, applicable: 3, share: 0.33 },
      { axis: 'rows', id: 'people', answered: 0, applicable: 2, share: 0 },
      { axis: 'columns', id: 'more', answered: 1, applicable: 3, share: 0.33 },
      { axis: 'columns', id: 'better', answered: 0, applicable: 2, share: 0 },
    ]);
  });

  it('gives no favourable verdict, and says what is missing instead of a number', () => {
    expect(report.overall).toBe(4);
    expect(report.suggested).toBe('abandon');
    const adopt = report.outcomes.find((o) => o.id === 'adopt');
    expect(adopt?.coverageMet).toBe(false);
    expect(adopt?.shortfalls[0]).toBe(
      'Too little of the grid is answered for Adopt: Governance has 33% of its question weight answered, People has 0% of its question weight answered, Do More has 33% of its question weight answered and Do Better has 0% of its question weight answered; Adopt needs 67% in every Area of Impact and Value Add item.',
    );
    expect(adopt?.reasons.join(' ')).not.toContain('overall score');
    expect(report.next?.coverage.map((c) => c.id)).toEqual(['gov', 'people', 'more', 'better']);
  });

  it('counts two thirds as meeting a 67% floor, as the shown 67% says', () => {
    // gov: g-value N/A, g-policy and g-better answered → 2/3 → 0.67.
    const two = scoreReview(
      verdictFramework(),
      review(STAFF_TOOL, { ...all(3), 'g-value': reason }),
    );
    expect(two.coverage.find((c) => c.id === 'gov')?.share).toBe(0.67);
    expect(two.suggested).toBe('adopt');
  });
});

describe('floors and red lines by severity', () => {
  it('blocks Adopt, and only Adopt, when a floored answer is at its floor', () => {
    const report = scoreReview(
      verdictFramework(),
      review(STAFF_TOOL, { ...all(4), 'g-policy': at(1) }),
    );
    expect(report.gates.find((g) => g.id === 'policy-floor')?.state).toBe('failed');
    expect(report.suggested).toBe('adapt');
    expect(report.outcomes.find((o) => o.id === 'adopt')?.shortfalls).toContain(
      'Below a floor: In conflict with law or policy. That rules out Adopt.',
    );
    // The way back is the smallest answer that clears the floor.
    expect(report.next?.gates).toEqual([
      { gate: 'policy-floor', answers: [{ question: 'g-policy', value: 2 }] },
    ]);
  });

  it('rules out Adopt and Adapt when student data has no agreement: Abandon, with the remedy', () => {
    const report = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, { ...all(4), 'c-privacy': at('none'), 'c-training': at('no') }),
    );
    expect(report.suggested).toBe('abandon');
    expect(report.next?.outcome).toBe('adapt');
    expect(report.next?.gates).toEqual([
      { gate: 'no-privacy', answers: [{ question: 'c-privacy', value: 'signed' }] },
    ]);
  });

  it('clears a gate with two crossed parts only by changing both answers', () => {
    const report = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, { ...all(4), 'c-privacy': at('none'), 'c-training': at('yes') }),
    );
    expect(report.next?.gates[0]?.answers).toEqual([
      { question: 'c-privacy', value: 'signed' },
      { question: 'c-training', value: 'no' },
    ]);
  });

  it('scores no red-line check: crossing one moves no score', () => {
    const safe = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, { ...all(3), ...safeChecks }),
    );
    const crossed = scoreReview(
      verdictFramework(),
      review(AI_STUDENT_TOOL, { ...all(3), 'c-privacy': at('none'), 'c-training': at('yes') }),
    );
    expect(crossed.overall).toBe(safe.overall);
    expect(crossed.cells).toEqual(safe.cells);
  });
});

describe('intake that contradicts itself', () => {
  it('is an error at the intake answer, naming the contradiction and what to correct', () => {
    const { diagnostics } = check(
      review({ ...STAFF_TOOL, users: ['students', 'staff'] }, { ...all(3) }),
    );
    const d = diagnostics.find((x) => x.code === 'review/intake-contradiction');
    expect(d).toMatchObject({
      severity: 'error',
      message: 'Students are among the users, but the tool is marked not student-facing.',
      hint: 'Correct one of the two answers.',
    });
    expect(d?.line).toBeGreaterThan(0);
  });
});

describe('the numbers shown are the numbers compared', () => {
  it('rounds once, half up, without binary noise', () => {
    expect(round2(2.675)).toBe(2.68);
    expect(round2(2.9958)).toBe(3);
    expect(round2(1.005)).toBe(1.01);
  });

  it('compares the rounded overall: 2.9958 shows as 3.00 and meets 3.00', () => {
    // gov/more: g-policy weight 59 at 3, g-value weight 1 at 2 → 179/60 = 2.98333…
    // overall = (2.98333 + 3 + 3 + 3) / 4 = 2.99583 → 3.00.
    const fw = verdictFramework();
    const policy = fw.questions.find((q) => q.id === 'g-policy') as Question;
    policy.weight = 59;
    const report = scoreReview(fw, review(STAFF_TOOL, { ...all(3), 'g-value': at(2) }));
    expect(report.overall).toBe(3);
    expect(report.suggested).toBe('adopt');
    expect(report.outcomes[0]?.reasons).toContain(
      'The overall score 3.00 meets the 3.00 that Adopt needs.',
    );
  });

  it('keeps cue and label together at every value on a 1–5 scale', () => {
    const scale = [1, 2, 3, 4, 5].map((value) => ({ value, label: `L${value}`, description: '' }));
    expect(scoreCue(scale, 4.5)).toBe('●●●●○ 4.50 L4');
    expect(scoreCue(scale, 4.51)).toBe('●●●●● 4.51 L5');
    for (let x = 100; x <= 500; x++) {
      const score = x / 100;
      const { index, level } = scaleLevel(scale, score);
      const cue = scoreCue(scale, score);
      expect(cue.split(' ')[0]?.replace(/○/g, '').length).toBe(index + 1);
      expect(cue.endsWith(level.label)).toBe(true);
    }
  });
});

describe('the path to the next outcome', () => {
  it('finds the raises for a 1,000-question framework', () => {
    // 1,000 questions over the four cells, every answer 2: far below Adopt's 3.0.
    const fw = verdictFramework();
    const cells = ['gov/more', 'gov/better', 'people/more', 'people/better'];
    fw.questions = Array.from({ length: 1000 }, (_, i) => ({
      id: `q${i}`,
      cell: cells[i % 4] as string,
      prompt: `Q${i}?`,
      help: 'Help.',
      kind: 'scale' as const,
    }));
    fw.gates = [];
    const answers = Object.fromEntries(fw.questions.map((q) => [q.id, at(2)]));
    const report = scoreReview(fw, review(STAFF_TOOL, answers));
    expect(report.suggested).toBe('abandon');
    // Adapt needs 2.2: each raise 2→4 lifts one cell by 2/250, the overall by 1/500. After 98
    // raises the overall is 2.196, shown and compared as 2.20, so 98 are enough.
    expect(report.next?.outcome).toBe('adapt');
    expect(report.next?.raises).toHaveLength(98);
    expect(report.next?.unreachable).toBe(false);
  });
});

describe('fingerprints', () => {
  it('finds a question reworded under the same id and version, and points to upgrade', () => {
    const fw = verdictFramework();
    const q = fw.questions.find((x) => x.id === 'g-value') as Question;
    const old = fingerprint({ ...q, prompt: 'An older wording?' });
    const { diagnostics } = check(
      review(STAFF_TOOL, { ...all(3), 'g-value': { value: 3, fingerprint: old } }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'review/question-changed',
        hint: expect.stringContaining('vatl upgrade'),
      }),
    );
  });
});
