// The memo view's record sections: who took part, the decision's conditions and sign-off,
// and the other frameworks' items the answers touch.
import { MEMO_TEXT, longDate } from './memo-text.js';
import type { Framework } from '../framework/types.js';
import type { Review } from '../review/types.js';
import { inline } from './markdown.js';
import type {
  MemoAlignment,
  MemoCondition,
  MemoInput,
  MemoSignoff,
  MemoTeam,
} from './memo-view.js';

/** The team's structure, members and the stakeholder groups it consulted. */
export function teamView({ review, language }: MemoInput): MemoTeam {
  const structure = MEMO_TEXT[language ?? 'en'].team[review.team.structure] as
    { label: string; summary: string } | undefined;
  const team = {
    label: structure?.label ?? review.team.structure,
    description: structure?.summary ?? '',
  };
  return {
    structure: team.label,
    structureDescription: team.description,
    members: review.team.members.map((m) => ({ name: inline(m.name), role: inline(m.role) })),
    consulted: (review.team.consulted ?? []).map((c) => ({
      group: inline(c.group),
      how: c.how ? inline(c.how) : '',
    })),
  };
}

/** The decision's conditions, with owner and due date. */
export function conditionsView({ review, language }: MemoInput): MemoCondition[] {
  const { locale } = MEMO_TEXT[language ?? 'en'];
  return (review.decision?.conditions ?? []).map((c) => ({
    text: inline(c.text),
    owner: inline(c.owner),
    due: c.due,
    dueText: longDate(c.due, locale),
  }));
}

/** The decision's sign-off lines. */
export function signoffView({ review, language }: MemoInput): MemoSignoff[] {
  const { locale } = MEMO_TEXT[language ?? 'en'];
  return (review.decision?.signoff ?? []).map((s) => ({
    name: inline(s.name),
    role: inline(s.role),
    date: s.date ?? '',
    dateText: longDate(s.date ?? '', locale),
  }));
}

/** The items of other frameworks that the answered, applicable questions reference. */
export function alignmentView(input: MemoInput): MemoAlignment[] {
  const { review, framework: fw, report } = input;
  const skipped = new Set(report.doesNotApply);
  return Object.entries(collectRefs(fw, review, skipped))
    .filter(([target]) => target !== fw.id)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([target, items]) => {
      const labels = input.references[target];
      return {
        title: inline(labels?.title ?? target),
        items: Object.entries(items)
          .sort(([a], [b]) => compareIds(a, b))
          .map(([id, questions]) => ({
            id,
            label: inline(labels?.items[id] ?? ''),
            questions: questions.map((q) => `\`${q}\``).join(', '),
          })),
      };
    });
}

/** framework id → item id → the answered questions that reference it. */
function collectRefs(
  fw: Framework,
  review: Review,
  skipped: ReadonlySet<string>,
): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const q of fw.questions) {
    if (skipped.has(q.id)) continue;
    const answer = review.answers[q.id];
    if (!answer || answer.value === undefined) continue;
    for (const [target, ids] of Object.entries(q.refs ?? {})) {
      const bucket = (out[target] ??= {});
      for (const id of ids) (bucket[id] ??= []).push(q.id);
    }
  }
  return out;
}

/** Orders ids like `1a, 1b, 2a, 10a` and `culture, vision` naturally. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
