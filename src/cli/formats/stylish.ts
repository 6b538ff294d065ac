import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult, Diagnostic } from '../../core/diagnostics.js';
import { visible } from '../../core/text/terminal-text.js';
import { inLanguage } from '../speak.js';
import { counted } from '../../core/i18n/plural.js';
import { formatsText } from './formats-language.js';
import type { FormatContext } from './index.js';

/**
 * One line per problem — `file:line:col  severity  code  message` — then a summary. Paths,
 * messages and hints quote files and answers, so their control and bidi characters are shown
 * as escapes: a newline in an answer cannot start a line of its own (a forged summary).
 */
export function formatStylish(
  result: CheckResult,
  { style, language = 'en' }: FormatContext,
): string {
  const words = formatsText(language);
  const count = (n: number, forms: typeof words.file) => counted(n, forms, language);
  const lines = sortDiagnostics(result.diagnostics).map((said) => {
    const d = inLanguage(said, language);
    const severity = d.severity === 'error' ? style.red(words.error) : style.yellow(words.warning);
    const hint = d.hint ? ` ${style.dim(visible(d.hint))}` : '';
    return `${visible(location(d))}  ${severity}  ${style.dim(visible(d.code))}  ${visible(d.message)}${hint}`;
  });
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const files = count(result.files.length, words.file);
  if (errors + warnings === 0) {
    lines.push(style.green(words.clean(files)));
  } else {
    const summary = words.summary(
      count(errors + warnings, words.problem),
      count(errors, words.errors),
      count(warnings, words.warnings),
      files,
    );
    lines.push('', errors > 0 ? style.red(style.bold(summary)) : style.yellow(style.bold(summary)));
  }
  return lines.join('\n') + '\n';
}

export function location(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
