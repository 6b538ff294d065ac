// The family summary's view: the same decision as the memo, as plain data for a one-page
// summary families can read. Wording lives in templates/family.md.hbs (and, later, a template
// per language beside it); this file gives only facts, flags and the review's own text, escaped.
import type { Framework } from '../framework/types.js';
import type { Language } from '../i18n/language.js';
import { LOCALES } from '../i18n/language.js';
import type { Review } from '../review/types.js';
import { questionsIn } from '../scoring/conditions.js';
import type { ScoreReport } from '../scoring/types.js';
import { TemplateError } from '../../errors.js';
import { say } from '../i18n/said.js';
import { TEMPLATE_TEXT } from './template-text.js';
import { headingText, inline } from './markdown.js';
import { renderTemplate } from './render-memo.js';
import { inSettingLanguage } from './decision-memo.js';
import type { MemoSetting } from './decision-memo.js';
import { templatesIn } from './render-memo.js';

/** What the family summary is built from. */
export interface FamilyInput {
  review: Review;
  framework: Framework;
  report: ScoreReport;
  /** The config's `contact:`; the review's own `contact:` wins. */
  contact?: string;
  /** The language the summary is written in (the framework given is already in it); English when not given. */
  language?: Language;
  /** The Intl locale dates are written in; LOCALES[language] when not given. */
  locale?: string;
}

/** A date: as stored, and written out in the summary's locale (`August 10, 2026`). */
export interface FamilyDate {
  iso: string;
  text: string;
}

/**
 * One protection the review checked, from the framework's gate of that id. `checked` is false
 * when the framework has no such gate or the questions it reads did not apply; otherwise
 * exactly one of `passed`, `failed` and `open` (not answered) is true.
 */
export interface FamilyCheck {
  checked: boolean;
  passed: boolean;
  failed: boolean;
  open: boolean;
}

/** The view the family template renders: logic-free, user and framework text escaped. */
export interface FamilyView {
  /** YAML front matter without its `---` fences: the summary's language (`language: es`). */
  frontMatter: string;
  /** `<tool name>`, escaped for a heading (the proposal's name, else the review's title). */
  heading: string;
  tool: {
    /** The tool's name, escaped. */
    name: string;
    /** The vendor, escaped, or `''`. */
    vendor: string;
    /** The label of the kind of tool (the `category` intake answer), escaped, or `''`. */
    kind: string;
    /** Who will use it (the `users` intake answer's labels), escaped, lower-cased first letter. */
    users: string[];
    /** Students use it directly (`student-facing`). */
    studentsUseIt: boolean;
  };
  data: {
    /** It collects, stores or processes students' personal data (`student-data`). */
    studentData: boolean;
    /** It uses AI (`uses-ai`). */
    usesAi: boolean;
    /** It monitors students or staff (`monitors-people`). */
    monitors: boolean;
    /** Its AI makes or recommends decisions about individual students (`ai-decisions`). */
    aiDecides: boolean;
    /** The privacy agreement answer: signed, or required before any data flows. */
    agreementSigned: boolean;
    agreementBeforeData: boolean;
    /** A binding privacy agreement (gate `no-privacy-agreement`). */
    agreement: FamilyCheck;
    /** Student data not used to train AI (gate `trains-on-student-data`). */
    training: FamilyCheck;
    /** A person reviews the AI's consequential outputs (gate `no-human-review`). */
    humanReview: FamilyCheck;
    /** Evidence of sound security (gate `security-floor`). */
    security: FamilyCheck;
    /** The district knows what data the tool takes and where it goes (gate `data-minimisation-floor`). */
    dataKnown: FamilyCheck;
    /** Accessibility evidence for a tool students use (gate `no-accessibility-evidence`). */
    accessibility: FamilyCheck;
    /** Some check above except accessibility was made: the summary has a list to show. */
    anyChecked: boolean;
  };
  /** The decision, or undefined when none is recorded yet. */
  decision:
    | {
        /** The framework's first outcome (Adopt): go ahead. */
        goAhead: boolean;
        /** An outcome between the first and the last (Adapt): with conditions, or a trial first. */
        conditional: boolean;
        /** The framework's last outcome (Abandon): not as proposed. */
        stop: boolean;
        /** The outcome's label, escaped (the built-in template does not print it). */
        label: string;
        /**
         * The rationale's opening, escaped: whole sentences up to WHY_WORDS words (at least
         * one), so the page stays one page; empty when there is none.
         */
        why: string;
        /** The rationale goes on past `why` (the memo has all of it). */
        whyShortened: boolean;
      }
    | undefined;
  /** The decision's conditions: the first sentence of what must be done, escaped, and by when. */
  conditions: { text: string; due: FamilyDate }[];
  /** Some condition goes on past its first sentence (the memo has all of it). */
  conditionsShortened: boolean;
  /** When the decision is looked at again, or undefined when not set. */
  reviewBy: FamilyDate | undefined;
  /** When the team expects to decide, while there is no decision; undefined when not set. */
  decideBy: FamilyDate | undefined;
  /** Who to ask (the review's `contact`, else the config's), escaped, or `''`. */
  contact: string;
}

/** Builds the family summary's view of a checked and scored review. Pure. */
export function buildFamilyView(input: FamilyInput): FamilyView {
  const { review, framework: fw } = input;
  const language = input.language ?? 'en';
  const locale = input.locale ?? LOCALES[language];
  const proposal = review.proposal;
  const yes = (id: string) => proposal[id] === 'yes';
  const check = (gate: string) => familyCheck(input, gate);
  const decision = review.decision;
  const name = typeof proposal.name === 'string' && proposal.name ? proposal.name : review.title;
  const agreementAnswers = answersReadBy(input, 'no-privacy-agreement');
  const data = {
    agreement: check('no-privacy-agreement'),
    training: check('trains-on-student-data'),
    humanReview: check('no-human-review'),
    security: check('security-floor'),
    dataKnown: check('data-minimisation-floor'),
  };
  const conditions = (decision?.conditions ?? []).map((c) => ({
    ...opening(c.text, 0),
    due: familyDate(c.due, locale),
  }));
  return {
    frontMatter: `language: ${language}`,
    heading: headingText(name),
    tool: {
      name: inline(name),
      vendor: typeof proposal.vendor === 'string' ? inline(proposal.vendor) : '',
      kind: choiceLabels(fw, 'category', proposal.category)[0] ?? '',
      users: choiceLabels(fw, 'users', proposal.users).map(lowerFirst),
      studentsUseIt: yes('student-facing'),
    },
    data: {
      ...data,
      anyChecked: Object.values(data).some((c) => c.checked),
      usesAi: yes('uses-ai'),
      monitors: yes('monitors-people'),
      studentData: yes('student-data'),
      aiDecides: yes('ai-decisions'),
      agreementSigned: agreementAnswers.includes('signed'),
      agreementBeforeData: agreementAnswers.includes('before-data'),
      accessibility: check('no-accessibility-evidence'),
    },
    decision: decision ? decisionView(fw, decision) : undefined,
    conditions: conditions.map((c) => ({ text: c.text, due: c.due })),
    conditionsShortened: conditions.some((c) => c.shortened),
    reviewBy: decision?.reviewBy ? familyDate(decision.reviewBy, locale) : undefined,
    decideBy: !decision && review.decideBy ? familyDate(review.decideBy, locale) : undefined,
    contact: inline(review.contact ?? input.contact ?? ''),
  };
}

function decisionView(
  fw: Framework,
  decision: NonNullable<Review['decision']>,
): NonNullable<FamilyView['decision']> {
  const index = fw.outcomes.findIndex((o) => o.id === decision.outcome);
  const why = opening(decision.rationale ?? '', WHY_WORDS);
  const last = fw.outcomes.length - 1;
  return {
    goAhead: index === 0,
    conditional: index > 0 && index < last,
    stop: index === last,
    label: inline(fw.outcomes[index]?.label ?? decision.outcome),
    why: why.text,
    whyShortened: why.shortened,
  };
}

/** How much of the rationale a one-page summary has room for, in words. */
export const WHY_WORDS = 60;

/**
 * The opening of a text: whole sentences while they fit in `maxWords` (always the first),
 * escaped, and whether anything was left out.
 */
export function opening(text: string, maxWords: number): { text: string; shortened: boolean } {
  const sentences = text
    .trim()
    .split(/(?<!\b(?:Dr|Mr|Mrs|Ms|St|Inc|Ltd|No)\.)(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u)
    .filter((s) => s !== '');
  const kept: string[] = [];
  let count = 0;
  for (const sentence of sentences) {
    const n = sentence.split(/\s+/).length;
    if (kept.length > 0 && count + n > maxWords) break;
    kept.push(sentence);
    count += n;
  }
  return { text: inline(kept.join(' ')), shortened: kept.length < sentences.length };
}

/** A gate's result as a protection: checked, and passed, failed or still open. */
function familyCheck({ framework: fw, report }: FamilyInput, id: string): FamilyCheck {
  const gate = fw.gates?.find((g) => g.id === id);
  const result = report.gates.find((g) => g.id === id);
  const skipped = new Set(report.doesNotApply);
  const reads = gate ? [...new Set(questionsIn(gate.when))] : [];
  const checked = !!gate && !!result && !(reads.length > 0 && reads.every((q) => skipped.has(q)));
  return {
    checked,
    passed: checked && result?.state === 'passed',
    failed: checked && result?.state === 'failed',
    open: checked && result?.state === 'unresolved',
  };
}

/** The answers given to the questions a gate reads. */
function answersReadBy({ framework: fw, review }: FamilyInput, id: string): unknown[] {
  const gate = fw.gates?.find((g) => g.id === id);
  return gate ? questionsIn(gate.when).map((q) => review.answers[q]?.value) : [];
}

/** The labels of an intake choice (or multi-choice) answer, escaped. */
function choiceLabels(fw: Framework, id: string, value: unknown): string[] {
  const question = fw.intake?.find((q) => q.id === id);
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) =>
    inline(question?.choices?.find((c) => c.value === v)?.label ?? String(v)),
  );
}

/** `Students` → `students`; `AI staff` stays as it is. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A `YYYY-MM-DD` date, written out in the locale (UTC, so the day never shifts). */
export function familyDate(iso: string, locale: string): FamilyDate {
  const date = new Date(`${iso}T00:00:00Z`);
  const text = Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return { iso, text };
}

/**
 * The family summary of a checked and scored review: its view, rendered with `family.md.hbs`
 * by the memo's renderer (same rules, same checks on a team's own template).
 *
 * @throws {TemplateError} when the template fails to compile or render
 */
export function renderFamilySummary(
  evaluated: Pick<FamilyInput, 'review' | 'framework' | 'report'>,
  setting: Pick<MemoSetting, 'templates' | 'contact' | 'language' | 'localise'>,
): string {
  const { framework, language } = inSettingLanguage(evaluated.framework, setting);
  const templates = templatesIn(setting.templates, language);
  const name = language === 'en' ? 'family.md.hbs' : `${language}/family.md.hbs`;
  if (!templates.family) {
    const said = say(TEMPLATE_TEXT, 'template.no-family', { name });
    throw new TemplateError(name, said.message, said.text);
  }
  const input = {
    ...evaluated,
    framework,
    language,
    ...(setting.contact ? { contact: setting.contact } : {}),
  };
  return renderTemplate(buildFamilyView(input), templates.family, templates.partials);
}
