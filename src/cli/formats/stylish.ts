import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult, Diagnostic } from '../../core/diagnostics.js';
import { visible } from '../../core/text/terminal-text.js';
import type { FormatContext } from './index.js';

/**
 * One line per problem — `file:line:col  severity  code  message` — then a summary. Paths,
 * messages and hints quote files and answers, so their control and bidi characters are shown
 * as escapes: a newline in an answer cannot start a line of its own (a forged summary).
 */
export function formatStylish(result: CheckResult, { style }: FormatContext): string {
  const lines = sortDiagnostics(result.diagnostics).map((d) => {
    const severity = d.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    const hint = d.hint ? ` ${style.dim(visible(d.hint))}` : '';
    return `${visible(location(d))}  ${severity}  ${style.dim(visible(d.code))}  ${visible(d.message)}${hint}`;
  });
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const files = plural(result.files.length, 'file');
  if (errors + warnings === 0) {
    lines.push(style.green(`✔ ${files} checked, no problems.`));
  } else {
    const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files} checked.`;
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
