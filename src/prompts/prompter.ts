/** One option of a choice prompt. */
export interface PromptChoice<T> {
  name: string;
  value: T;
  /** Shown when the option is highlighted. */
  description?: string;
  /** Why it cannot be chosen, or true. */
  disabled?: boolean | string;
}

/**
 * The questions vatl asks, independent of how they are asked: the inquirer implementation
 * asks a person at a terminal; tests pass a scripted one. Cancelling (Ctrl-C) rejects with
 * CancelledError.
 */
export interface Prompter {
  select<T>(q: { message: string; choices: PromptChoice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(q: {
    message: string;
    choices: (PromptChoice<T> & { checked?: boolean })[];
  }): Promise<T[]>;
  input(q: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: (value: string) => string | true;
  }): Promise<string>;
  /** Text shown between prompts (headers, help, the summary). */
  print(text: string): void;
}
