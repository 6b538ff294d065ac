import type { Language } from '../i18n/language.js';
import { findOverlaps } from '../decisions/overlaps.js';
import type { Framework } from '../framework/types.js';
import type { Review } from '../review/types.js';
import type { ScoreReport } from '../scoring/types.js';
import { renderMemo } from './render-memo.js';
import type { MemoTemplates } from './render-memo.js';
import { buildMemoView } from './view-model.js';
import type { ReferenceLabels } from './memo-view.js';

/** What rendering a decision memo needs besides the review: the same for every review of a run. */
export interface MemoSetting {
  references: ReferenceLabels;
  templates: MemoTemplates;
  /** Stands in for the date of a review that has none. */
  today: string;
  /**
   * The reviews in the decisions folder, for the overlap note (decisions in force in the same
   * category). Without them, a memo has no overlap note.
   */
  decisions?: readonly Review[];
  /** The config's `contact:`, for the family summary (a review's own contact wins). */
  contact?: string;
  /** The language to write in; English when not given. */
  language?: Language;
}

/**
 * The decision memo of a checked and scored review: the view built, then rendered. The CLI
 * and the library both render through here, so they give the same bytes.
 *
 * @throws {TemplateError} when a template fails to compile or render
 */
export function renderDecisionMemo(
  evaluated: { review: Review; framework: Framework; report: ScoreReport },
  setting: MemoSetting,
): string {
  const view = buildMemoView({
    ...evaluated,
    references: setting.references,
    date: evaluated.review.date ?? setting.today,
    overlaps: findOverlaps(evaluated.review, setting.decisions ?? []),
  });
  return renderMemo(view, setting.templates);
}
