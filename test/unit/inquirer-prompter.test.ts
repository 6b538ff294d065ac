import { render } from '@inquirer/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../../src/errors.js';
import { createInquirerPrompter } from '../../src/prompts/inquirer-prompter.js';
import type { Prompter } from '../../src/prompts/prompter.js';

// Inquirer's own styles colour text when the terminal supports colour (decided once, when its
// modules load). Force that support on, as in a colour terminal, so that a prompter asked for
// no colour is shown to add none itself and to switch all of inquirer's off.
const saved = vi.hoisted(() => {
  const before = { FORCE_COLOR: process.env.FORCE_COLOR, NO_COLOR: process.env.NO_COLOR };
  process.env.FORCE_COLOR = '1';
  delete process.env.NO_COLOR;
  return before;
});

afterAll(() => {
  if (saved.FORCE_COLOR === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = saved.FORCE_COLOR;
  if (saved.NO_COLOR !== undefined) process.env.NO_COLOR = saved.NO_COLOR;
});

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/;

type Context = Parameters<Parameters<typeof render>[0]>[1];

/**
 * Renders one question asked through vatl's inquirer prompter in @inquirer/testing's virtual
 * terminal: `events` types keys, `getScreen` is what the user sees now.
 */
function ask<T>(question: (prompter: Prompter) => Promise<T>, color = false) {
  const prompt = (_config: null, context?: Context) => {
    if (!context?.input || !context.output) throw new Error('render gives input and output');
    const prompter = createInquirerPrompter({
      input: context.input,
      output: context.output,
      color,
    });
    return Object.assign(question(prompter), { cancel: () => undefined });
  };
  return render(prompt, null);
}

const ADOPT = { name: 'Adopt', value: 'adopt', description: 'Go ahead.' };
const ADAPT = { name: 'Adapt', value: 'adapt', description: 'Go ahead only with conditions.' };
const ABANDON = { name: 'Abandon', value: 'abandon', description: 'Do not proceed.' };
const OUTCOMES = [ADOPT, ADAPT, ABANDON];

describe('createInquirerPrompter: select', () => {
  it('moves with the arrow keys, shows the highlighted choice’s description, and answers on enter', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.select({ message: 'What is the decision?', choices: OUTCOMES }),
    );
    expect(getScreen()).toContain('? What is the decision?');
    expect(getScreen()).toContain('> Adopt');
    expect(getScreen()).toContain('Go ahead.');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('> Abandon');
    expect(getScreen()).toContain('Do not proceed.');
    events.keypress('up');
    expect(getScreen()).toContain('> Adapt');
    events.keypress('enter');
    await expect(answer).resolves.toBe('adapt');
    expect(getScreen()).toBe('✔ What is the decision? Adapt');
  });

  it('does not wrap around: down on the last choice stays there', async () => {
    const { answer, events } = await ask((p) =>
      p.select({ message: 'What is the decision?', choices: OUTCOMES, default: 'abandon' }),
    );
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('abandon');
  });

  it('starts on the default, so enter accepts it', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.select({ message: 'What is the decision?', choices: OUTCOMES, default: 'adapt' }),
    );
    expect(getScreen()).toContain('> Adapt');
    events.keypress('enter');
    await expect(answer).resolves.toBe('adapt');
  });

  it('shows a disabled choice with its reason and skips over it', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.select({
        message: 'What is the decision?',
        choices: [{ ...ADOPT, disabled: 'blocked by gate no-privacy-agreement' }, ADAPT, ABANDON],
      }),
    );
    expect(getScreen()).toContain('Adopt blocked by gate no-privacy-agreement');
    expect(getScreen()).toContain('> Adapt');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toBe('adapt');
  });

  it('returns any value, not just strings (vatl uses symbols for Help and Back)', async () => {
    const help = Symbol('help');
    const { answer, events } = await ask((p) =>
      p.select<number | symbol>({
        message: 'How directly does the proposal tie the tool to a priority?',
        choices: [
          { name: '1 Not evident', value: 1 },
          { name: '2 Emerging', value: 2 },
          { name: 'Help: what this question is about', value: help },
        ],
      }),
    );
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe(help);
  });
});

describe('createInquirerPrompter: input', () => {
  it('answers what was typed', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.input({ message: 'Who is the vendor?' }),
    );
    expect(getScreen()).toBe('? Who is the vendor?');
    events.type('Lumen Learning');
    expect(getScreen()).toBe('? Who is the vendor? Lumen Learning');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Lumen Learning');
    expect(getScreen()).toBe('✔ Who is the vendor? Lumen Learning');
  });

  it('shows the default and answers it on enter', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.input({ message: 'Review this decision again by (YYYY-MM-DD):', default: '2026-03-01' }),
    );
    expect(getScreen()).toBe('? Review this decision again by (YYYY-MM-DD): (2026-03-01)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('2026-03-01');
  });

  it('refuses an empty answer when one is required', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.input({ message: 'Evidence: link the policy review.', required: true }),
    );
    events.keypress('enter');
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(getScreen()).toMatch(/> .*provide a value/i);
    events.type('Board policy 6163.4');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Board policy 6163.4');
  });

  it('shows the validation message and waits for a valid answer', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.input({
        message: 'Due (YYYY-MM-DD):',
        validate: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) || 'Enter a date as YYYY-MM-DD.',
      }),
    );
    events.type('soon');
    events.keypress('enter');
    await new Promise((r) => setImmediate(r));
    expect(getScreen()).toContain('> Enter a date as YYYY-MM-DD.');
    for (let i = 0; i < 4; i++) events.keypress('backspace');
    events.type('2025-06-30');
    events.keypress('enter');
    await expect(answer).resolves.toBe('2025-06-30');
  });
});

describe('createInquirerPrompter: checkbox', () => {
  const GROUPS = ['students', 'teachers', 'families'].map((g) => ({ name: g, value: g }));

  it('toggles with space and answers the checked values on enter', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.checkbox({ message: 'Which stakeholder groups were consulted?', choices: GROUPS }),
    );
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    expect(getScreen()).toMatch(/◉ students/);
    expect(getScreen()).toMatch(/◯ teachers/);
    expect(getScreen()).toMatch(/◉ families/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['students', 'families']);
    expect(getScreen()).toBe('✔ Which stakeholder groups were consulted? students, families');
  });

  it('answers an empty list when nothing is checked', async () => {
    const { answer, events } = await ask((p) =>
      p.checkbox({ message: 'Which kinds of AI features does it have?', choices: GROUPS }),
    );
    events.keypress('enter');
    await expect(answer).resolves.toEqual([]);
  });

  it('starts with the choices marked checked', async () => {
    const { answer, events } = await ask((p) =>
      p.checkbox({
        message: 'Which stakeholder groups were consulted?',
        choices: GROUPS.map((g) => ({ ...g, checked: g.value === 'teachers' })),
      }),
    );
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['teachers']);
  });
});

describe('createInquirerPrompter: cancelling', () => {
  it.each<[string, (p: Prompter) => Promise<unknown>]>([
    ['select', (p: Prompter) => p.select({ message: 'What is the decision?', choices: OUTCOMES })],
    ['input', (p: Prompter) => p.input({ message: 'Who is the vendor?' })],
    [
      'checkbox',
      (p: Prompter) =>
        p.checkbox({ message: 'Which groups?', choices: [{ name: 'students', value: 's' }] }),
    ],
  ])('Ctrl-C at a %s prompt rejects with CancelledError', async (_kind, question) => {
    const { answer, events } = await ask(question);
    events.keypress({ name: 'c', ctrl: true });
    const error = await answer.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CancelledError);
  });

  it('passes other errors through unchanged', async () => {
    const { answer } = await ask((p) =>
      p.select({
        message: 'What is the decision?',
        choices: OUTCOMES.map((o) => ({ ...o, disabled: 'blocked' })),
      }),
    );
    const error = await answer.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(CancelledError);
    expect(String(error)).toMatch(/No selectable choices/);
  });
});

describe('createInquirerPrompter: print', () => {
  it('writes text between prompts, ending it with one newline', async () => {
    const { answer, getFullOutput } = await ask(async (p) => {
      p.print('Governance & Ethics · Do More · 1 of 34');
      p.print('Summary\n');
      return 'done';
    });
    await expect(answer).resolves.toBe('done');
    expect(getFullOutput()).toBe('Governance & Ethics · Do More · 1 of 34\nSummary\n');
  });
});

describe('createInquirerPrompter: colour', () => {
  /** Everything written while one prompt was answered with the given keys. */
  async function written(
    color: boolean,
    question: (p: Prompter) => Promise<unknown>,
    keys: string[],
  ): Promise<string> {
    const { answer, events, getFullOutput } = await ask(question, color);
    for (const key of keys) events.keypress(key);
    await answer;
    return getFullOutput();
  }

  const PROMPTS: [string, (p: Prompter) => Promise<unknown>, string[]][] = [
    [
      'a select with descriptions and a disabled choice',
      (p) =>
        p.select({
          message: 'What is the decision?',
          choices: [{ ...ADOPT, disabled: 'blocked by gate x' }, ADAPT, ABANDON],
        }),
      ['down', 'enter'],
    ],
    [
      'an input with a default',
      (p) => p.input({ message: 'Review this decision again by:', default: '2026-03-01' }),
      ['enter'],
    ],
    [
      'a checkbox with an item checked',
      (p) =>
        p.checkbox({
          message: 'Which stakeholder groups were consulted?',
          choices: [
            { name: 'students', value: 'students' },
            { name: 'teachers', value: 'teachers' },
          ],
        }),
      ['space', 'down', 'enter'],
    ],
  ];

  it.each(PROMPTS)('with colour, inquirer styles %s', async (_name, question, keys) => {
    expect(await written(true, question, keys)).toMatch(SGR);
  });

  it.each(PROMPTS)(
    'without colour, %s writes no colour or bold escape code',
    async (_name, question, keys) => {
      const output = await written(false, question, keys);
      const found = output.match(new RegExp(SGR.source, 'g')) ?? [];
      expect(found, `SGR codes in: ${JSON.stringify(output)}`).toEqual([]);
    },
  );

  it('without colour, the select still says how to use it, as it does with colour', async () => {
    const screens: string[] = [];
    for (const color of [true, false]) {
      const { answer, events, getScreen } = await ask(
        (p) => p.select({ message: 'What is the decision?', choices: OUTCOMES }),
        color,
      );
      screens.push(getScreen());
      events.keypress('enter');
      await answer;
    }
    expect(screens[0]).toMatch(/↑↓ navigate • ⏎ select/);
    expect(screens[1]).toMatch(/↑↓ navigate • ⏎ select/);
  });
});
