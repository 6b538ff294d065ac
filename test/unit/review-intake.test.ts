import { describe, expect, it } from 'vitest';
import type { IntakeQuestion } from '../../src/core/framework/types.js';
import {
  NAME_QUESTION,
  intakeCheckQuestions,
  intakeNumberProblem,
  intakeQuestion,
  intakeValue,
  opensProposal,
} from '../../src/core/review/intake.js';
import { loadVatl } from '../helpers/drafts.js';
import { validFramework } from '../helpers/framework.js';

const FW = validFramework();
const VATL = loadVatl();
const number = (required: boolean): IntakeQuestion => ({
  id: 'seats',
  prompt: 'How many seats?',
  kind: 'number',
  required,
});

describe('intakeQuestion and opensProposal', () => {
  it("finds the framework's intake question", () => {
    expect(intakeQuestion(FW, 'category').prompt).toBe('Category?');
  });

  it('asks for the name when the framework has no name question, and starts the proposal with it', () => {
    const { intake: _intake, ...bare } = FW;
    expect(intakeQuestion(bare, 'name')).toBe(NAME_QUESTION);
    expect(NAME_QUESTION).toEqual({
      id: 'name',
      prompt: 'What is the tool or product called?',
      kind: 'text',
      required: true,
    });
    expect(opensProposal(bare, 'name')).toBe(true);
  });

  it('starts the proposal at the first intake question only', () => {
    expect(opensProposal(FW, 'student-data')).toBe(true);
    expect(opensProposal(FW, 'category')).toBe(false);
  });
});

describe('intakeValue', () => {
  it('records text without surrounding spaces', () => {
    expect(intakeValue(NAME_QUESTION, '  Lumen Tutor ')).toBe('Lumen Tutor');
  });

  it('records a number as a number, and nothing typed as empty', () => {
    expect(intakeValue(number(false), ' 12.5 ')).toBe(12.5);
    expect(intakeValue(number(false), '  ')).toBe('');
  });

  it('keeps chosen values as they are', () => {
    const users = intakeQuestion(FW, 'users');
    expect(intakeValue(users, ['students', 'teachers'])).toEqual(['students', 'teachers']);
    expect(intakeValue(intakeQuestion(FW, 'student-data'), 'yes')).toBe('yes');
  });
});

describe('intakeNumberProblem', () => {
  it('accepts a number, and nothing when the question is optional', () => {
    expect(intakeNumberProblem(number(false), '42')).toBeUndefined();
    expect(intakeNumberProblem(number(false), ' -3.5 ')).toBeUndefined();
    expect(intakeNumberProblem(number(false), '')).toBeUndefined();
  });

  it('refuses text that is not a number', () => {
    expect(intakeNumberProblem(number(false), 'twelve')).toBe('Enter a number.');
    expect(intakeNumberProblem(number(true), 'x1')).toBe('Enter a number.');
  });
});

describe('intakeCheckQuestions', () => {
  it('returns the check and the intake questions it reads, once each, in its order', () => {
    const found = intakeCheckQuestions(VATL, 'students-not-student-facing');
    expect(found?.check.title).toMatch(/^Students are among the users/);
    expect(found?.questions.map((q) => q.id)).toEqual(['users', 'student-facing']);
  });

  it('is undefined for a check the framework does not have', () => {
    expect(intakeCheckQuestions(VATL, 'no-such-check')).toBeUndefined();
  });
});
