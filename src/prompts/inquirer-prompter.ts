import { checkbox, input, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import type { Prompter } from './prompter.js';

const plain = (text: string) => text;

/** Asks at a terminal with @inquirer/prompts. Without colour, the theme styles nothing. */
export function createInquirerPrompter(options: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}): Prompter {
  const context = { input: options.input, output: options.output, clearPromptOnDone: false };
  const theme = options.color
    ? {}
    : {
        prefix: { idle: '?', done: '✔' },
        style: {
          answer: plain,
          message: plain,
          error: (t: string) => `> ${t}`,
          defaultAnswer: (t: string) => `(${t})`,
          help: plain,
          highlight: plain,
          key: plain,
          description: plain,
          disabled: plain,
          disabledChoice: (t: string) => `- ${t}`,
          keysHelpTip: (keys: [string, string][]) =>
            keys.map(([key, action]) => `${key} ${action}`).join(' • '),
        },
        icon: { cursor: '>', checked: '◉', unchecked: '◯' },
      };
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (
        error instanceof Error &&
        (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
      )
        throw new CancelledError();
      throw error;
    }
  };
  return {
    select: (q) =>
      guard(() =>
        select(
          {
            message: q.message,
            choices: q.choices.map((c) => ({
              name: c.name,
              value: c.value,
              ...(c.description ? { description: c.description } : {}),
              ...(c.disabled ? { disabled: c.disabled } : {}),
            })),
            ...(q.default !== undefined ? { default: q.default } : {}),
            pageSize: 12,
            loop: false,
            theme,
          },
          context,
        ),
      ),
    checkbox: (q) =>
      guard(() =>
        checkbox(
          {
            message: q.message,
            choices: q.choices.map((c) => ({
              name: c.name,
              value: c.value,
              ...(c.checked ? { checked: true } : {}),
              ...(c.description ? { description: c.description } : {}),
            })),
            pageSize: 12,
            loop: false,
            theme,
          },
          context,
        ),
      ),
    input: (q) =>
      guard(() =>
        input(
          {
            message: q.message,
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.required ? { required: true } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
            theme,
          },
          context,
        ),
      ),
    print: (text) => {
      options.output.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
