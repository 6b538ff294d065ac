import type { Framework } from '../../core/framework/types.js';
import type { Draft } from '../../core/review/draft.js';
import type { Prompter } from '../../prompts/prompter.js';
import type { Style } from '../style.js';

/**
 * Everything one interactive review works over (create-astro's context): each step asks
 * through `prompter`, hands what was answered to a core function, and saves the draft it
 * gets back. Tests can pass a literal session with a scripted prompter and an in-memory save.
 */
export interface Session {
  readonly prompter: Prompter;
  readonly style: Style;
  readonly framework: Framework;
  /** The review so far; `save` replaces it. */
  draft: Draft;
  /** Saves the draft after every answer, so Ctrl-C never loses one. */
  save(next: Draft): Promise<void>;
  readonly calendar: Calendar;
  /** Where Back goes: not saved, so a resumed review starts with no way back. */
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
  /** The questions answered in this sitting, in the order first answered. */
  answered: string[];
  /** A question the user went back to, asked again before the walk-through carries on. */
  revisit?: string;
}
