import type { Framework, Question } from '../framework/types.js';
import { applies, evaluate } from '../scoring/conditions.js';
import { fingerprint } from './fingerprint.js';
import { currentStatus } from './status.js';
import { NAME_QUESTION } from './intake.js';
import type { DecisionProgress } from './decision.js';
import type { TeamProgress } from './team.js';
import type { Answer, Decision, ProposalValue, Review } from './types.js';
export { fingerprint } from './fingerprint.js';

/**
 * An interactive review in progress, saved after every answer. Where the user is comes from
 * what is filled in, so a resumed draft continues at the first thing still missing.
 */
export interface Draft {
  draft: 1;
  id: string;
  /** id@version of the framework the answers were given against. */
  framework: string;
  title?: string;
  proposal: Record<string, ProposalValue>;
  team?: Review['team'];
  /** The team step's answers so far, saved as each is given, until the team is complete. */
  teamProgress?: TeamProgress;
  answers: Record<string, Answer>;
  /** Fingerprints of the questions as they were asked, to find changed questions on resume. */
  asked: Record<string, string>;
  /** Set once the user has seen the summary, so resuming returns there. */
  reachedSummary?: boolean;
  decision?: Decision;
  /** The decision step's answers so far, saved as each is given, until it is complete. */
  decisionProgress?: DecisionProgress;
  /** ISO time of the last change. */
  updated: string;
}

export type Step =
  | { kind: 'intake'; id: string }
  | { kind: 'intake-check'; id: string }
  | { kind: 'title' }
  | { kind: 'team' }
  | { kind: 'question'; id: string }
  | { kind: 'summary' };

export function newDraft(id: string, framework: Framework, now: string): Draft {
  return {
    draft: 1,
    id,
    framework: `${framework.id}@${framework.version}`,
    proposal: {},
    answers: {},
    asked: {},
    updated: now,
  };
}

/** The framework's questions in the order they are asked: by row, then column, then file order. */
export function questionOrder(framework: Framework): Question[] {
  const rows = framework.axes.rows.items.map((r) => r.id);
  const columns = framework.axes.columns?.items.map((c) => c.id) ?? [];
  const rank = (q: Question) => {
    const [r = '', c = ''] = q.cell.split('/');
    return rows.indexOf(r) * 1000 + (columns.indexOf(c) + 1);
  };
  return framework.questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => q);
}

/** The questions that apply to the draft's proposal so far, in the order they are asked. */
export function applicableOrder(framework: Framework, draft: Pick<Draft, 'proposal'>): Question[] {
  return questionOrder(framework).filter((q) => applies(q, framework, draft));
}

/** The intake checks of error severity that the draft's proposal fails. */
export function failedIntakeChecks(framework: Framework, draft: Pick<Draft, 'proposal'>) {
  return (framework.intakeChecks ?? []).filter(
    (c) =>
      c.severity === 'error' &&
      evaluate(c.when, {
        framework,
        input: { proposal: draft.proposal, answers: {} },
        scores: new Map(),
        applies: new Set(),
      }) === true,
  );
}

/** The first thing the draft still needs. */
export function nextStep(draft: Draft, framework: Framework): Step {
  for (const q of framework.intake ?? []) {
    if (!(q.id in draft.proposal) && applies(q, framework, draft))
      return { kind: 'intake', id: q.id };
  }
  const name = NAME_QUESTION.id;
  if (!framework.intake?.some((q) => q.id === name) && !(name in draft.proposal))
    return { kind: 'intake', id: name };
  const contradiction = failedIntakeChecks(framework, draft)[0];
  if (contradiction) return { kind: 'intake-check', id: contradiction.id };
  if (draft.title === undefined) return { kind: 'title' };
  if (draft.team === undefined) return { kind: 'team' };
  for (const q of applicableOrder(framework, draft)) {
    if (!(q.id in draft.answers)) return { kind: 'question', id: q.id };
  }
  return { kind: 'summary' };
}

/** Answered and total, over the questions that apply to the proposal. */
export function progress(draft: Draft, framework: Framework): { answered: number; total: number } {
  const order = applicableOrder(framework, draft);
  return { answered: order.filter((q) => q.id in draft.answers).length, total: order.length };
}

/**
 * Brings a draft up to the installed framework: answers to questions that are gone, or
 * whose wording or options changed since they were answered, are dropped so they are asked
 * again. Returns the ids dropped.
 */
export function reconcileDraft(
  draft: Draft,
  framework: Framework,
): { draft: Draft; changed: string[] } {
  const current = new Map(framework.questions.map((q) => [q.id, fingerprint(q)]));
  const changed: string[] = [];
  const answers: Record<string, Answer> = {};
  const asked: Record<string, string> = {};
  for (const [id, answer] of Object.entries(draft.answers)) {
    const now = current.get(id);
    if (now === undefined || (draft.asked[id] !== undefined && draft.asked[id] !== now)) {
      changed.push(id);
      continue;
    }
    answers[id] = answer;
    asked[id] = now;
  }
  const ref = `${framework.id}@${framework.version}`;
  return {
    draft: {
      ...draft,
      framework: ref,
      answers,
      asked,
      ...(changed.length > 0 ? { reachedSummary: false } : {}),
    },
    changed,
  };
}

/**
 * A draft's name: `draft-` and the moment it was started; `attempt` 2, 3, … adds `-2`, `-3`
 * for a review started in the same second as another (the name is claimed atomically).
 */
export function draftId(startedAt: Date, attempt = 1): string {
  const stamp = startedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `draft-${stamp}${attempt > 1 ? `-${attempt}` : ''}`;
}

/** Records an intake answer. */
export function withIntakeAnswer(draft: Draft, id: string, value: ProposalValue): Draft {
  return { ...draft, proposal: { ...draft.proposal, [id]: value } };
}

/** The title offered for the decision: the proposal's name. */
export function suggestedTitle(draft: Pick<Draft, 'proposal'>): string {
  return String(draft.proposal.name ?? '');
}

/** Records the title typed; typing nothing keeps the proposal's name. */
export function withTitle(draft: Draft, typed: string): Draft {
  return { ...draft, title: typed.trim() || suggestedTitle(draft) };
}

/** Records the finished team; its answers-so-far are no longer needed. */
export function withTeam(draft: Draft, team: Review['team']): Draft {
  const { teamProgress: _done, ...rest } = draft;
  return { ...rest, team };
}

/** Records the team step's answers so far. */
export function withTeamProgress(draft: Draft, teamProgress: TeamProgress): Draft {
  return { ...draft, teamProgress };
}

/** Records the decision step's answers so far. */
export function withDecisionProgress(draft: Draft, decisionProgress: DecisionProgress): Draft {
  return { ...draft, decisionProgress };
}

/** Marks that the user has seen the summary, so a resumed draft returns there. */
export function withSummaryReached(draft: Draft): Draft {
  return draft.reachedSummary ? draft : { ...draft, reachedSummary: true };
}

export function withDecision(draft: Draft, decision: Decision): Draft {
  const { decisionProgress: _done, ...rest } = draft;
  return { ...rest, decision };
}

/** Records an answer (and the fingerprint of the question it answers). */
export function answerQuestion(draft: Draft, q: Question, answer: Answer, now: string): Draft {
  return {
    ...draft,
    answers: { ...draft.answers, [q.id]: answer },
    asked: { ...draft.asked, [q.id]: fingerprint(q) },
    updated: now,
  };
}

/** The review a draft amounts to; answers in the framework's question order. */
export function draftToReview(draft: Draft, framework: Framework): Review {
  const answers: Record<string, Answer> = {};
  for (const q of applicableOrder(framework, draft)) {
    const a = draft.answers[q.id];
    if (a) answers[q.id] = { ...a, fingerprint: draft.asked[q.id] ?? fingerprint(q) };
  }
  const proposal: Review['proposal'] = {
    name: String(draft.proposal.name ?? draft.title ?? 'Untitled proposal'),
  };
  for (const q of framework.intake ?? []) {
    const v = draft.proposal[q.id];
    if (!applies(q, framework, draft)) continue;
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) proposal[q.id] = v;
  }
  if (draft.proposal.summary) proposal.summary = String(draft.proposal.summary);
  return {
    title: draft.title ?? proposal.name,
    framework: `${framework.id}@${framework.version}`,
    proposal,
    team: draft.team ?? { structure: 'user-centered', members: [] },
    answers,
    ...(draft.decision ? { decision: draft.decision } : {}),
  };
}

/** The review a finished draft is written as: dated today, and decided when it records a decision. */
export function decidedReview(draft: Draft, framework: Framework, today: string): Review {
  const review = draftToReview(draft, framework);
  return { ...review, date: today, status: currentStatus(review) };
}
