import Handlebars from 'handlebars';
import { TemplateError } from '../../errors.js';
import { replaceUnsafe, visible } from '../text/terminal-text.js';
import type { MemoView } from './memo-view.js';

/** The memo template and its partials, by name (`decision` for partials/decision.md.hbs). */
export interface MemoTemplates {
  main: { name: string; source: string };
  partials: Record<string, { name: string; source: string }>;
  /** `compare.md.hbs`, the page `vatl compare` renders, when it was found. */
  compare?: { name: string; source: string };
}

/**
 * Renders the memo from its view. Uses its own Handlebars instance (nothing global), strict
 * about missing fields, and no HTML escaping: the view model has escaped user text for Markdown.
 * The output has one blank line at most between blocks and ends in exactly one newline.
 */
export function renderMemo(view: MemoView, templates: MemoTemplates): string {
  return renderTemplate(view, templates.main, templates.partials);
}

/**
 * Renders any logic-free view with `main` and the partials, as renderMemo does (the memo and
 * the comparison page share the instance rules, the strictness and the tidying).
 *
 * @throws {TemplateError} naming the template that failed
 */
export function renderTemplate(
  view: object,
  main: MemoTemplates['main'],
  partialTemplates: MemoTemplates['partials'],
): string {
  const hbs = Handlebars.create();
  const options = { strict: true, noEscape: true, knownHelpersOnly: true } as const;
  for (const [name, partial] of Object.entries(partialTemplates)) {
    let compiled: Handlebars.TemplateDelegate;
    try {
      compiled = hbs.compile(partial.source, options);
    } catch (error) {
      throw new TemplateError(partial.name, messageOf(error));
    }
    // Partials compile lazily and fail when rendered: wrap each so its errors name its file.
    hbs.registerPartial(name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, runtime);
      } catch (error) {
        throw error instanceof TemplateError
          ? error
          : new TemplateError(partial.name, messageOf(error));
      }
    });
  }
  let output: string;
  try {
    output = hbs.compile(main.source, options)(view);
  } catch (error) {
    throw error instanceof TemplateError ? error : new TemplateError(main.name, messageOf(error));
  }
  return tidy(output);
}

function messageOf(error: unknown): string {
  return (
    (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'template error'
  );
}

/**
 * Trailing spaces go, runs of blank lines fold to one, and the file ends with one newline. A
 * control or bidi character still in the output (from a template, or text a view did not
 * escape) is shown as an escape (`\x1b`), which Markdown prints as it is: no memo carries one.
 */
function tidy(markdown: string): string {
  const text =
    markdown
      .replace(/\r\n/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n';
  return replaceUnsafe(text, (ch) => (ch === '\n' || ch === '\t' ? ch : visible(ch)));
}
