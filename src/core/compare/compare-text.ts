// The comparison page's words that code builds (the template holds the rest), per language:
// see the convention in core/i18n/language.ts.
import type { Language } from '../i18n/language.js';
import { COMPARE_TEXT_ES } from './compare-text.es.js';

export interface CompareText {
  /** The reviews use different framework versions (`1: 2.0.0, 2: 2.1.0`). */
  versionNote(versions: string): string;
  reviewFile: string;
  decision: string;
  status: string;
  vendor: string;
  category: string;
  cost: string;
  term: string;
  overallScore: string;
  suggested: string;
  decisionRecorded: string;
  gatesNotPassed: string;
  warnings: string;
  none: string;
  notInThisVersion: string;
  score: string;
}

const EN: CompareText = {
  versionNote: (versions) =>
    `The reviews were answered against different versions of the framework (${versions}); questions and thresholds may differ between versions, so compare the scores with care.`,
  reviewFile: 'Review file',
  decision: 'Decision',
  status: 'Status',
  vendor: 'Vendor',
  category: 'Category',
  cost: 'Cost',
  term: 'Term',
  overallScore: 'Overall score',
  suggested: 'Suggested outcome',
  decisionRecorded: 'Decision recorded',
  gatesNotPassed: 'Gates not passed',
  warnings: 'Warnings',
  none: 'None',
  notInThisVersion: 'Not in this version',
  score: 'Score',
};

export const COMPARE_TEXT: Readonly<Record<Language, CompareText>> = {
  en: EN,
  es: COMPARE_TEXT_ES,
};
