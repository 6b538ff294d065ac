import type { Language } from '../core/i18n/language.js';
import type { FileSystem } from '../io/file-system.js';
import type { Prompter } from '../prompts/prompter.js';

/** Where output goes: a stream, or a buffer in tests. */
export interface Writer {
  write(text: string): void;
}

/**
 * Everything a command touches outside itself. Built from the real process in main.ts and
 * faked in tests; `now()` is the only clock.
 */
export interface CliDeps {
  /** vatl's version, as `--version` prints it. */
  version: string;
  fs: FileSystem;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Writer;
  stderr: Writer;
  /** Whether stdin and stdout are terminals a person can answer prompts on. */
  interactive: boolean;
  /** Whether the terminal shows colour, before --no-color is considered. */
  colorSupported: boolean;
  now(): Date;
  /** The path vatl was started from (process.argv[1]), to tell users the command they ran. */
  script?: string;
  /** The terminal's width in columns, when output is a terminal. */
  columns?: number;
  /** Makes the prompter interactive commands ask with; loaded only when one runs. */
  createPrompter(options: { color: boolean }): Promise<Prompter>;
  /**
   * Where a command records the language it resolved (`useLanguage` in report.ts), so that
   * run() prints an error thrown after that in the same language. run() provides it.
   */
  spoken?: { language?: Language };
}

/** What every command receives: the deps plus the global options already applied. */
export interface CommandContext extends CliDeps {
  color: boolean;
  verbose: boolean;
  /**
   * The language `--lang` asked for, if it was given. A command that loads the config resolves
   * its language with `resolveLanguage(ctx.lang, config.language)`.
   */
  lang?: Language;
}
