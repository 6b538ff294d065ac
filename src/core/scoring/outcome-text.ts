// The sentences checkOutcomes and gateShortfall write (why an outcome is or is not reached), in
// each language: see the convention in core/i18n/language.ts. The memo prints them.
import type { Language } from '../i18n/language.js';
import { OUTCOME_TEXT_ES } from './outcome-text.es.js';

/** Why an outcome is or is not reached, one sentence each; every figure comes formatted. */
export interface OutcomeText {
  and: string;
  belowFloor(title: string, outcomes: string): string;
  redLineCrossed(title: string, outcomes: string): string;
  cannotBeChecked(title: string, needs: string, count: number, outcomes: string): string;
  thinItem(label: string, percent: string): string;
  tooLittleAnswered(label: string, items: string, percent: string, axes: string): string;
  nothingScored(label: string, min: string): string;
  overallBelow(overall: string, min: string, label: string): string;
  overallMeets(overall: string, min: string, label: string): string;
  lowestCellBelow(lowest: string, min: string, label: string): string;
  everyCellMeets(min: string, label: string): string;
  coverageMet(axes: string, percent: string): string;
  fallback(label: string): string;
}

const EN: OutcomeText = {
  and: 'and',
  belowFloor: (title, outcomes) => `Below a floor: ${title}. That rules out ${outcomes}.`,
  redLineCrossed: (title, outcomes) => `Red line crossed: ${title}. That rules out ${outcomes}.`,
  cannotBeChecked: (title, needs, count, outcomes) =>
    `“${title}” cannot be checked until ${needs} ${count > 1 ? 'are' : 'is'} answered, so it rules out ${outcomes}.`,
  thinItem: (label, percent) => `${label} has ${percent} of its question weight answered`,
  tooLittleAnswered: (label, items, percent, axes) =>
    `Too little of the grid is answered for ${label}: ${items}; ${label} needs ${percent} in every ${axes} item.`,
  nothingScored: (label, min) =>
    `No answers are scored yet; ${label} needs an overall score of at least ${min}.`,
  overallBelow: (overall, min, label) =>
    `The overall score ${overall} is below the ${min} that ${label} needs.`,
  overallMeets: (overall, min, label) =>
    `The overall score ${overall} meets the ${min} that ${label} needs.`,
  lowestCellBelow: (lowest, min, label) =>
    `The lowest cell scores ${lowest}, below the ${min} every cell needs for ${label}.`,
  everyCellMeets: (min, label) => `Every scored cell is at least ${min}, as ${label} needs.`,
  coverageMet: (axes, percent) =>
    `Every ${axes} item has at least ${percent} of its question weight answered.`,
  fallback: (label) => `${label} is the outcome when no other is reached.`,
};

export const OUTCOME_TEXT: Readonly<Record<Language, OutcomeText>> = {
  en: EN,
  es: OUTCOME_TEXT_ES,
};
