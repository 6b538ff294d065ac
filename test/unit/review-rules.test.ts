import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework/types.js';
import type { Finding } from '../../src/core/findings.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { frameworkVersionFinding } from '../../src/core/review/framework-version.js';
import { REVIEW_RULES } from '../../src/core/review/rules.js';
import type { ReviewRule } from '../../src/core/review/rules.js';
import {
  answersMatchQuestions,
  everyQuestionAnswered,
} from '../../src/core/review/rules/answers.js';
import {
  datesConsistent,
  decisionConsistent,
  stakeholdersConsulted,
} from '../../src/core/review/rules/decision.js';
import { proposalMatchesIntake } from '../../src/core/review/rules/proposal.js';
import type { Review } from '../../src/core/review/types.js';
import { isCalendarDate } from '../../src/core/dates.js';
import { scoreReview } from '../../src/core/scoring/score-review.js';
import { validFramework } from '../helpers/framework.js';

/**
 * A review of the helper's mini framework that every rule accepts: every question answered,
 * no gate tripped (student-data is no), and the decision follows the suggestion.
 * Cells: gov/more 3, gov/better yes → 3, people/more all → 3, people/better 3 → Adopt.
 */
function validReview(): Review {
  return {
    title: 'A tool',
    framework: 'mini@1.0.0',
    date: '2026-03-01',
    proposal: { name: 'Tool', 'student-data': 'no', category: 'other', users: ['teachers'] },
    team: {
      structure: 'co-designed',
      members: [{ name: 'Dana Okafor', role: 'Director of Technology' }],
      consulted: [{ group: 'Teachers' }],
    },
    answers: {
      'q-scale': { value: 3 },
      'q-yes-no': { value: 'yes' },
      'q-choice': { value: 'all' },
      'q-better': { value: 3 },
      'q-text': { value: 'Notes.' },
    },
    decision: {
      outcome: 'adopt',
      reviewBy: '2027-03-01',
      conditions: [{ text: 'Train staff.', owner: 'Dana Okafor', due: '2026-06-01' }],
      signoff: [{ name: 'Dana Okafor', role: 'Director of Technology', date: '2026-03-02' }],
    },
  };
}

function run(
  rule: ReviewRule,
  edit: (review: Review, fw: Framework) => void = () => undefined,
): Finding[] {
  const review = validReview();
  const framework = validFramework();
  edit(review, framework);
  return rule({ review, framework, report: scoreReview(framework, review) });
}

/** What the user sees of a finding: where (as a path), which code, how severe. */
function brief(findings: Finding[]): string[] {
  return findings.map(
    (f) =>
      `${f.path.join('.')}${f.part === 'key' ? ' (key)' : ''} ${f.severity ?? 'error'} ${f.code}`,
  );
}

describe('the valid review', () => {
  it.each(REVIEW_RULES.map((rule) => [rule.name, rule] as const))(
    '%s finds nothing',
    (_n, rule) => {
      expect(run(rule)).toEqual([]);
    },
  );

  it('is suggested Adopt, so its decision needs no rationale', () => {
    const review = validReview();
    expect(scoreReview(validFramework(), review).suggested).toBe('adopt');
  });
});

describe('answersMatchQuestions', () => {
  it('reports an answer to a question the framework does not have, at its key', () => {
    const findings = run(answersMatchQuestions, (r) => {
      r.answers['q-gone'] = { value: 2 };
    });
    expect(brief(findings)).toEqual(['answers.q-gone (key) error review/unknown-question']);
    expect(findings[0]?.message).toBe('`q-gone` is not a question of mini@1.0.0.');
  });

  it.each([
    ['a scale value off the scale', 'q-scale', 4, 'a scale value (1, 2, 3)'],
    ['text for a scale question', 'q-scale', 'high', 'a scale value (1, 2, 3)'],
    ['maybe for a yes-no question', 'q-yes-no', 'maybe', '"yes" or "no"'],
    ['an unknown choice', 'q-choice', 'some', 'one of none, all'],
    ['a number for a text question', 'q-text', 3, 'text'],
  ])('reports %s at its value', (_what, id, value, expected) => {
    const findings = run(answersMatchQuestions, (r) => {
      r.answers[id] = { value };
    });
    expect(brief(findings)).toEqual([`answers.${id}.value error review/invalid-answer`]);
    expect(findings[0]?.message).toBe(
      `\`${String(value)}\` is not an answer to \`${id}\`: it takes ${expected}.`,
    );
  });

  it('reports an answer with both a value and a not-applicable reason', () => {
    const findings = run(answersMatchQuestions, (r) => {
      r.answers['q-better'] = { value: 2, notApplicable: 'We have no second measure.' };
    });
    expect(brief(findings)).toEqual([
      'answers.q-better.notApplicable (key) error review/value-and-not-applicable',
    ]);
  });

  it('reports an answer with neither a value nor a reason', () => {
    const findings = run(answersMatchQuestions, (r) => {
      r.answers['q-better'] = { note: 'To do.' };
    });
    expect(brief(findings)).toEqual(['answers.q-better (key) error review/empty-answer']);
  });

  it('reports not applicable where the framework forbids it', () => {
    const findings = run(answersMatchQuestions, (r, fw) => {
      const q = fw.questions.find((x) => x.id === 'q-yes-no');
      if (q) q.notApplicable = false;
      r.answers['q-yes-no'] = { notApplicable: 'We have no agreement.' };
    });
    expect(brief(findings)).toEqual([
      'answers.q-yes-no.notApplicable (key) error review/not-applicable-not-allowed',
    ]);
    expect(findings[0]?.hint).toBe('Answer "yes" or "no".');
  });

  it('reports required evidence that is missing or blank, and accepts it when given', () => {
    const requireEvidence = (fw: Framework) => {
      const q = fw.questions.find((x) => x.id === 'q-scale');
      if (q) {
        q.evidence = 'required';
        q.evidencePrompt = 'name the document';
      }
    };
    const missing = run(answersMatchQuestions, (_r, fw) => requireEvidence(fw));
    expect(brief(missing)).toEqual(['answers.q-scale.value error review/missing-evidence']);
    expect(missing[0]?.message).toBe('`q-scale` needs evidence: name the document.');
    const blank = run(answersMatchQuestions, (r, fw) => {
      requireEvidence(fw);
      r.answers['q-scale'] = { value: 3, evidence: ['  '] };
    });
    expect(brief(blank)).toEqual(['answers.q-scale.value error review/missing-evidence']);
    const given = run(answersMatchQuestions, (r, fw) => {
      requireEvidence(fw);
      r.answers['q-scale'] = { value: 3, evidence: 'Board minutes, 2026-02-10' };
    });
    expect(given).toEqual([]);
  });

  it('does not ask for evidence on a not-applicable answer', () => {
    const findings = run(answersMatchQuestions, (r, fw) => {
      const q = fw.questions.find((x) => x.id === 'q-scale');
      if (q) q.evidence = 'required';
      r.answers['q-scale'] = { notApplicable: 'No such process here.' };
    });
    expect(findings).toEqual([]);
  });
});

describe('everyQuestionAnswered', () => {
  it('names every unanswered question, in one finding on `answers`', () => {
    const findings = run(everyQuestionAnswered, (r) => {
      delete r.answers['q-choice'];
      delete r.answers['q-text'];
    });
    expect(brief(findings)).toEqual(['answers (key) error review/unanswered']);
    expect(findings[0]?.message).toBe('2 questions are unanswered: q-choice, q-text.');
  });

  it('says "is" for one question, and counts not applicable as answered', () => {
    const findings = run(everyQuestionAnswered, (r) => {
      delete r.answers['q-text'];
      r.answers['q-better'] = { notApplicable: 'No students use it.' };
    });
    expect(findings[0]?.message).toBe('1 question is unanswered: q-text.');
  });
});

describe('proposalMatchesIntake', () => {
  it('reports a proposal key that is no intake question, at its key', () => {
    const findings = run(proposalMatchesIntake, (r) => {
      r.proposal.colour = 'blue';
    });
    expect(brief(findings)).toEqual(['proposal.colour (key) error review/unknown-intake']);
  });

  it.each([
    ['a yes-no answer that is neither', 'student-data', 'maybe'],
    ['a choice that is not offered', 'category', 'games'],
    ['a multi-choice that is not a list', 'users', 'teachers'],
    ['a multi-choice with an unknown value', 'users', ['teachers', 'robots']],
  ])('reports %s', (_what, key, value) => {
    const findings = run(proposalMatchesIntake, (r) => {
      r.proposal[key] = value;
    });
    expect(brief(findings)).toEqual([`proposal.${key} error review/invalid-intake`]);
  });

  it('reports a required intake answer that is missing or empty', () => {
    const findings = run(proposalMatchesIntake, (r, fw) => {
      const q = fw.intake?.find((x) => x.id === 'category');
      if (q) q.required = true;
      r.proposal.category = '';
    });
    expect(brief(findings)).toContain('proposal (key) error review/missing-intake');
    expect(findings.at(-1)?.message).toBe('The proposal does not answer `category`: Category?');
  });
});

describe('decisionConsistent', () => {
  it('reports an outcome the framework does not have', () => {
    const findings = run(decisionConsistent, (r) => {
      if (r.decision) r.decision.outcome = 'postpone';
    });
    expect(brief(findings)).toEqual(['decision.outcome error review/unknown-outcome']);
    expect(findings[0]?.hint).toBe('Outcomes: adopt, adapt, abandon.');
  });

  it('reports Adopt when a failed gate blocks it, whatever the rationale', () => {
    const findings = run(decisionConsistent, (r) => {
      // student-data yes, no agreement, and an assessment tool: the privacy gate fails.
      r.proposal['student-data'] = 'yes';
      r.proposal.category = 'assessment';
      r.answers['q-yes-no'] = { value: 'no' };
      if (r.decision) r.decision.rationale = 'We need it now.';
    });
    expect(brief(findings)).toEqual(['decision.outcome error review/gate-blocks-outcome']);
    expect(findings[0]?.message).toBe(
      'Adopt is blocked by gate g-privacy: a red line stops it whatever the scores.',
    );
  });

  it('reports Adopt when an unresolved gate blocks it', () => {
    const findings = run(decisionConsistent, (r) => {
      r.proposal['student-data'] = 'yes';
      r.proposal.category = 'assessment';
      delete r.answers['q-yes-no'];
      if (r.decision) r.decision.rationale = 'We need it now.';
    });
    expect(brief(findings)).toEqual(['decision.outcome error review/gate-blocks-outcome']);
  });

  it('asks for a rationale when the decision differs from the suggestion', () => {
    const findings = run(decisionConsistent, (r) => {
      if (r.decision) r.decision.outcome = 'adapt';
    });
    expect(brief(findings)).toEqual(['decision.outcome error review/missing-rationale']);
    expect(findings[0]?.message).toBe(
      'The decision (Adapt) differs from the suggested outcome (Adopt) but gives no rationale.',
    );
    const blank = run(decisionConsistent, (r) => {
      if (r.decision) r.decision = { ...r.decision, outcome: 'adapt', rationale: '   ' };
    });
    expect(brief(blank)).toEqual(['decision.outcome error review/missing-rationale']);
    const given = run(decisionConsistent, (r) => {
      if (r.decision) r.decision = { ...r.decision, outcome: 'adapt', rationale: 'A pilot first.' };
    });
    expect(given).toEqual([]);
  });

  it('has nothing to say about a review with no decision yet', () => {
    expect(
      run(decisionConsistent, (r) => {
        delete r.decision;
      }),
    ).toEqual([]);
  });
});

describe('datesConsistent', () => {
  it.each([
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['26-01-01', false],
  ])('isCalendarDate(%s) is %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
  });

  it('reports a date that is not on the calendar, at that date', () => {
    const findings = run(datesConsistent, (r) => {
      if (r.decision) r.decision.reviewBy = '2026-02-30';
    });
    expect(brief(findings)).toEqual(['decision.reviewBy error review/invalid-date']);
    expect(findings[0]?.message).toBe('2026-02-30 is not a date on the calendar.');
  });

  it('reports due, review-by and sign-off dates before the review itself', () => {
    const findings = run(datesConsistent, (r) => {
      r.date = '2026-05-01';
      if (r.decision) r.decision.reviewBy = '2027-05-01';
    });
    // The condition is due 2026-06-01 (after) but signed off 2026-03-02 (before).
    expect(brief(findings)).toEqual(['decision.signoff.0.date error review/date-order']);
    expect(findings[0]?.message).toBe(
      "The sign-off date 2026-03-02 is before the review's date 2026-05-01.",
    );
    const due = run(datesConsistent, (r) => {
      const c = r.decision?.conditions?.[0];
      if (c) c.due = '2026-01-15';
    });
    expect(brief(due)).toEqual(['decision.conditions.0.due error review/date-order']);
  });
});

describe('stakeholdersConsulted', () => {
  it('warns when a student-facing tool was reviewed without students, teachers or families', () => {
    const findings = run(stakeholdersConsulted, (r) => {
      r.proposal['student-facing'] = 'yes';
      r.team.consulted = [{ group: 'Classroom teachers' }];
    });
    expect(brief(findings)).toEqual([
      'team.consulted (key) warning review/stakeholders-not-consulted',
    ]);
    expect(findings[0]?.message).toBe(
      'This student-facing tool was reviewed without consulting students or families.',
    );
  });

  it('points at the members when no one was consulted, and names all three groups', () => {
    const findings = run(stakeholdersConsulted, (r) => {
      r.proposal['student-facing'] = 'yes';
      delete r.team.consulted;
    });
    expect(brief(findings)).toEqual([
      'team.members (key) warning review/stakeholders-not-consulted',
    ]);
    expect(findings[0]?.message).toContain('students, teachers or families');
  });

  it('accepts other words for the same groups', () => {
    const findings = run(stakeholdersConsulted, (r) => {
      r.proposal['student-facing'] = 'yes';
      r.team.consulted = [
        { group: 'Student council (learners)' },
        { group: 'Faculty senate' },
        { group: 'Parent-teacher association' },
      ];
    });
    expect(findings).toEqual([]);
  });
});

describe('frameworkVersionFinding', () => {
  it('says nothing when the versions match', () => {
    expect(frameworkVersionFinding(validReview(), validFramework())).toBeUndefined();
  });

  it('warns on a minor version change, and errs on a major one, saying what changed', () => {
    const review = validReview();
    review.answers['q-old'] = { value: 2 };
    delete review.answers['q-text'];
    review.framework = 'mini@1.2.0';
    const minor = frameworkVersionFinding(review, validFramework());
    expect(minor).toMatchObject({
      path: ['framework'],
      severity: 'warning',
      code: 'review/framework-version',
    });
    expect(minor?.message).toBe(
      'The review was answered against mini@1.2.0; the installed framework is mini@1.0.0 (no longer asked: q-old; new or unanswered: q-text).',
    );
    review.framework = 'mini@0.9.0';
    expect(frameworkVersionFinding(review, validFramework())?.severity).toBe('error');
  });

  it('points an older review to `vatl upgrade`, and a newer one to installing its version', () => {
    const review = validReview();
    review.framework = 'mini@0.9.0';
    expect(frameworkVersionFinding(review, validFramework())?.hint).toMatch(/^Run `vatl upgrade`/);
    review.framework = 'mini@1.10.0';
    expect(frameworkVersionFinding(review, validFramework())?.hint).toBe(
      'The review is newer than the installed framework: install mini@1.10.0 (add its folder to `frameworks:` in vatl.config.yaml, or update vatl).',
    );
  });

  it('says when the questions are the same', () => {
    const review = validReview();
    review.framework = 'mini@1.0.1';
    expect(frameworkVersionFinding(review, validFramework())?.message).toContain(
      '(the same questions)',
    );
  });
});

/** The review text the location tests use; line numbers are counted in the comments. */
const REVIEW_TEXT = [
  'title: A tool', //                     1
  'framework: mini@1.0.0', //              2
  "date: '2026-03-01'", //                 3
  'proposal:', //                          4
  '  name: Tool', //                       5
  '  student-data: maybe', //              6
  'team:', //                              7
  '  structure: user-centered', //         8
  '  members:', //                         9
  '    - name: Dana Okafor', //            10
  '      role: Director', //               11
  'answers:', //                           12
  '  q-scale:', //                         13
  '    value: 7', //                       14
  '  q-nope:', //                          15
  '    value: 1', //                       16
  '  q-yes-no:', //                        17
  "    value: 'yes'", //                   18
  '  q-choice:', //                        19
  '    value: all', //                     20
  '  q-better:', //                        21
  '    value: 3', //                       22
  '  q-text:', //                          23
  '    value: Notes.', //                  24
  'decision:', //                          25
  '  outcome: adapt', //                   26
  "  reviewBy: '2026-02-30'", //           27
  '',
].join('\n');

describe('parseReview and checkReview: diagnostics at line:col', () => {
  function located(text: string, fw = validFramework()): string[] {
    const parsed = parseReview(text, 'decisions/0001-a-tool.review.yaml');
    if (!parsed.review) return parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    return checkReview(parsed.review, fw, parsed.yaml).diagnostics.map(
      (d) => `${d.line}:${d.column} ${d.code}`,
    );
  }

  it('places each problem at the node it is about', () => {
    expect(located(REVIEW_TEXT)).toEqual([
      '14:12 review/invalid-answer', // the `7` after `value: `
      '15:3 review/unknown-question', // the key `q-nope`
      '6:17 review/invalid-intake', // the value `maybe`
      '26:12 review/missing-rationale', // adapt ≠ the suggested adopt
      '27:13 review/invalid-date', // the quoted date
    ]);
  });

  it('names the file in every diagnostic', () => {
    const parsed = parseReview(REVIEW_TEXT, 'decisions/0001-a-tool.review.yaml');
    if (!parsed.review) throw new Error('the review should parse');
    const { diagnostics } = checkReview(parsed.review, validFramework(), parsed.yaml);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(
      new Set(['decisions/0001-a-tool.review.yaml']),
    );
  });

  it('puts the framework-version diagnostic first, at `framework:`', () => {
    const text = REVIEW_TEXT.replace('mini@1.0.0', 'mini@2.0.0');
    expect(located(text)[0]).toBe('2:12 review/framework-version');
  });

  it('reports schema problems without going on to the rules', () => {
    const text = REVIEW_TEXT.replace('user-centered', 'committee').replace(
      '    value: 3\n',
      '    value: 3\n    colour: red\n',
    );
    expect(located(text)).toEqual(['8:14 review/invalid-value', '23:5 review/unknown-property']);
  });

  it('reports YAML that does not parse, and never throws', () => {
    const parsed = parseReview('title: [unclosed\n', 'r.yaml');
    expect(parsed.review).toBeUndefined();
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('gives the same scores as scoreReview', () => {
    const parsed = parseReview(REVIEW_TEXT, 'r.yaml');
    if (!parsed.review) throw new Error('the review should parse');
    const { report } = checkReview(parsed.review, validFramework(), parsed.yaml);
    expect(report).toEqual(scoreReview(validFramework(), parsed.review));
  });
});
