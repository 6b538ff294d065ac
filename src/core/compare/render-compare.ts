import { TemplateError } from '../../errors.js';
import { say } from '../i18n/said.js';
import { TEMPLATE_TEXT } from '../memo/template-text.js';
import type { Language } from '../i18n/language.js';
import { renderTemplate, templatesIn } from '../memo/render-memo.js';
import type { MemoTemplates } from '../memo/render-memo.js';
import type { CompareView } from './compare-view.js';

/**
 * Renders the comparison page from its view with `compare.md.hbs`, through the memo's
 * renderer: an isolated Handlebars instance, strict, no HTML escaping (the view escaped user
 * text for Markdown), the memo partials available.
 *
 * @throws {TemplateError} when the template is missing or fails to compile or render
 */
export function renderCompare(
  view: CompareView,
  templates: MemoTemplates,
  language: Language = 'en',
): string {
  const set = templatesIn(templates, language);
  const name = language === 'en' ? 'compare.md.hbs' : `${language}/compare.md.hbs`;
  if (!set.compare) {
    const said = say(TEMPLATE_TEXT, 'template.no-compare', { name });
    throw new TemplateError(name, said.message, said.text);
  }
  return renderTemplate(view, set.compare, set.partials);
}
