import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework/types.js';
import { newDraft } from '../../src/core/review/draft.js';
import type { Draft } from '../../src/core/review/draft.js';
import { runSteps } from '../../src/cli/interactive/run-steps.js';
import type { Session } from '../../src/cli/interactive/session.js';
import { decisionStep } from '../../src/cli/interactive/steps/decision.js';
import { questionStep } from '../../src/cli/interactive/steps/questions.js';
import { teamStep } from '../../src/cli/interactive/steps/team.js';
import { plainStyle } from '../../src/cli/style.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';
import {
  WHOLE_REVIEW,
  check,
  choose,
  on,
  scriptedPrompter,
  type,
} from '../helpers/scripted-prompter.js';
import type { Rule, ScriptedPrompter } from '../helpers/scripted-prompter.js';

import { REVIEW_TEXT_EN } from '../../src/cli/interactive/review-text.js';
import { SUMMARY_TEXT_EN } from '../../src/core/review/summary-text.js';
const VATL = loadVatl();

/** A literal session over a scripted prompter, saving into a list instead of a file. */
function session(
  rules: readonly Rule[],
  draft: Draft,
  framework: Framework = VATL,
): Session & { prompter: ScriptedPrompter; saved: Draft[] } {
  const saved: Draft[] = [];
  const s = {
    prompter: scriptedPrompter([...rules, ...WHOLE_REVIEW]),
    style: plainStyle,
    text: REVIEW_TEXT_EN,
    summaryText: SUMMARY_TEXT_EN,
    framework,
    draft,
    saved,
    save: async (next: Draft) => {
      s.draft = next;
      saved.push(next);
    },
    calendar: { today: () => '2025-03-01', addMonths: () => '2026-03-01' },
    walk: {},
  };
  return s;
}

const fresh = () => newDraft('draft-1', VATL, '2025-03-01T09:00:00.000Z');
const ready = (): Draft => ({
  ...fresh(),
  proposal: { ...LUMEN_PROPOSAL },
  title: 'Lumen Tutor',
  team: { ...LUMEN_TEAM },
});

describe('the walk-through steps over a literal session', () => {
  it('the team step saves every answer as it is given, then the team built from them', async () => {
    const s = session(
      [
        on(/^Team member 1 name:/, type('  Ana ')),
        on(/^Ana's role:/, type('Lead')),
        on(/^Which stakeholder groups were consulted\?/, check('Teachers')),
      ],
      { ...fresh(), proposal: { ...LUMEN_PROPOSAL } },
    );
    await teamStep(s);
    // Structure, member name, role, end of members, groups, how, then the team itself.
    expect(s.saved.map((d) => d.teamProgress)).toEqual([
      { structure: 'co-designed', members: [], consulted: [] },
      { structure: 'co-designed', members: [{ name: 'Ana' }], consulted: [] },
      { structure: 'co-designed', members: [{ name: 'Ana', role: 'Lead' }], consulted: [] },
      {
        structure: 'co-designed',
        members: [{ name: 'Ana', role: 'Lead' }],
        membersDone: true,
        consulted: [],
      },
      {
        structure: 'co-designed',
        members: [{ name: 'Ana', role: 'Lead' }],
        membersDone: true,
        groups: ['teachers'],
        consulted: [],
      },
      {
        structure: 'co-designed',
        members: [{ name: 'Ana', role: 'Lead' }],
        membersDone: true,
        groups: ['teachers'],
        consulted: [{ group: 'teachers', how: '' }],
      },
      undefined,
    ]);
    expect(s.draft.team).toEqual({
      structure: 'co-designed',
      members: [{ name: 'Ana', role: 'Lead' }],
      consulted: [{ group: 'teachers' }],
    });
    expect(s.prompter.printed.join('\n')).toContain(
      'Note: this tool is student-facing, and students and families were not consulted.',
    );
  });

  it('runs the steps the core asks for, in order, until the summary is left for the decision', async () => {
    const s = session([], fresh());
    await runSteps(s);
    const draft = s.draft;
    expect(draft.title).toBe('Lumen Tutor');
    expect(draft.team?.structure).toBe('co-designed');
    expect(draft.reachedSummary).toBe(true);
    expect(draft.decision).toBeUndefined();
    expect(s.prompter.calls.at(-1)?.message).toBe('What next?');
  });

  it('the decision step offers the calendar dates and returns the review to write', async () => {
    // Nothing answered: the gates are unresolved, so only the fallback can be chosen.
    const s = session(
      [
        on(/What is the decision\?$/, choose('Abandon (suggested)')),
        on(/^Rationale for the memo/, type('Budget frozen.')),
        on(/^Condition 1:/, type('Tell the vendor')),
        on(/^Owner:/, type('Dana')),
        on(/^Due/, type('2025-04-01')),
      ],
      { ...ready(), answers: {} },
    );
    const review = await decisionStep(s);
    const reviewBy = s.prompter.calls.find((c) => /^Review this decision again by/.test(c.message));
    expect(reviewBy?.default).toBe('2026-03-01');
    expect(review).toMatchObject({
      date: '2025-03-01',
      status: 'decided',
      decision: {
        outcome: 'abandon',
        rationale: 'Budget frozen.',
        conditions: [{ text: 'Tell the vendor', owner: 'Dana', due: '2025-04-01' }],
        reviewBy: '2026-03-01',
      },
    });
    expect(s.saved.at(-1)?.decision).toEqual(review.decision);
  });

  it('prints framework text (help, area labels) with control and bidi characters as escapes', async () => {
    const hostile: Framework = {
      ...VATL,
      axes: {
        ...VATL.axes,
        rows: {
          ...VATL.axes.rows,
          items: VATL.axes.rows.items.map((r, i) =>
            i === 0 ? { ...r, label: `Gov\u202eernance` } : r,
          ),
        },
      },
      questions: VATL.questions.map((q, i) =>
        i === 0 ? { ...q, help: 'Read this\u001b[2J carefully.\rOverwritten' } : q,
      ),
    };
    const first = hostile.questions[0]?.prompt ?? '';
    const s = session(
      [on((c) => c.message === first, [choose(/^Help/), choose('3 Solid')])],
      ready(),
      hostile,
    );
    await questionStep(s, { id: VATL.questions[0]?.id ?? '' });
    const printed = s.prompter.printed.join('\n');
    expect(printed).toContain('Read this\\x1b[2J carefully.\\x0dOverwritten');
    expect(printed).toContain('Gov\\u202eernance');
    // eslint-disable-next-line no-control-regex -- the characters that must not be printed
    expect(printed).not.toMatch(/[\u001b\r\u202e]/);
  });
});
