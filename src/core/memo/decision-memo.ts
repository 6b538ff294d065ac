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
  /**
   * The frameworks in another language (their strings files laid over them), for a memo not in
   * English: the workspace gives it (Workspace.inLanguage). Without it, a memo in another
   * language keeps the framework's own strings.
   */
  localise?: MemoLocaliser;
}

/** A framework, and the alignment section's labels, in a language. */
export interface MemoLocaliser {
  framework(framework: Framework, language: Language): Framework;
  references(language: Language): ReferenceLabels;
}

/** The review's framework and the reference labels in the setting's language. */
export function inSettingLanguage(
  framework: Framework,
  setting: Pick<MemoSetting, 'language' | 'localise'> & { references?: ReferenceLabels },
): { framework: Framework; references: ReferenceLabels; language: Language } {
  const language = setting.language ?? 'en';
  if (language === 'en' || !setting.localise)
    return { framework, references: setting.references ?? {}, language };
  return {
    framework: setting.localise.framework(framework, language),
    references: setting.localise.references(language),
    language,
  };
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
    ...inSettingLanguage(evaluated.framework, setting),
    date: evaluated.review.date ?? setting.today,
    overlaps: findOverlaps(evaluated.review, setting.decisions ?? []),
  });
  return renderMemo(view, setting.templates);
}
