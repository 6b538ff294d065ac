// Where a walk-through stands: every place it asks something, in asking order, so Back, the
// "Change an answer" list and progress all read one order.
import type { Framework } from '../framework/types.js';
import { applies } from '../scoring/conditions.js';
import { applicableOrder } from './draft.js';
import type { Draft } from './draft.js';
import { NAME_QUESTION } from './intake.js';

/** A place the walk-through asks something, and can go back to. */
export type Place =
  | { kind: 'intake'; id: string }
  | { kind: 'title' }
  | { kind: 'team' }
  | { kind: 'question'; id: string };

/** The intake questions that apply to the proposal so far, the name question last when the framework asks none. */
export function intakeOrder(framework: Framework, draft: Pick<Draft, 'proposal'>): string[] {
  const ids = (framework.intake ?? []).filter((q) => applies(q, framework, draft)).map((q) => q.id);
  if (!ids.includes(NAME_QUESTION.id) && !framework.intake?.some((q) => q.id === NAME_QUESTION.id))
    ids.push(NAME_QUESTION.id);
  return ids;
}

/** Every place of the walk-through, in the order asked: the proposal, title, team, questions. */
export function walkOrder(framework: Framework, draft: Pick<Draft, 'proposal'>): Place[] {
  return [
    ...intakeOrder(framework, draft).map((id): Place => ({ kind: 'intake', id })),
    { kind: 'title' },
    { kind: 'team' },
    ...applicableOrder(framework, draft).map((q): Place => ({ kind: 'question', id: q.id })),
  ];
}

export function samePlace(a: Place, b: Place): boolean {
  return a.kind === b.kind && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');
}

/** The place before `place` in asking order, or undefined at the first. */
export function previousPlace(
  framework: Framework,
  draft: Pick<Draft, 'proposal'>,
  place: Place,
): Place | undefined {
  const order = walkOrder(framework, draft);
  const at = order.findIndex((p) => samePlace(p, place));
  return at > 0 ? order[at - 1] : undefined;
}

/** Whether the draft holds an answer for the place. */
export function isAnswered(draft: Draft, place: Place): boolean {
  switch (place.kind) {
    case 'intake':
      return place.id in draft.proposal;
    case 'title':
      return draft.title !== undefined;
    case 'team':
      return draft.team !== undefined;
    case 'question':
      return place.id in draft.answers;
  }
}

/** Answered and total over every place that applies: proposal, title, team and questions. */
export function walkProgress(
  framework: Framework,
  draft: Draft,
): { answered: number; total: number } {
  const order = walkOrder(framework, draft);
  return { answered: order.filter((p) => isAnswered(draft, p)).length, total: order.length };
}

/** Where an intake question sits in the proposal: `3 of 13` (1-based). */
export function intakePosition(
  framework: Framework,
  draft: Pick<Draft, 'proposal'>,
  id: string,
): { position: number; total: number } {
  const order = intakeOrder(framework, draft);
  return { position: order.indexOf(id) + 1, total: order.length };
}
