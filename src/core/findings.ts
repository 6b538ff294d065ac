import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
import type { TextRef } from './i18n/said.js';
import type { PathSegment, YamlFile } from './yaml/parse-yaml.js';

/** A rule's finding, located by its path in the file it is about. */
export interface Finding {
  path: PathSegment[];
  part?: 'key' | 'value';
  severity?: Severity;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** What `message` and `hint` were said from, to say them in another language. */
  text?: TextRef;
}

/** Turns a finding into a diagnostic at the line and column of the YAML node it names. */
export function locateFinding(yaml: YamlFile, finding: Finding): Diagnostic {
  const { line, column } = yaml.locate(finding.path, finding.part);
  return {
    file: yaml.file,
    line,
    column,
    severity: finding.severity ?? 'error',
    code: finding.code,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
    ...(finding.text ? { text: finding.text } : {}),
  };
}
