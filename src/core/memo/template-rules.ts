// What a memo template may reach for, checked before it renders, and Handlebars' errors in a
// district's words. Templates come from a district's own folder, or from wherever it copied
// them: one that reaches for JavaScript's prototype (`__proto__`, `constructor`…) or calls a
// helper vatl does not have fails, naming the line, rather than rendering something else.
import Handlebars from 'handlebars';
import { say } from '../i18n/said.js';
import type { TextRef } from '../i18n/said.js';
import { TEMPLATE_TEXT } from './template-text.js';

type Node = { type?: string; loc?: { start: { line: number; column: number } } } & Record<
  string,
  unknown
>;

/** Names every JavaScript object inherits: a template never means one of them. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** The helpers a template may use: Handlebars' own, except `log` (it writes to the console). */
export const TEMPLATE_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;

type Place = { line: number; column: number } | undefined;

/** Where a problem is, 1-based, for the text tables (Handlebars counts columns from 0). */
function placed(at: Place): { line?: number; column?: number } {
  return at ? { line: at.line, column: at.column + 1 } : {};
}

/** What went wrong in a template, said from the template text table. */
export interface TemplateSaid {
  message: string;
  text: TextRef;
}

/** A problem at a place in a template: `line 2, column 3: …`. */
export class TemplateProblem extends Error {
  readonly text: TextRef;
  constructor(said: TemplateSaid) {
    super(said.message);
    this.text = said.text;
  }
}

/**
 * Checks a parsed template: no path or `lookup` names a prototype property, and every partial
 * it includes exists (or is defined inline). Returns where each name is used, to place an error
 * that Handlebars reports without a location.
 *
 * @throws {TemplateProblem} at the first name that breaks a rule
 */
export function checkTemplate(
  ast: hbs.AST.Program,
  partials: ReadonlySet<string>,
): Map<string, { line: number; column: number }> {
  const used = new Map<string, { line: number; column: number }>();
  const inline = new Set<string>();
  const included: { name: string; node: Node }[] = [];
  const at = (node: Node) => node.loc?.start;
  const visit = (node: Node) => {
    if (node.type === 'PathExpression') {
      for (const part of node.parts as string[]) {
        if (!used.has(part)) used.set(part, at(node) ?? { line: 0, column: 0 });
        if (PROTOTYPE_NAMES.has(part))
          throw new TemplateProblem(
            say(TEMPLATE_TEXT, 'template.prototype-path', {
              ...placed(at(node)),
              original: String(node.original),
              part,
            }),
          );
      }
    }
    const path = node.path as Node | undefined;
    const params = (node.params ?? []) as Node[];
    if (path?.type === 'PathExpression' && path.original === 'lookup') {
      const key = params[1];
      if (key?.type === 'StringLiteral' && PROTOTYPE_NAMES.has(String(key.value)))
        throw new TemplateProblem(
          say(TEMPLATE_TEXT, 'template.prototype-lookup', {
            ...placed(at(node)),
            key: String(key.value),
          }),
        );
    }
    if (node.type === 'DecoratorBlock' && path?.original === 'inline') {
      const name = params[0];
      if (name?.type === 'StringLiteral') inline.add(String(name.value));
    }
    if (node.type === 'PartialStatement') {
      const name = node.name as Node;
      if (name.type === 'PathExpression' || name.type === 'StringLiteral')
        included.push({ name: String(name.original), node });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) visitChild(child);
      else visitChild(value);
    }
  };
  const visitChild = (value: unknown) => {
    if (value && typeof value === 'object' && 'type' in value) visit(value as Node);
  };
  visit(ast as unknown as Node);
  for (const { name, node } of included)
    if (!partials.has(name) && !inline.has(name))
      throw new TemplateProblem(
        say(TEMPLATE_TEXT, 'template.no-partial', { ...placed(at(node)), name }),
      );
  return used;
}

/**
 * The first line of what went wrong, with its place in the template: Handlebars' own messages
 * put in plain words where they are known.
 */
export function templateMessage(
  error: unknown,
  used: ReadonlyMap<string, { line: number; column: number }> = new Map(),
): TemplateSaid {
  if (error instanceof TemplateProblem) return { message: error.message, text: error.text };
  const text = error instanceof Error ? error.message : String(error);
  const parse = /^Parse error on line (\d+):[\s\S]*, got '(.*)'$/.exec(text);
  if (parse) return said('template.parse', { line: Number(parse[1]), got: parse[2] ?? '' });
  const where =
    error instanceof Handlebars.Exception && typeof error.lineNumber === 'number'
      ? { line: error.lineNumber, column: error.column }
      : undefined;
  const message = text.replace(/ - \d+:\d+$/, '').split('\n')[0] ?? 'template error';
  const missing = /^"(.*)" not defined in /.exec(message);
  if (missing) return said('template.not-a-field', { ...placed(where), name: missing[1] ?? '' });
  const helper = /unknown helper (\S+)$/.exec(message);
  if (helper)
    return said('template.unknown-helper', {
      ...placed(where),
      name: helper[1] ?? '',
      helpers: TEMPLATE_HELPERS,
    });
  // `{{title.length}}`: Handlebars looks for a field in a text, and JavaScript refuses.
  const inText = /^Cannot use 'in' operator to search for '(.*)' in /.exec(message);
  if (inText)
    return said('template.in-text', {
      ...placed(used.get(inText[1] ?? '')),
      name: inText[1] ?? '',
    });
  return said('template.other', { ...placed(where), detail: message });
}

function said<K extends keyof typeof TEMPLATE_TEXT>(
  key: K,
  params: Parameters<(typeof TEMPLATE_TEXT)[K]>[0],
): TemplateSaid {
  const { message, text } = say(TEMPLATE_TEXT, key, params);
  return { message, text };
}
