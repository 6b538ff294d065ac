import type { Finding } from '../findings.js';
import { scaleBounds } from '../scoring/scale.js';
import type { PathSegment } from '../yaml/parse-yaml.js';
import { say } from '../i18n/said.js';
import { FRAMEWORK_TEXT as T } from './framework-text.js';
import type { Expected } from './framework-text.js';
import type { Choice, Framework, Question, QuestionKind } from './types.js';

/** The optional fields of a question that belong to one kind each. */
export type KindField = 'choices' | 'levels' | 'scores';

/** One answer a question of this kind can take, as a prompt or a gate search offers it. */
export interface KindOption {
  value: number | string;
  label: string;
  description?: string;
}

/**
 * What a question kind means. Every place that validates, scores, labels, prompts or searches
 * answers asks this registry, so a new kind (or a change to one) is written once.
 */
export interface QuestionKindSpec {
  /** Whether answers of this kind can count toward scores at all. */
  scorable: boolean;
  /** What a valid answer looks like, as data messages word ("a scale value (1, 2, 3, 4)"). */
  expected(q: Question, fw: Framework): Expected;
  /** Whether `value` is an answer this question accepts. */
  accepts(q: Question, fw: Framework, value: unknown): boolean;
  /** The answer's value on the framework's scale, or undefined when it does not score. */
  score(q: Question, fw: Framework, value: unknown): number | undefined;
  /** The answers a prompt offers, in the framework's order; empty for free text. */
  options(q: Question, fw: Framework): KindOption[];
  /** The answer scoring highest, or undefined when none does. */
  best(q: Question, fw: Framework): number | string | undefined;
  /** An answer as a person reads it (`3 Solid`, `Yes`, a choice's label). */
  label(q: Question, fw: Framework, value: unknown): string;
  /** The kind-specific fields it may carry; any other is a `framework/kind-mismatch`. */
  fields: readonly KindField[];
  /** What a question of this kind must say in the framework file, located under `at`. */
  checkDefinition(
    q: Question,
    fw: Framework,
    at: (...rest: PathSegment[]) => PathSegment[],
  ): Finding[];
}

function onScale(fw: Framework, n: number): boolean {
  const { min, max } = scaleBounds(fw.scale);
  return n >= min && n <= max;
}

function choiceOptions(choices: readonly Choice[] | undefined): KindOption[] {
  return (choices ?? []).map((c) => ({
    value: c.value,
    label: c.label,
    ...(c.description ? { description: c.description } : {}),
  }));
}

const scale: QuestionKindSpec = {
  scorable: true,
  expected: (_q, fw) => ({
    expected: 'scale',
    values: scaleBounds(fw.scale).values.map(String),
  }),
  accepts: (_q, fw, v) => typeof v === 'number' && scaleBounds(fw.scale).values.includes(v),
  score: (q, fw, v) => (scale.accepts(q, fw, v) ? (v as number) : undefined),
  options: (q, fw) =>
    fw.scale.map((level) => ({
      value: level.value,
      label: `${level.value} ${level.label}`,
      description: q.levels?.[String(level.value)] ?? level.description,
    })),
  best: (_q, fw) => scaleBounds(fw.scale).max,
  label: (_q, fw, v) => {
    const level = fw.scale.find((s) => s.value === v);
    return level ? `${level.value} ${level.label}` : String(v);
  },
  fields: ['levels'],
  checkDefinition: (q, fw, at) => {
    const { values } = scaleBounds(fw.scale);
    const findings: Finding[] = [];
    for (const key of Object.keys(q.levels ?? {})) {
      if (!values.includes(Number(key)))
        findings.push({
          path: at('levels', key),
          part: 'key',
          code: 'framework/off-scale',
          ...say(T, 'framework.level-off-scale', {
            level: key,
            id: q.id,
            values: values.map(String),
          }),
        });
    }
    const missing = values.filter((v) => q.levels?.[String(v)] === undefined);
    if (missing.length > 0)
      findings.push({
        path: q.levels ? at('levels') : at('kind'),
        part: q.levels ? 'key' : 'value',
        severity: 'warning',
        code: 'framework/missing-levels',
        ...say(T, 'framework.missing-levels', { id: q.id, missing: missing.map(String) }),
      });
    return findings;
  },
};

const yesNo: QuestionKindSpec = {
  scorable: true,
  expected: () => ({ expected: 'yes-no' }),
  accepts: (_q, _fw, v) => v === 'yes' || v === 'no',
  score: (q, fw, v) => {
    const { min, max } = scaleBounds(fw.scale);
    if (v === 'yes') return q.scores?.yes ?? max;
    if (v === 'no') return q.scores?.no ?? min;
    return undefined;
  },
  options: () => [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  best: (q, fw) =>
    (yesNo.score(q, fw, 'yes') ?? 0) >= (yesNo.score(q, fw, 'no') ?? 0) ? 'yes' : 'no',
  label: (_q, _fw, v) => (v === 'yes' ? 'Yes' : v === 'no' ? 'No' : String(v)),
  fields: ['scores'],
  checkDefinition: (q, fw, at) => {
    const { min, max } = scaleBounds(fw.scale);
    return (['yes', 'no'] as const).flatMap((answer): Finding[] => {
      const score = q.scores?.[answer];
      return score === undefined || onScale(fw, score)
        ? []
        : [
            {
              path: at('scores', answer),
              code: 'framework/off-scale',
              ...say(T, 'framework.yes-no-off-scale', { answer, score, id: q.id, min, max }),
            },
          ];
    });
  },
};

const choice: QuestionKindSpec = {
  scorable: true,
  expected: (q) => ({ expected: 'choice', values: (q.choices ?? []).map((c) => c.value) }),
  accepts: (q, _fw, v) => (q.choices ?? []).some((c) => c.value === v),
  score: (q, _fw, v) => q.choices?.find((c) => c.value === v)?.score,
  options: (q) => choiceOptions(q.choices),
  best: (q) => {
    let best: Choice | undefined;
    for (const c of q.choices ?? [])
      if (c.score !== undefined && (best?.score === undefined || c.score > best.score)) best = c;
    return best?.value;
  },
  label: (q, _fw, v) => q.choices?.find((c) => c.value === v)?.label ?? String(v),
  fields: ['choices'],
  checkDefinition: (q, fw, at) => {
    if (!q.choices)
      return [
        {
          path: at('kind'),
          code: 'framework/missing-choices',
          ...say(T, 'framework.no-choices', { id: q.id }),
        },
      ];
    if (q.scored === false) return [];
    const { min, max } = scaleBounds(fw.scale);
    return q.choices.flatMap((c, ci): Finding[] => {
      if (c.score === undefined)
        return [
          {
            path: at('choices', ci),
            code: 'framework/missing-score',
            ...say(T, 'framework.missing-score', { value: c.value, id: q.id }),
          },
        ];
      return onScale(fw, c.score)
        ? []
        : [
            {
              path: at('choices', ci, 'score'),
              code: 'framework/off-scale',
              ...say(T, 'framework.choice-off-scale', { value: c.value, score: c.score, min, max }),
            },
          ];
    });
  },
};

const text: QuestionKindSpec = {
  scorable: false,
  expected: () => ({ expected: 'text' }),
  accepts: (_q, _fw, v) => typeof v === 'string',
  score: () => undefined,
  options: () => [],
  best: () => undefined,
  label: (_q, _fw, v) => String(v ?? ''),
  fields: [],
  checkDefinition: (q, _fw, at) =>
    q.scored === true
      ? [
          {
            path: at('scored'),
            code: 'framework/kind-mismatch',
            ...say(T, 'framework.text-scored', { id: q.id }),
          },
        ]
      : [],
};

/** The registry: every question kind a framework may use. */
export const QUESTION_KINDS: Readonly<Record<QuestionKind, QuestionKindSpec>> = {
  scale,
  'yes-no': yesNo,
  choice,
  text,
};

export function kindOf(q: Question): QuestionKindSpec {
  return QUESTION_KINDS[q.kind];
}

/** Whether a question's answer counts toward scores. */
export function isScored(q: Question): boolean {
  return kindOf(q).scorable && q.scored !== false;
}

/** A scored answer's value on the scale; undefined for N/A, no answer, text or an unscored question. */
export function scoreOf(
  fw: Framework,
  q: Question,
  answer: { value?: unknown } | undefined,
): number | undefined {
  if (!answer || answer.value === undefined) return undefined;
  return kindOf(q).score(q, fw, answer.value);
}

/** An answer as a person reads it. */
export function answerLabel(fw: Framework, q: Question, value: unknown): string {
  return kindOf(q).label(q, fw, value);
}
