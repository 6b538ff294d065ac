import type { Framework } from '../../core/framework/types.js';
import type { Draft } from '../../core/review/draft.js';
import { previousPlace } from '../../core/review/walk.js';
import type { Place } from '../../core/review/walk.js';
import type { Prompter } from '../../prompts/prompter.js';
import type { Style } from '../style.js';
import type { ReviewText } from './review-text.js';
import type { SummaryText } from '../../core/review/summary-text.js';

/**
 * Everything one interactive review works over (create-astro's context): each step asks
 * through `prompter`, hands what was answered to a core function, and saves the draft it
 * gets back. Tests can pass a literal session with a scripted prompter and an in-memory save.
 */
export interface Session {
  readonly prompter: Prompter;
  readonly style: Style;
  /** The walk-through's own words, in the review's language. */
  readonly text: ReviewText;
  /** The summary's words (the core's table), in the same language. */
  readonly summaryText: SummaryText;
  /** The framework in the review's language. */
  readonly framework: Framework;
  /** The review so far; `save` replaces it. */
  draft: Draft;
  /** Saves the draft after every answer, so Ctrl-C never loses one. */
  save(next: Draft): Promise<void>;
  readonly calendar: Calendar;
  /** Where the user went back to: not saved (Back itself follows the asking order). */
  readonly walk: Walk;
}

/** Dates as the review needs them, from the one clock. */
export interface Calendar {
  /** Today, YYYY-MM-DD. */
  today(): string;
  /** The date `months` after a YYYY-MM-DD date. */
  addMonths(date: string, months: number): string;
}

export interface Walk {
  /** A place the user went back to, asked again before the walk-through carries on. */
  revisit?: Place;
  /** Set when the revisit was chosen from the summary: Back returns there. */
  fromSummary?: boolean;
}

/**
 * What a step ends with: `'back'` (the user went back), `'decide'` (the summary was left for
 * the decision), or nothing (an answer was given and saved).
 */
export type StepResult = 'back' | 'decide' | undefined;

/**
 * Whether Back leads anywhere from `place`: to the summary when the user came from there,
 * else to the place before it in asking order (so Back works right after a resume too).
 */
export function canGoBack(s: Session, place: Place): boolean {
  return Boolean(s.walk.fromSummary) || previousPlace(s.framework, s.draft, place) !== undefined;
}
