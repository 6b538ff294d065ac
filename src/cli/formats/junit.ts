import { countBySeverity, sortDiagnostics } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/diagnostics.js';
import { location } from './stylish.js';

/** JUnit XML: one test case per file checked, failing with its errors. */
export function formatJunit(result: CheckResult): string {
  const diagnostics = sortDiagnostics(result.diagnostics);
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
        .map((d) => `${location(d)} warning ${d.code} ${d.message}`)
        .join('\n');
      lines.push(`      <system-out>${xml(text)}</system-out>`);
    }
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot carry at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD')
  );
}
