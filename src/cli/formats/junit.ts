import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import { replaceUnsafe } from '../../core/text/terminal-text.js';
import { inLanguage } from '../speak.js';
import { formatsText } from './formats-language.js';
import type { FormatContext } from './index.js';
import { location } from './stylish.js';

/** JUnit XML: one test case per file checked, failing with its errors. */
export function formatJunit(
  result: CheckResult,
  { language = 'en' }: Partial<FormatContext> = {},
): string {
  const diagnostics = sortDiagnostics(result.diagnostics).map((d) => inLanguage(d, language));
  const words = formatsText(language);
  const files = [...new Set([...result.files, ...diagnostics.map((d) => d.file)])].sort();
  const failing = files.filter((f) =>
    diagnostics.some((d) => d.file === f && d.severity === 'error'),
  ).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vatl validate" tests="${files.length}" failures="${failing}" errors="0">`,
    `  <testsuite name="vatl validate" tests="${files.length}" failures="${failing}" errors="0" skipped="0">`,
  ];
  for (const file of files) {
    const own = diagnostics.filter((d) => d.file === file);
    const { warnings } = countBySeverity(own);
    lines.push(`    <testcase classname="vatl" name="${xml(file)}">`);
    for (const d of own.filter((x) => x.severity === 'error')) {
      lines.push(
        `      <failure type="${xml(d.code)}" message="${xml(d.message)}">${xml(`${location(d)} ${d.code} ${d.message}${d.hint ? ` ${d.hint}` : ''}`)}</failure>`,
      );
    }
    if (warnings > 0) {
      const text = own
        .filter((x) => x.severity === 'warning')
        .map((d) => xml(`${location(d)} ${words.junitWarning} ${d.code} ${d.message}`))
        .join('\n');
      lines.push(`      <system-out>${text}</system-out>`);
    }
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}

/**
 * Text for an XML 1.0 attribute or element. Characters XML 1.0 cannot carry at all (C0
 * controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) become U+FFFD, so the report
 * always parses. Tab, LF, CR, DEL, C1 controls and bidi or invisible characters are written
 * as character references (`&#10;`): a parser reads the exact text back (an attribute keeps its line
 * breaks), and no raw control character reaches a terminal the report is printed to.
 */
function xml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return replaceUnsafe(escaped, (ch) => `&#${ch.codePointAt(0) ?? 0};`);
}
