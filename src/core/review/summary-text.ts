import type { Language } from '../i18n/language.js';
import { SUMMARY_TEXT_ES } from './summary-text.es.js';

/** The summary screen's own words (before the decision), and how it names what to change. */
export interface SummaryText {
  score: string;
  area: string;
  overall: string;
  /** `question 17 (“How clearly…”)`; without a number, `the question (“…”)`. */
  questionName(position: number | undefined, opening: string): string;
  answered(name: string, label: string): string;
  clearGate(title: string, answers: readonly string[]): string;
  answerMore(label: string, share: string): string;
  raise(items: readonly { name: string; from: number; to: number }[]): string;
  toReach(outcome: string, steps: readonly string[], unreachable: boolean): string;
}

export const SUMMARY_TEXT_EN: SummaryText = {
  score: 'Score',
  area: 'Area',
  overall: 'Overall',
  questionName: (position, opening) =>
    `${position !== undefined ? `question ${position}` : 'the question'} (“${opening}”)`,
  answered: (name, label) => `${name} answered ${label}`,
  clearGate: (title, answers) =>
    `clear the gate “${title}”${answers.length ? `: ${answers.join(' or ')}` : ''}`,
  answerMore: (label, share) => `answer more of ${label} (${share} answered)`,
  raise: (items) => `raise ${items.map((r) => `${r.name} from ${r.from} to ${r.to}`).join(', ')}`,
  toReach: (outcome, steps, unreachable) =>
    `To reach ${outcome}: ${steps.join('; ') || 'no change of answers would do it'}${unreachable ? ' (the thresholds stay out of reach)' : ''}`,
};

export const SUMMARY_TEXT: Readonly<Record<Language, SummaryText>> = {
  en: SUMMARY_TEXT_EN,
  es: SUMMARY_TEXT_ES,
};
