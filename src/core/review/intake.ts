import type { Framework, IntakeCheck, IntakeQuestion } from '../framework/types.js';
import { INPUT_TEXT } from './input-text.js';
import { intakeIn } from '../scoring/conditions.js';
import type { ProposalValue } from './types.js';

/** Asked when a framework has no intake question `name`: every proposal needs one. */
export const NAME_QUESTION: IntakeQuestion = {
  id: 'name',
  prompt: 'What is the tool or product called?',
  kind: 'text',
  required: true,
};

/** The intake question `nextStep` asks for by id: the framework's own, or the name question. */
export function intakeQuestion(framework: Framework, id: string): IntakeQuestion {
  return framework.intake?.find((q) => q.id === id) ?? NAME_QUESTION;
}

/** Whether the intake question `id` is the first one, where the proposal begins. */
export function opensProposal(framework: Framework, id: string): boolean {
  return id === (framework.intake?.[0]?.id ?? NAME_QUESTION.id);
}

/**
 * What an intake answer records, from what was typed or chosen: text without surrounding
 * spaces, a number as a number (nothing typed stays ''), choices as they are.
 */
export function intakeValue(q: IntakeQuestion, given: string | string[]): ProposalValue {
  if (Array.isArray(given)) return given;
  if (q.kind === 'number') return given.trim() === '' ? '' : Number(given);
  if (q.kind === 'yes-no' || q.kind === 'choice') return given;
  return given.trim();
}

/** Why typed text is not an answer to a number question, or undefined when it is. */
export function intakeNumberProblem(q: IntakeQuestion, typed: string): string | undefined {
  if (typed.trim() === '' && !q.required) return undefined;
  return Number.isFinite(Number(typed)) ? undefined : INPUT_TEXT['input.number']({}).message;
}

/**
 * An intake check and the intake questions its condition reads, in the order they appear
 * in it (each once): the answers to ask again when the proposal contradicts itself.
 */
export function intakeCheckQuestions(
  framework: Framework,
  id: string,
): { check: IntakeCheck; questions: IntakeQuestion[] } | undefined {
  const check = framework.intakeChecks?.find((c) => c.id === id);
  if (!check) return undefined;
  const questions = [...new Set(intakeIn(check.when))].flatMap((qid) => {
    const q = framework.intake?.find((x) => x.id === qid);
    return q ? [q] : [];
  });
  return { check, questions };
}
