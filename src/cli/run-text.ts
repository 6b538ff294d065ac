/** What run() itself says when a run stops: cancelled, a template that failed, a bug. */
export interface RunText {
  cancelled: string;
  templateFailed(template: string, message: string): string;
  templateHint: string;
  internalError(message: string): string;
  internalHint: string;
}

export const RUN_TEXT: RunText = {
  cancelled: 'cancelled.',
  templateFailed: (template, message) => `the template ${template} failed: ${message}`,
  templateHint: 'Fix the template (or remove the override), then run again.',
  internalError: (message) => `internal error: ${message}`,
  internalHint: 'This is a bug in vatl. Run again with --verbose for details, and report it.',
};
