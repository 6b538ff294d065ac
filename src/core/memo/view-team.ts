// The team-review section of the memo: shown only for a review `vatl merge` wrote.
import { NOT_APPLICABLE, spreads, teamAgreement } from '../team/merge.js';
import { inline } from './markdown.js';
import { MEMO_TEXT } from './memo-text.js';
import { memoAnswerLabel } from './view-outcome.js';
import type { MemoInput } from './memo-view.js';

/** The merged reviews behind a team review. */
export interface MemoTeamReview {
  /** The reviewers' names, escaped, joined with `, ` and a last ` and `. */
  reviewers: string;
  /** How many reviews were merged. */
  count: number;
  /** Krippendorff's alpha (ordinal) to three decimals, or `not measurable`. */
  agreement: string;
  /** What the figure means in plain words (a fixed sentence from readAgreement). */
  reading: string;
  /** The scale questions the reviewers answered differently, with their spread, in framework order. */
  spread: MemoSpread[];
  /** The questions answered two or more scale points apart, for the team to discuss. */
  discuss: MemoSpread[];
}

/** One scale question's answers across the reviewers. */
export interface MemoSpread {
  /** The question's 1-based number in the framework. */
  number: number;
  /** The question's prompt, escaped. */
  prompt: string;
  /** `<min>–<max>`, or the one value when all agree. */
  range: string;
  /** `<reviewer>: <answer label>` per reviewer joined with ` · `, escaped. */
  answers: string;
}

/** The team-review section, or undefined for a review that was not merged. */
export function teamReviewView({
  review,
  framework: fw,
  language,
}: MemoInput): MemoTeamReview | undefined {
  if (!review.merge || !review.reviewers) return undefined;
  const t = MEMO_TEXT[language ?? 'en'];
  const names = review.reviewers;
  const alpha = teamAgreement(review, fw);
  const spread = spreads(review, fw).map((s) => {
    const q = fw.questions.find((x) => x.id === s.id);
    const label = (a: number | string | null): string =>
      a === null
        ? t.teamUnanswered
        : a === NOT_APPLICABLE || !q
          ? t.teamNotApplicable
          : memoAnswerLabel(fw, q, a, t);
    return {
      number: s.number,
      prompt: inline(s.prompt),
      range: s.min === s.max ? String(s.min) : `${s.min}–${s.max}`,
      answers: inline(
        s.answers.map((a, i) => `${names[i] ?? t.reviewer(i + 1)}: ${label(a)}`).join(' · '),
      ),
      wide: s.max - s.min >= 2,
    };
  });
  return {
    reviewers: inline(names.slice(0, -1).join(', ') + ` ${t.and} ` + (names.at(-1) ?? '')),
    count: names.length,
    agreement: alpha === undefined ? t.notMeasurable : alpha.toFixed(3),
    reading: t.agreement(alpha),
    spread: spread.filter((s) => s.range.includes('–')).map(({ wide: _wide, ...s }) => s),
    discuss: spread.filter((s) => s.wide).map(({ wide: _wide, ...s }) => s),
  };
}
