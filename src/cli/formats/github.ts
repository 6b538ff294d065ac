import { sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import { inLanguage } from '../speak.js';
import type { FormatContext } from './index.js';
import { visible } from '../../core/text/terminal-text.js';

/**
 * GitHub Actions workflow commands, so problems show on the pull request's lines. Each
 * command is one line: `%`, CR and LF are encoded as GitHub's spec asks (and `:` and `,` in
 * properties), and every other control or bidi character is shown as an escape, since the
 * commands are printed to the job log (and to a terminal when run locally).
 */
export function formatGithub(
  result: CheckResult,
  { language = 'en' }: Partial<FormatContext> = {},
): string {
  return sortDiagnostics(result.diagnostics)
    .map((said) => {
      const d = inLanguage(said, language);
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.line > 0) props.push(`line=${d.line}`, `col=${d.column}`);
      props.push(`title=${escapeProperty(d.code)}`);
      const message = d.hint ? `${d.message} ${d.hint}` : d.message;
      return `::${d.severity} ${props.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  // visible() adds no `%`, CR or LF, so nothing is escaped twice.
  return visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
