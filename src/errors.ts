/** Exit codes, as the README documents them. */
export const EXIT = {
  ok: 0,
  /** vatl ran and found problems. */
  problems: 1,
  /** Usage error, or vatl could not run (unreadable input, a broken config). */
  usage: 2,
  /** The user cancelled (Ctrl-C). */
  cancelled: 130,
} as const;

/**
 * An error the user should see as one clear message (and a hint), not a stack trace.
 * Only the CLI's entry point turns it into text and an exit code.
 */
export class VatlError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; exitCode?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VatlError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.usage;
  }
}

/** The user cancelled a prompt (Ctrl-C); whatever was saved has been said already. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

/** A memo template could not be compiled or rendered; `template` names the file. */
export class TemplateError extends Error {
  readonly template: string;
  constructor(template: string, message: string) {
    super(message);
    this.name = 'TemplateError';
    this.template = template;
  }
}
