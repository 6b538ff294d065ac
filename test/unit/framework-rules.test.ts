import { describe, expect, it } from 'vitest';
import { FRAMEWORK_RULES, referenceableIds } from '../../src/core/framework/rules.js';
import type { FrameworkRule } from '../../src/core/framework/rules.js';
import { conditionsResolve } from '../../src/core/framework/rules/conditions.js';
import {
  cellsResolve,
  everyCellCovered,
  scaleOrdered,
} from '../../src/core/framework/rules/grid.js';
import { ownRefsResolve, uniqueIds } from '../../src/core/framework/rules/ids.js';
import { thresholdsConsistent } from '../../src/core/framework/rules/outcomes.js';
import {
  questionKindsConsistent,
  weightsPositive,
} from '../../src/core/framework/rules/questions.js';
import { isScored } from '../../src/core/framework/question-kinds.js';
import type { Finding } from '../../src/core/findings.js';
import type { Condition, Framework, Gate, Question } from '../../src/core/framework/types.js';
import { validFramework } from '../helpers/framework.js';

/** Runs one rule over the valid framework after `edit` has broken it. */
function check(rule: FrameworkRule, edit: (fw: Framework) => void): Finding[] {
  const fw = validFramework();
  edit(fw);
  return rule(fw);
}

/** The parts of a finding a user sees: where, what code, how severe. */
function brief(findings: Finding[]): { path: string; code: string; severity: string }[] {
  return findings.map((f) => ({
    path: f.path.join('.'),
    code: f.code,
    severity: f.severity ?? 'error',
  }));
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the test framework lacks a part this test needs');
  return value;
}

function gate(fw: Framework): Gate {
  return must(fw.gates?.[0]);
}

function question(fw: Framework, id: string): Question {
  const q = fw.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

describe('the valid framework', () => {
  it.each(FRAMEWORK_RULES.map((rule) => [rule.name, rule] as const))(
    '%s finds nothing',
    (_name, rule) => {
      expect(rule(validFramework())).toEqual([]);
    },
  );

  it('runs every named rule', () => {
    expect(FRAMEWORK_RULES.map((r) => r.name)).toEqual([
      'uniqueIds',
      'scaleOrdered',
      'cellsResolve',
      'everyCellCovered',
      'questionKindsConsistent',
      'weightsPositive',
      'thresholdsConsistent',
      'conditionsResolve',
      'intakeOnlyConditions',
      'gateQuestionsForbidNotApplicable',
      'unconditionalCoverage',
      'ownRefsResolve',
    ]);
  });
});

describe('uniqueIds', () => {
  it('reports a repeated question id at the second one', () => {
    const findings = check(uniqueIds, (fw) => {
      question(fw, 'q-choice').id = 'q-scale';
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.2.id', code: 'framework/duplicate-id', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('`q-scale`');
    expect(findings[0]?.message).toContain('questions.0');
  });

  it('treats row and column ids as one namespace', () => {
    const findings = check(uniqueIds, (fw) => {
      const column = fw.axes.columns?.items[0];
      if (column) column.id = 'gov';
    });
    expect(brief(findings)).toEqual([
      { path: 'axes.columns.items.0.id', code: 'framework/duplicate-id', severity: 'error' },
    ]);
  });

  it.each([
    [
      'concepts',
      (fw: Framework) => fw.concepts?.push({ ...must(fw.concepts[0]) }),
      'concepts.1.id',
    ],
    ['intake', (fw: Framework) => fw.intake?.push({ ...must(fw.intake[0]) }), 'intake.3.id'],
    ['gates', (fw: Framework) => fw.gates?.push({ ...must(fw.gates[0]) }), 'gates.1.id'],
    [
      'warnings',
      (fw: Framework) => fw.warnings?.push({ ...must(fw.warnings[0]) }),
      'warnings.1.id',
    ],
    [
      'outcomes',
      (fw: Framework) => fw.outcomes.splice(1, 0, { ...must(fw.outcomes[0]) }),
      'outcomes.1.id',
    ],
    [
      'intake checks',
      (fw: Framework) => {
        const first = {
          id: 'one',
          severity: 'warning',
          title: 'A',
          why: 'B',
          when: { intake: 'name', equals: 'x' },
        };
        fw.intakeChecks = [first, { ...first }] as Framework['intakeChecks'];
      },
      'intakeChecks.1.id',
    ],
  ])('reports a repeated id among %s', (_kind, edit, path) => {
    expect(brief(check(uniqueIds, edit))).toEqual([
      { path, code: 'framework/duplicate-id', severity: 'error' },
    ]);
  });

  it('reports a repeated choice value in a question and in an intake question', () => {
    const findings = check(uniqueIds, (fw) => {
      const choices = must(question(fw, 'q-choice').choices);
      choices.push({ ...must(choices[0]) });
      const intakeChoices = must(must(fw.intake)[1]?.choices);
      intakeChoices.push({ ...must(intakeChoices[1]) });
    });
    expect(brief(findings)).toEqual([
      { path: 'intake.1.choices.2.value', code: 'framework/duplicate-id', severity: 'error' },
      { path: 'questions.2.choices.2.value', code: 'framework/duplicate-id', severity: 'error' },
    ]);
  });

  it('allows the same id in different kinds (a question and a gate)', () => {
    expect(
      check(uniqueIds, (fw) => {
        gate(fw).id = 'q-scale';
      }),
    ).toEqual([]);
  });
});

describe('scaleOrdered', () => {
  it('reports a value lower than the one before it', () => {
    const findings = check(scaleOrdered, (fw) => {
      must(fw.scale[2]).value = 0;
    });
    expect(brief(findings)).toEqual([
      { path: 'scale.2.value', code: 'framework/scale-order', severity: 'error' },
    ]);
    expect(findings[0]?.message).toBe('Scale value 0 must be greater than the one before it (2).');
  });

  it('reports a repeated value', () => {
    expect(
      brief(
        check(scaleOrdered, (fw) => {
          must(fw.scale[1]).value = 1;
        }),
      ),
    ).toEqual([{ path: 'scale.1.value', code: 'framework/scale-order', severity: 'error' }]);
  });
});

describe('cellsResolve', () => {
  it.each([
    ['an unknown row', 'council/more', /area `council`, which is not in axes.rows/],
    ['an unknown column', 'gov/less', /value add `less`, which is not in axes.columns/],
    ['a row alone when there are columns', 'gov', /must name a cell as `gov\/<value-add>`/],
    ['too many parts', 'gov/more/extra', /malformed cell/],
  ])('reports %s', (_what, cell, message) => {
    const findings = check(cellsResolve, (fw) => {
      question(fw, 'q-text').cell = cell;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.4.cell', code: 'framework/unknown-cell', severity: 'error' },
    ]);
    expect(findings[0]?.message).toMatch(message);
  });

  it('lists the known items in the hint', () => {
    const findings = check(cellsResolve, (fw) => {
      question(fw, 'q-text').cell = 'gov/less';
    });
    expect(findings[0]?.hint).toBe('Known: more, better.');
  });

  it('accepts a row alone, and rejects a column, when the framework has no columns', () => {
    const rowsOnly = (fw: Framework) => {
      delete fw.axes.columns;
      for (const q of fw.questions) q.cell = must(q.cell.split('/')[0]);
    };
    expect(check(cellsResolve, rowsOnly)).toEqual([]);
    const findings = check(cellsResolve, (fw) => {
      rowsOnly(fw);
      question(fw, 'q-text').cell = 'people/better';
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.4.cell', code: 'framework/unknown-cell', severity: 'error' },
    ]);
    expect(findings[0]?.message).toMatch(/has no axes.columns/);
  });
});

describe('everyCellCovered', () => {
  it('reports a cell with no question, at its row', () => {
    const findings = check(everyCellCovered, (fw) => {
      fw.questions = fw.questions.filter((q) => q.cell !== 'people/more');
    });
    expect(brief(findings)).toEqual([
      { path: 'axes.rows.items.1.id', code: 'framework/uncovered-cell', severity: 'error' },
    ]);
    expect(findings[0]?.message).toBe('The cell `people/more` has no scored question.');
  });

  it('does not count text questions or questions marked scored: false', () => {
    const findings = check(everyCellCovered, (fw) => {
      question(fw, 'q-better').scored = false;
    });
    // people/better now holds only q-text (text) and q-better (not scored).
    expect(brief(findings)).toEqual([
      { path: 'axes.rows.items.1.id', code: 'framework/uncovered-cell', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('`people/better`');
  });

  it('checks rows alone when there are no columns', () => {
    const findings = check(everyCellCovered, (fw) => {
      delete fw.axes.columns;
      fw.questions = fw.questions
        .filter((q) => q.cell.startsWith('gov/'))
        .map((q) => ({ ...q, cell: 'gov' }));
    });
    expect(brief(findings)).toEqual([
      { path: 'axes.rows.items.1.id', code: 'framework/uncovered-cell', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('`people`');
  });
});

describe('questionKindsConsistent', () => {
  it('reports a choice question without choices', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      delete question(fw, 'q-choice').choices;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.2.kind', code: 'framework/missing-choices', severity: 'error' },
    ]);
  });

  it.each(['choice', 'multi-choice'] as const)(
    'reports an intake %s question without choices (nothing could answer it)',
    (kind) => {
      const findings = check(questionKindsConsistent, (fw) => {
        const intake = must(fw.intake?.[1]);
        intake.kind = kind;
        delete intake.choices;
      });
      expect(brief(findings)).toEqual([
        { path: 'intake.1.kind', code: 'framework/missing-choices', severity: 'error' },
      ]);
    },
  );

  it('reports choices on a question that is not a choice question', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      question(fw, 'q-yes-no').choices = [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ];
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.1.choices', code: 'framework/kind-mismatch', severity: 'error' },
    ]);
    expect(findings[0]?.part).toBe('key');
  });

  it('reports a choice of a scored question without a score', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      delete must(question(fw, 'q-choice').choices?.[1]).score;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.2.choices.1', code: 'framework/missing-score', severity: 'error' },
    ]);
  });

  it('does not need scores on an unscored choice question', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      const q = question(fw, 'q-choice');
      q.scored = false;
      for (const c of q.choices ?? []) delete c.score;
    });
    expect(findings).toEqual([]);
  });

  it('reports a choice score off the scale', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      must(question(fw, 'q-choice').choices?.[1]).score = 7;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.2.choices.1.score', code: 'framework/off-scale', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('outside the scale 1–3');
  });

  it('reports yes/no scores off the scale, each answer separately', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      question(fw, 'q-yes-no').scores = { yes: 4, no: 0 };
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.1.scores.yes', code: 'framework/off-scale', severity: 'error' },
      { path: 'questions.1.scores.no', code: 'framework/off-scale', severity: 'error' },
    ]);
  });

  it('reports yes/no scores on a question that is not yes-no', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      question(fw, 'q-better').scores = { yes: 3, no: 1 };
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.3.scores', code: 'framework/kind-mismatch', severity: 'error' },
    ]);
  });

  it('reports levels on a question that is not a scale question', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      question(fw, 'q-yes-no').levels = { '1': 'No.', '3': 'Yes.' };
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.1.levels', code: 'framework/kind-mismatch', severity: 'error' },
    ]);
  });

  it('reports a level that is not a value on the scale, at its key', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      must(question(fw, 'q-better').levels)['5'] = 'Beyond.';
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.3.levels.5', code: 'framework/off-scale', severity: 'error' },
    ]);
    expect(findings[0]?.part).toBe('key');
  });

  it('warns (not errs) when a scale question leaves a level undescribed', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      delete must(question(fw, 'q-better').levels)['2'];
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.3.levels', code: 'framework/missing-levels', severity: 'warning' },
    ]);
    expect(findings[0]?.message).toBe(
      'Scale question `q-better` does not say what level 2 looks like.',
    );
  });

  it('warns at the kind when a scale question has no levels at all', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      delete question(fw, 'q-better').levels;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.3.kind', code: 'framework/missing-levels', severity: 'warning' },
    ]);
    expect(findings[0]?.message).toBe(
      'Scale question `q-better` does not say what levels 1, 2, 3 look like.',
    );
  });

  it('reports a text question marked scored', () => {
    const findings = check(questionKindsConsistent, (fw) => {
      question(fw, 'q-text').scored = true;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.4.scored', code: 'framework/kind-mismatch', severity: 'error' },
    ]);
  });
});

describe('weightsPositive', () => {
  it.each([0, -1])('reports weight %d', (weight) => {
    const findings = check(weightsPositive, (fw) => {
      question(fw, 'q-better').weight = weight;
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.3.weight', code: 'framework/weight-not-positive', severity: 'error' },
    ]);
    expect(findings[0]?.hint).toContain('scored: false');
  });

  it('accepts a fractional weight', () => {
    expect(
      check(weightsPositive, (fw) => {
        question(fw, 'q-better').weight = 0.25;
      }),
    ).toEqual([]);
  });
});

describe('thresholdsConsistent', () => {
  it('reports a threshold on the last (fallback) outcome, at the key', () => {
    const findings = check(thresholdsConsistent, (fw) => {
      must(fw.outcomes[2]).minOverall = 1;
      must(fw.outcomes[2]).minCell = 1;
    });
    expect(brief(findings)).toEqual([
      { path: 'outcomes.2.minOverall', code: 'framework/threshold-order', severity: 'error' },
      { path: 'outcomes.2.minCell', code: 'framework/threshold-order', severity: 'error' },
    ]);
    expect(findings.every((f) => f.part === 'key')).toBe(true);
  });

  it('reports an outcome before the last with no threshold', () => {
    const findings = check(thresholdsConsistent, (fw) => {
      delete must(fw.outcomes[1]).minOverall;
    });
    expect(brief(findings)).toEqual([
      { path: 'outcomes.1.id', code: 'framework/threshold-order', severity: 'error' },
    ]);
  });

  it('reports an outcome that asks more than the one before it', () => {
    const findings = check(thresholdsConsistent, (fw) => {
      must(fw.outcomes[1]).minOverall = 2.8;
    });
    expect(brief(findings)).toEqual([
      { path: 'outcomes.1.minOverall', code: 'framework/threshold-order', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('more than the outcome before it (2.5)');
  });

  it.each([
    ['minOverall above the scale', 'minOverall', 3.5],
    ['minCell below the scale', 'minCell', 0.5],
  ] as const)('reports %s', (_what, key, value) => {
    const findings = check(thresholdsConsistent, (fw) => {
      must(fw.outcomes[0])[key] = value;
    });
    expect(brief(findings)).toEqual([
      { path: `outcomes.0.${key}`, code: 'framework/threshold-range', severity: 'error' },
    ]);
    expect(findings[0]?.message).toContain('outside the scale 1–3');
  });

  it('accepts thresholds at the ends of the scale', () => {
    expect(
      check(thresholdsConsistent, (fw) => {
        must(fw.outcomes[0]).minOverall = 3;
        must(fw.outcomes[1]).minOverall = 1;
      }),
    ).toEqual([]);
  });
});

describe('conditionsResolve', () => {
  it('reports an unknown intake question', () => {
    const findings = check(conditionsResolve, (fw) => {
      gate(fw).when = { intake: 'nope', equals: 'yes' };
    });
    expect(brief(findings)).toEqual([
      { path: 'gates.0.when.intake', code: 'framework/unknown-reference', severity: 'error' },
    ]);
  });

  it('reports an unknown question deep inside all/any/not', () => {
    const findings = check(conditionsResolve, (fw) => {
      gate(fw).when = { all: [{ any: [{ not: { question: 'nope', equals: 1 } }] }] };
    });
    expect(brief(findings)).toEqual([
      {
        path: 'gates.0.when.all.0.any.0.not.question',
        code: 'framework/unknown-reference',
        severity: 'error',
      },
    ]);
  });

  it('reports an unknown score name in a warning', () => {
    const findings = check(conditionsResolve, (fw) => {
      must(fw.warnings?.[0]).when = { score: 'do-less', atMost: 1 };
    });
    expect(brief(findings)).toEqual([
      { path: 'warnings.0.when.score', code: 'framework/unknown-reference', severity: 'error' },
    ]);
  });

  it('reports a gate that blocks an outcome that does not exist', () => {
    const findings = check(conditionsResolve, (fw) => {
      gate(fw).blocks = ['adopt', 'approve'];
    });
    expect(brief(findings)).toEqual([
      { path: 'gates.0.blocks.1', code: 'framework/unknown-reference', severity: 'error' },
    ]);
    expect(findings[0]?.hint).toBe('Outcomes: adopt, adapt, abandon.');
  });

  it('reports a gate that blocks the fallback outcome', () => {
    const findings = check(conditionsResolve, (fw) => {
      gate(fw).blocks = ['abandon'];
    });
    expect(brief(findings)).toEqual([
      { path: 'gates.0.blocks.0', code: 'framework/blocks-fallback', severity: 'error' },
    ]);
  });

  it.each([
    ['a yes-no intake compared with true', { intake: 'student-data', equals: true }, 'equals'],
    [
      'a choice intake with a value it does not offer',
      { intake: 'category', in: ['other', 'x'] },
      'in.1',
    ],
    [
      'a multi-choice intake that can never include it',
      { intake: 'users', includes: 'robots' },
      'includes',
    ],
    ['a yes-no question compared with maybe', { question: 'q-yes-no', equals: 'maybe' }, 'equals'],
    [
      'a choice question with an unknown choice',
      { question: 'q-choice', equals: 'some' },
      'equals',
    ],
    ['a scale question with a value off the scale', { question: 'q-scale', in: [1, 4] }, 'in.1'],
    ['a scale question compared with text', { question: 'q-scale', equals: 'high' }, 'equals'],
  ] satisfies [string, Condition, string][])('reports %s', (_what, when, at) => {
    const findings = check(conditionsResolve, (fw) => {
      gate(fw).when = when;
    });
    expect(brief(findings)).toEqual([
      { path: `gates.0.when.${at}`, code: 'framework/condition-value', severity: 'error' },
    ]);
    expect(findings[0]?.message).toMatch(/can never be an answer to/);
  });

  it('accepts atMost/atLeast and unanswered on questions without checking them against choices', () => {
    expect(
      check(conditionsResolve, (fw) => {
        gate(fw).when = {
          any: [
            { question: 'q-scale', atMost: 1 },
            { question: 'q-text', unanswered: true },
            { score: 'people', atLeast: 2 },
          ],
        };
      }),
    ).toEqual([]);
  });
});

describe('ownRefsResolve', () => {
  it('reports a reference to an item this framework does not define', () => {
    const findings = check(ownRefsResolve, (fw) => {
      question(fw, 'q-scale').refs = { mini: ['c1', 'c9'] };
    });
    expect(brief(findings)).toEqual([
      { path: 'questions.0.refs.mini.1', code: 'framework/unknown-reference', severity: 'error' },
    ]);
  });

  it('leaves references to other frameworks alone (checkCrossReferences does those)', () => {
    expect(
      check(ownRefsResolve, (fw) => {
        question(fw, 'q-scale').refs = { elsewhere: ['anything'] };
      }),
    ).toEqual([]);
  });
});

describe('helpers', () => {
  it('isScored: text never, scored: false never, others by default', () => {
    const fw = validFramework();
    expect(fw.questions.map((q) => [q.id, isScored(q)])).toEqual([
      ['q-scale', true],
      ['q-yes-no', true],
      ['q-choice', true],
      ['q-better', true],
      ['q-text', false],
    ]);
    expect(isScored({ ...question(fw, 'q-scale'), scored: false })).toBe(false);
  });

  it('referenceableIds: axis items, questions and concepts, not gates or outcomes', () => {
    expect([...referenceableIds(validFramework())].sort()).toEqual(
      [
        'better',
        'c1',
        'gov',
        'more',
        'people',
        'q-better',
        'q-choice',
        'q-scale',
        'q-text',
        'q-yes-no',
      ].sort(),
    );
  });
});
