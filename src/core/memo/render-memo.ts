import Handlebars from 'handlebars';
import { TemplateError } from '../../errors.js';
import type { MemoView } from './memo-view.js';

/**
 * One template: where it came from and its source, and the same source precompiled at build
 * time when it is a built-in one (`scripts/build.js`), which renders without compiling.
 */
export interface MemoTemplate {
  name: string;
  source: string;
  precompiled?: Parameters<typeof Handlebars.template>[0];
}

/** The memo template and its partials, by name (`decision` for partials/decision.md.hbs). */
export interface MemoTemplates {
  main: MemoTemplate;
  partials: Record<string, MemoTemplate>;
  /** `compare.md.hbs`, the page `vatl compare` renders, when it was found. */
  compare?: MemoTemplate;
}

/** The options every template is compiled with, at build time or here. */
export const TEMPLATE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true } as const;

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
  const compile = (template: MemoTemplate): Handlebars.TemplateDelegate =>
    template.precompiled
      ? hbs.template(template.precompiled)
      : hbs.compile(template.source, TEMPLATE_OPTIONS);
  for (const [name, partial] of Object.entries(partialTemplates)) {
    let compiled: Handlebars.TemplateDelegate;
    try {
      compiled = compile(partial);
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
    output = compile(main)(view);
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

/** Trailing spaces go, runs of blank lines fold to one, and the file ends with one newline. */
function tidy(markdown: string): string {
  return (
    markdown
      .replace(/\r\n/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
