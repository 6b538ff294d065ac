import type { PluralForms } from '../../core/i18n/plural.js';

/** The words the output formats print around the diagnostics. */
export interface FormatsText {
  /** The stylish severity column, padded to one width. */
  error: string;
  warning: string;
  file: PluralForms;
  problem: PluralForms;
  errors: PluralForms;
  warnings: PluralForms;
  /** `✔ 3 files checked, no problems.` */
  clean(files: string): string;
  /** `✖ 3 problems (2 errors, 1 warning) in 5 files checked.` */
  summary(problems: string, errors: string, warnings: string, files: string): string;
  /** JUnit's line for a warning: `file:1:2 warning code message`. */
  junitWarning: string;
  /** A SARIF rule's help when it has a hint, and the text before the documentation link. */
  sarifHelp(docs: string, hint: string | undefined, url: string): string;
}

export const FORMATS_TEXT: FormatsText = {
  error: 'error  ',
  warning: 'warning',
  file: { one: 'file', other: 'files' },
  problem: { one: 'problem', other: 'problems' },
  errors: { one: 'error', other: 'errors' },
  warnings: { one: 'warning', other: 'warnings' },
  clean: (files) => `✔ ${files} checked, no problems.`,
  summary: (problems, errors, warnings, files) =>
    `✖ ${problems} (${errors}, ${warnings}) in ${files} checked.`,
  junitWarning: 'warning',
  sarifHelp: (docs, hint) => (hint ? `${docs} Fix: ${hint}` : docs),
};
