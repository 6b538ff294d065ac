/** One option of a choice prompt. */
export interface PromptChoice<T> {
  name: string;
  value: T;
  /** Shown when the option is highlighted. */
  description?: string;
  /** Why it cannot be chosen, or true. */
  disabled?: boolean | string;
}

/** Asked with `back: true`, the user pressed Esc: the step goes back to the answer before. */
export class BackRequested extends Error {
  constructor() {
    super('Back.');
    this.name = 'BackRequested';
  }
}

/** What every prompt may carry besides its message. */
export interface PromptOptions {
  /** Esc goes back: the prompt rejects with BackRequested. */
  back?: boolean;
}

/**
 * The questions vatl asks, independent of how they are asked: the inquirer implementation
 * asks a person at a terminal; tests pass a scripted one. Cancelling (Ctrl-C) rejects with
 * CancelledError. Framework and review text in messages, choices and descriptions is shown
 * through `visible` by the implementation, so a control character never acts.
 */
export interface Prompter {
  select<T>(
    q: {
      message: string;
      choices: PromptChoice<T>[];
      default?: T;
      /** Values that lead somewhere else (Help): choosing one is not echoed as an answer. */
      transient?: readonly T[];
    } & PromptOptions,
  ): Promise<T>;
  checkbox<T>(
    q: {
      message: string;
      choices: (PromptChoice<T> & { checked?: boolean })[];
      /** Why the values checked will not do, or true. */
      validate?: (values: readonly T[]) => string | true;
    } & PromptOptions,
  ): Promise<T[]>;
  input(
    q: {
      message: string;
      default?: string;
      required?: boolean;
      validate?: (value: string) => string | true;
    } & PromptOptions,
  ): Promise<string>;
  /** Text shown between prompts (headers, help, the summary). */
  print(text: string): void;
}
