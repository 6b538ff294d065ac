import { TemplateError } from '../../errors.js';
import { renderTemplate } from '../memo/render-memo.js';
import type { MemoTemplates } from '../memo/render-memo.js';
import type { CompareView } from './compare-view.js';

/**
 * Renders the comparison page from its view with `compare.md.hbs`, through the memo's
 * renderer: an isolated Handlebars instance, strict, no HTML escaping (the view escaped user
 * text for Markdown), the memo partials available.
 *
 * @throws {TemplateError} when the template is missing or fails to compile or render
 */
export function renderCompare(view: CompareView, templates: MemoTemplates): string {
  if (!templates.compare)
    throw new TemplateError('compare.md.hbs', 'No compare.md.hbs was found; reinstall vatl.');
  return renderTemplate(view, templates.compare, templates.partials);
}
