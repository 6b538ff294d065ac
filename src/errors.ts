import { exitCodeOf } from './core/catalogue/index.js';
import type { DiagnosticCode } from './core/catalogue/index.js';
import type { TextRef } from './core/i18n/said.js';

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
  readonly code: DiagnosticCode;
  readonly hint: string | undefined;
  /** What the message and hint were said from (`core/i18n/said.ts`), so run() can say them in the user's language. */
  readonly text: TextRef | undefined;
  /** Derived from the code's class in the catalogue: 1 for a problem found, 2 for could not run. */
  readonly exitCode: number;

  constructor(
    code: DiagnosticCode,
    message: string,
    options: { hint?: string; cause?: unknown; text?: TextRef } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VatlError';
    this.code = code;
    this.hint = options.hint;
    this.text = options.text;
    this.exitCode = exitCodeOf(code);
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
  /** What the message was said from, to say it in the user's language. */
  readonly text: TextRef | undefined;
  constructor(template: string, message: string, text?: TextRef) {
    super(message);
    this.name = 'TemplateError';
    this.template = template;
    this.text = text;
  }
}

/**
 * The run stops with this exit code, and the user has been told why already (the problems
 * were printed): `run` prints nothing more for it.
 */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
  }
}
