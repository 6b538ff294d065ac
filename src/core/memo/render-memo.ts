import Handlebars from 'handlebars';
import { TemplateError } from '../../errors.js';
import type { Language } from '../i18n/language.js';
import { replaceUnsafe, visible } from '../text/terminal-text.js';
import { checkTemplate, templateMessage } from './template-rules.js';
import type { TemplateSaid } from './template-rules.js';
import { say } from '../i18n/said.js';
import { TEMPLATE_TEXT } from './template-text.js';
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

/** The memo template and its partials, by name (`decision` for partials/decision.md.hbs), in one language. */
export interface MemoTemplateSet {
  main: MemoTemplate;
  partials: Record<string, MemoTemplate>;
  /** `compare.md.hbs`, the page `vatl compare` renders, when it was found. */
  compare?: MemoTemplate;
  /** `family.md.hbs`, the family summary (`vatl render --audience family`), when it was found. */
  family?: MemoTemplate;
}

/**
 * The English templates (templates/ and each override folder), and the sets of other languages
 * that were loaded (templates/es/ and each override folder's es/), by language. A set never
 * borrows from another language's: a Spanish memo is written with Spanish templates only.
 */
export interface MemoTemplates extends MemoTemplateSet {
  languages?: Partial<Record<Exclude<Language, 'en'>, MemoTemplateSet>>;
}

/**
 * The templates of a language: the English ones, or the loaded set of another language.
 *
 * @throws {TemplateError} when that language's templates were not loaded
 */
export function templatesIn(templates: MemoTemplates, language: Language): MemoTemplateSet {
  if (language === 'en') return templates;
  const set = templates.languages?.[language];
  if (!set)
    throw templateError(
      `${language}/memo.md.hbs`,
      say(TEMPLATE_TEXT, 'template.language-not-loaded', { language }),
    );
  return set;
}

/**
 * Renders the memo from its view. Uses its own Handlebars instance (nothing global), strict
 * about missing fields, and no HTML escaping: the view model has escaped user text for Markdown.
 * The output has one blank line at most between blocks and ends in exactly one newline.
 */
export function renderMemo(view: MemoView, templates: MemoTemplates): string {
  const set = templatesIn(templates, view.language);
  return renderTemplate(view, set.main, set.partials);
}

/**
 * Renders any logic-free view with `main` and the partials, as renderMemo does (the memo and
 * the comparison page share the instance rules, the strictness and the tidying).
 *
 * A template sees only the view's own data: a path or `lookup` that names a prototype
 * property (`__proto__`, `constructor`, `toString`…), a helper vatl does not have, `log`,
 * a missing partial or a field the view lacks fails with the template's line; nothing is
 * written to the console.
 *
 * @throws {TemplateError} naming the template that failed, and the line
 */
export function renderTemplate(
  view: object,
  main: MemoTemplateSet['main'],
  partialTemplates: MemoTemplateSet['partials'],
): string {
  const hbs = Handlebars.create();
  hbs.unregisterHelper('log');
  hbs.registerHelper('lookup', ownLookup);
  const names = new Set(Object.keys(partialTemplates));
  const compile = (template: MemoTemplate) => {
    try {
      // A built-in template was checked and precompiled at build (scripts/build.js).
      if (template.precompiled)
        return { render: hbs.template(template.precompiled), used: undefined };
      const ast = hbs.parse(template.source);
      const used = checkTemplate(ast, names);
      return { render: hbs.compile(ast, TEMPLATE_OPTIONS), used };
    } catch (error) {
      const said = templateMessage(error);
      throw new TemplateError(template.name, said.message, said.text);
    }
  };
  for (const [name, partial] of Object.entries(partialTemplates)) {
    const { render, used } = compile(partial);
    // Partials compile lazily and fail when rendered: wrap each so its errors name its file.
    hbs.registerPartial(name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
      try {
        return render(context, runtime);
      } catch (error) {
        throw error instanceof TemplateError
          ? error
          : templateError(partial.name, templateMessage(error, used));
      }
    });
  }
  const { render, used } = compile(main);
  let output: string;
  try {
    output = render(ownData(view), RUNTIME);
  } catch (error) {
    throw error instanceof TemplateError
      ? error
      : templateError(main.name, templateMessage(error, used));
  }
  return tidy(output);
}

/**
 * Strict: a field the view lacks is an error. No HTML escaping: the view escaped user text
 * for Markdown. Only the helpers in TEMPLATE_HELPERS: `log` would write to the console, and
 * an unknown name fails when the template compiles. The same options at build time
 * (scripts/build.js precompiles the built-in templates) and here.
 */
export const TEMPLATE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false, helperMissing: false, blockHelperMissing: false },
} as const;

/** Said outright, so Handlebars denies prototype access without logging to the console. */
const RUNTIME: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/**
 * `lookup` as Handlebars has it, except that a key the object only inherits (`__proto__`,
 * `constructor`, an array's `map`) is an error rather than nothing. A key that is not there
 * at all gives nothing, as with `{{#if}}`.
 */
function ownLookup(obj: unknown, key: unknown, options: Handlebars.HelperOptions): unknown {
  if (obj === null || obj === undefined) return undefined;
  const name = String(key);
  const box = Object(obj) as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(box, name)) return box[name];
  if (name in box)
    throw new Handlebars.Exception(
      `\`lookup\` reaches for \`${name}\`, which the value only inherits; it is not a field of the memo.`,
      { loc: (options as { loc?: unknown }).loc } as unknown as hbs.AST.Node,
    );
  return undefined;
}

/** An array's prototype in the view: nothing inherited but how it prints (`a,b`). */
const ARRAY_PROTOTYPE: object = Object.create(null, {
  [Symbol.toPrimitive]: {
    value(this: unknown[]) {
      return Array.prototype.join.call(this, ',');
    },
  },
});

/**
 * A copy of the view whose arrays inherit nothing, so `{{list.map}}` is a missing field (an
 * error, with its line) rather than a denied prototype method that renders as nothing.
 * Objects keep their prototype: the names it gives are refused by checkTemplate.
 */
function ownData(value: unknown): unknown {
  if (Array.isArray(value))
    return Object.setPrototypeOf(value.map(ownData), ARRAY_PROTOTYPE) as unknown[];
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownData(v)]));
  return value;
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

function templateError(template: string, said: TemplateSaid): TemplateError {
  return new TemplateError(template, said.message, said.text);
}
