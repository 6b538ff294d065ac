import { checkbox, input, select } from '@inquirer/prompts';
import { visible } from '../core/text/terminal-text.js';
import { CancelledError } from '../errors.js';
import { BackRequested } from './prompter.js';
import type { PromptOptions, Prompter } from './prompter.js';

const plain = (text: string) => text;

/**
 * Asks at a terminal with @inquirer/prompts. Without colour, the theme styles nothing. Every
 * message, choice and description passes through `visible` here, the one boundary between
 * framework or review text and the terminal.
 */
export function createInquirerPrompter(options: {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}): Prompter {
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
  /** The line inquirer leaves for an answered prompt, for prompts that clear themselves. */
  const doneLine = (message: string, answer: string) =>
    options.color
      ? `\u001b[32m✔\u001b[39m \u001b[1m${message}\u001b[22m \u001b[36m${answer}\u001b[39m\n`
      : `✔ ${message} ${answer}\n`;
  /**
   * Runs one prompt: Ctrl-C becomes CancelledError; with `back`, Esc aborts the prompt and
   * becomes BackRequested.
   */
  const ask = async <T>(
    o: PromptOptions & { clear?: boolean },
    run: (context: object) => Promise<T>,
  ): Promise<T> => {
    const controller = new AbortController();
    const onKey = (_text: unknown, key: { name?: string } | undefined) => {
      if (key?.name === 'escape') controller.abort('back');
    };
    if (o.back) options.input.on('keypress', onKey);
    const context = {
      input: options.input,
      output: options.output,
      clearPromptOnDone: o.clear ?? false,
      ...(o.back ? { signal: controller.signal } : {}),
    };
    try {
      return await run(context);
    } catch (error) {
      if (controller.signal.aborted) throw new BackRequested();
      if (
        error instanceof Error &&
        (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
      )
        throw new CancelledError();
      throw error;
    } finally {
      if (o.back) options.input.off('keypress', onKey);
    }
  };
  const shown = <C extends { name: string; description?: string; disabled?: boolean | string }>(
    c: C,
  ) => ({
    name: visible(c.name),
    ...(c.description ? { description: visible(c.description) } : {}),
    ...(c.disabled
      ? { disabled: typeof c.disabled === 'string' ? visible(c.disabled) : true }
      : {}),
  });
  return {
    select: async (q) => {
      const transient = q.transient ?? [];
      const message = visible(q.message);
      const value = await ask({ back: q.back, clear: transient.length > 0 }, (context) =>
        select(
          {
            message,
            choices: q.choices.map((c) => ({ ...shown(c), value: c.value })),
            ...(q.default !== undefined ? { default: q.default } : {}),
            pageSize: 12,
            loop: false,
            theme,
          },
          context,
        ),
      );
      // A prompt that cleared itself leaves the answer line inquirer would have left, unless
      // the choice only led elsewhere (Help), which is not an answer.
      if (transient.length > 0 && !transient.includes(value)) {
        const chosen = q.choices.find((c) => c.value === value);
        options.output.write(doneLine(message, visible(chosen?.name ?? '')));
      }
      return value;
    },
    checkbox: (q) =>
      ask({ back: q.back }, (context) =>
        checkbox(
          {
            message: visible(q.message),
            choices: q.choices.map((c) => ({
              ...shown(c),
              value: c.value,
              ...(c.checked ? { checked: true } : {}),
            })),
            ...(q.validate
              ? {
                  validate: (items: readonly { value: (typeof q.choices)[number]['value'] }[]) =>
                    q.validate?.(items.map((i) => i.value)) ?? true,
                }
              : {}),
            pageSize: 12,
            loop: false,
            theme,
          },
          context,
        ),
      ),
    input: (q) =>
      ask({ back: q.back }, (context) =>
        input(
          {
            message: visible(q.message),
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
