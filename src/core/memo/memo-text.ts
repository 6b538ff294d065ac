// The memo's own words that code builds (the templates hold the rest): reasons, next steps,
// gate states, legends, team and agreement text, dates and numbers. One table per language,
// typed by MemoText, so a string missing in one language fails the type-check.
import type { Language } from '../i18n/language.js';
import { LOCALES } from '../i18n/language.js';
import type { ReviewStatus, TeamStructure } from '../review/types.js';
import { MEMO_TEXT_ES } from './memo-text.es.js';

/** Every piece of text the memo's view builds in code, in one language. */
export interface MemoText {
  /** The Intl locale for dates and numbers. */
  locale: string;
  /** `Decision 0007: <title>`. */
  heading(number: string, title: string): string;
  /** `A`, `A and B`, `A, B and C`. */
  and: string;
  /** Joins alternatives: `X or Y`. */
  or: string;
  status: Record<ReviewStatus, string>;
  /** A question as a person names it, by its walk-through number (undefined: not asked). */
  questionName(number: number | undefined, opening: string): string;
  scoresMeetButGates(label: string, overall: string | undefined): string;
  answered(question: string, answer: string): string;
  clearGate(title: string, answers: string): string;
  answerMoreItem(label: string, percent: string): string;
  answerMore(items: string, label: string, percent: string): string;
  raiseOne(question: string, from: number, to: number): string;
  raise(list: string): string;
  unreachable(label: string): string;
  gateDoesNotApply: string;
  gatePassed: string;
  gateFailed: string;
  gateUnresolved(needs: string): string;
  floor: string;
  redLine: string;
  notScored: string;
  overall: string;
  /** The lower-case `overall` at the end of the averaged list. */
  overallWord: string;
  score: string;
  chartTitle(min: number, max: number): string;
  name: string;
  unanswered: string;
  notApplicable(reason: string): string;
  theProposal: string;
  none: string;
  yes: string;
  no: string;
  /** A merged review's answer: not answered, not applicable, or an unnamed reviewer. */
  teamUnanswered: string;
  teamNotApplicable: string;
  reviewer(n: number): string;
  notMeasurable: string;
  agreement(alpha: number | undefined): string;
  team: Record<TeamStructure, { label: string; summary: string }>;
}

const EN: MemoText = {
  locale: LOCALES.en,
  heading: (number, title) => `Decision ${number}: ${title}`,
  and: 'and',
  or: 'or',
  status: {
    proposed: 'proposed',
    decided: 'decided',
    superseded: 'superseded',
    retired: 'retired',
  },
  questionName: (n, opening) =>
    `${n !== undefined ? `question ${n}` : 'the question'} (“${opening}”)`,
  scoresMeetButGates: (label, overall) =>
    `The scores and coverage meet what ${label} needs${overall !== undefined ? ` (overall ${overall})` : ''}; only the gates below rule it out.`,
  answered: (question, answer) => `${question} answered ${answer}`,
  clearGate: (title, answers) => `Clear the gate “${title}”${answers ? `: ${answers}` : ''}.`,
  answerMoreItem: (label, percent) => `${label} (${percent} answered)`,
  answerMore: (items, label, percent) =>
    `Answer more of ${items}: ${label} needs ${percent} of each.`,
  raiseOne: (question, from, to) => `${question} from ${from} to ${to}`,
  raise: (list) => `Raise ${list}.`,
  unreachable: (label) =>
    `Even top answers to every scored question would not meet ${label}'s thresholds.`,
  gateDoesNotApply: 'Does not apply',
  gatePassed: 'Passed',
  gateFailed: '**Failed**',
  gateUnresolved: (needs) => `**Unresolved** (needs ${needs})`,
  floor: 'Floor',
  redLine: 'Red line',
  notScored: 'not scored',
  overall: 'Overall',
  overallWord: 'overall',
  score: 'Score',
  chartTitle: (min, max) => `Scores by cell (${min} to ${max})`,
  name: 'Name',
  unanswered: 'Unanswered',
  notApplicable: (reason) => `Not applicable: ${reason}`,
  theProposal: 'the proposal',
  none: 'None',
  yes: 'Yes',
  no: 'No',
  teamUnanswered: 'unanswered',
  teamNotApplicable: 'N/A',
  reviewer: (n) => `Reviewer ${n}`,
  notMeasurable: 'not measurable',
  agreement: (alpha) => {
    if (alpha === undefined)
      return 'not measurable: too few answers were given by two or more reviewers';
    if (alpha >= 0.8) return 'strong: the reviewers largely agree';
    if (alpha >= 0.667)
      return 'moderate: enough to go on, with the differences listed below worth a conversation';
    if (alpha > 0)
      return 'weak: the reviewers see this proposal differently; discuss before deciding';
    return 'none beyond chance: the reviewers disagree; discuss before deciding';
  },
  team: {
    'user-centered': {
      label: 'User-centered',
      summary: 'one leader consulted the team and owns the decision.',
    },
    'co-designed': {
      label: 'Co-designed',
      summary: 'one leader drove the review and shared choices and tasks with the team.',
    },
    'user-created': {
      label: 'User-created',
      summary: 'the team made the decision together; the leader facilitated.',
    },
  },
};

/** The memo's text in each language. */
export const MEMO_TEXT: Readonly<Record<Language, MemoText>> = { en: EN, es: MEMO_TEXT_ES };

/** `A`, `A and B`, `A, B and C` in the language. */
export function andList(items: readonly string[], t: Pick<MemoText, 'and'>): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${t.and} ${items[items.length - 1]}`;
}

/** A `YYYY-MM-DD` date written out in the language (`December 2, 2026`), UTC so it never shifts. */
export function longDate(iso: string, locale: string): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
