// Why a status change is refused, and what the status rule finds, in English;
// status-text.es.ts in Spanish. Statuses are passed as the English words the file keeps.
function legalNext(status: string, next: readonly string[]): string {
  return next.length === 0
    ? `a ${status} decision is closed and has no next status`
    : `from ${status} it can become ${next.join(' or ')}`;
}

export const STATUS_RULES_TEXT = {
  'status.illegal': (p: {
    decision: string;
    from: string;
    to: string;
    next: readonly string[];
  }) => ({
    message: `${p.decision} is ${p.from}; it cannot become ${p.to}: ${legalNext(p.from, p.next)}.`,
    ...(p.next.length === 0
      ? { hint: 'Record a new decision with `supersedes:` naming this one.' }
      : {}),
  }),
  'status.no-decision': (p: { decision: string }) => ({
    message: `${p.decision} records no decision, so it cannot become decided.`,
    hint: 'Add `decision:` with its `outcome:` (and sign-off) to the review, then run vatl status again.',
  }),
  'status.no-successor': (_p: Record<string, never>) => ({
    message: 'A superseded decision needs the decision that replaces it.',
    hint: 'Name it with --by, e.g. vatl status 7 superseded --by 12.',
  }),
  'status.by-not-superseded': (p: { to: string }) => ({
    message: `--by names the decision that replaces this one; it is only for superseded, not ${p.to}.`,
  }),
  'status.supersedes-itself': (p: { by: string }) => ({
    message: `${p.by} cannot supersede itself.`,
  }),
  'status.decided-without-decision': (_p: Record<string, never>) => ({
    message: 'The review is decided but records no decision.',
  }),
  'status.superseded-without-successor': (_p: Record<string, never>) => ({
    message: 'The review is superseded but does not say by which decision.',
  }),
  'status.invalid-date': (p: { date: string }) => ({
    message: `${p.date} is not a date on the calendar.`,
  }),
  'participation.reviewers': (p: { needed: number; reviewed: number; why: string }) => ({
    message: `This proposal needs at least ${p.needed} independent reviewers; ${p.reviewed} reviewed it. ${p.why}`,
    hint: `Have ${p.needed - p.reviewed} more team member(s) review it with \`vatl review --reviewer NAME\`, then merge again.`,
  }),
  'participation.consult': (p: { missing: readonly string[]; why: string }) => ({
    message: `This proposal needs ${p.missing.join(' and ')} among the groups consulted. ${p.why}`,
    hint: 'Consult them, record it under `team.consulted`, then merge again.',
  }),
};
