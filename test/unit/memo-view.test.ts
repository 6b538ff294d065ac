// The memo templates read only what MemoView has: every path a template reads, followed
// through each/with blocks and partials, is looked up in views built from the examples.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { referenceLabels } from '../../src/core/memo/reference-labels.js';
import type { MemoInput, MemoView } from '../../src/core/memo/memo-view.js';
import { buildMemoView } from '../../src/core/memo/view-model.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { REPO } from '../helpers/cli.js';
import {
  EXAMPLES,
  builtInFramework,
  builtInFrameworks,
  exampleReview,
  reviewYaml,
} from '../helpers/reviews.js';
import type { ReviewData } from '../helpers/reviews.js';

/** A path a template reads from the view's root; `[]` steps into every element of a list. */
interface ReadPath {
  path: string[];
  /** `file:line:col` of the expression. */
  at: string;
}

interface Templates {
  main: { name: string; source: string };
  partials: Map<string, { name: string; source: string }>;
}

/** The built-in memo templates: templates/, or a language's set (`es` for templates/es/). */
function builtInTemplates(language = ''): Templates {
  const shown = language ? `templates/${language}` : 'templates';
  const folder = join(REPO, shown);
  const partials = new Map<string, { name: string; source: string }>();
  for (const file of readdirSync(join(folder, 'partials')).sort()) {
    partials.set(file.replace(/\.md\.hbs$/, ''), {
      name: `${shown}/partials/${file}`,
      source: readFileSync(join(folder, 'partials', file), 'utf8'),
    });
  }
  const main = join(folder, 'memo.md.hbs');
  return { main: { name: `${shown}/memo.md.hbs`, source: readFileSync(main, 'utf8') }, partials };
}

/**
 * Every path the main template reads, with partials inlined where they are called. `contexts`
 * is the stack of block contexts (`{{#each}}` and `{{#with}}` push one), so `../` pops back.
 * Anything the walk does not understand (a block helper other than if, unless, each and with,
 * a partial with its own context) is reported as a problem, so the test cannot pass blind.
 */
function readPaths(templates: Templates): { paths: ReadPath[]; problems: string[] } {
  const paths: ReadPath[] = [];
  const problems: string[] = [];
  const parsed = new Map<string, hbs.AST.Program>();
  const parse = (name: string, source: string) => {
    let program = parsed.get(name);
    if (!program) {
      program = Handlebars.parse(source);
      parsed.set(name, program);
    }
    return program;
  };

  const walk = (program: hbs.AST.Program, file: string, contexts: string[][], calls: string[]) => {
    const where = (node: hbs.AST.Node) => `${file}:${node.loc.start.line}:${node.loc.start.column}`;
    /** The view path an expression reads, or undefined for literals and `@data` variables. */
    const resolve = (expr: hbs.AST.Expression): string[] | undefined => {
      if (expr.type === 'SubExpression') {
        const sub = expr as hbs.AST.SubExpression;
        sub.params.forEach(read);
        problems.push(`${where(expr)}: subexpression \`${sub.path.original}\` is not checked`);
        return undefined;
      }
      if (expr.type !== 'PathExpression') return undefined;
      const p = expr as hbs.AST.PathExpression;
      if (p.data) return undefined;
      const base = contexts[contexts.length - 1 - p.depth];
      if (!base) {
        problems.push(`${where(expr)}: \`${p.original}\` climbs above the view`);
        return undefined;
      }
      return [...base, ...p.parts];
    };
    const read = (expr: hbs.AST.Expression) => {
      const path = resolve(expr);
      if (path) paths.push({ path, at: where(expr) });
      return path;
    };

    for (const node of program.body) {
      if (node.type === 'MustacheStatement') {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || hasHash(m.hash))
          problems.push(
            `${where(m)}: helper call \`${(m.path as hbs.AST.PathExpression).original}\` is not checked`,
          );
        else read(m.path);
      } else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        const helper = b.path.original;
        const [subject, ...rest] = b.params;
        if (!['if', 'unless', 'each', 'with'].includes(helper) || !subject || rest.length > 0) {
          problems.push(`${where(b)}: block \`${helper}\` is not checked`);
          continue;
        }
        const path = read(subject);
        const inner =
          helper === 'each' && path
            ? [...contexts, [...path, '[]']]
            : helper === 'with' && path
              ? [...contexts, path]
              : contexts;
        walk(b.program, file, inner, calls);
        if (b.inverse) walk(b.inverse, file, contexts, calls);
      } else if (node.type === 'PartialStatement') {
        const p = node as hbs.AST.PartialStatement;
        const name = p.name.type === 'PathExpression' ? p.name.original : undefined;
        const partial = name === undefined ? undefined : templates.partials.get(name);
        if (!name || !partial) problems.push(`${where(p)}: no partial \`${name ?? '?'}\``);
        else if (p.params.length > 0 || hasHash(p.hash))
          problems.push(`${where(p)}: partial \`${name}\` with its own context is not checked`);
        else if (calls.includes(name)) problems.push(`${where(p)}: partial \`${name}\` recurses`);
        else walk(parse(name, partial.source), partial.name, contexts, [...calls, name]);
      } else if (node.type !== 'ContentStatement' && node.type !== 'CommentStatement') {
        problems.push(`${where(node)}: ${node.type} is not checked`);
      }
    }
  };
  walk(parse('', templates.main.source), templates.main.name, [[]], []);
  return { paths, problems };
}

/** Whether an expression passes `key=value` arguments (the parser leaves `hash` out when none). */
function hasHash(hash: hbs.AST.Hash | undefined): boolean {
  return (hash?.pairs.length ?? 0) > 0;
}

type Lookup = 'present' | 'missing' | 'unknown';

/**
 * Whether `path` exists in `value`: `missing` when a key is not there, `unknown` when a parent
 * on the way is undefined or an empty list (this view cannot tell), `present` otherwise.
 */
function lookup(value: unknown, path: readonly string[]): Lookup {
  if (path.length === 0) return 'present';
  if (value === undefined || value === null) return 'unknown';
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]') {
    if (!Array.isArray(value)) return 'missing';
    const each = value.map((v: unknown) => lookup(v, rest));
    return each.includes('missing') ? 'missing' : each.includes('present') ? 'present' : 'unknown';
  }
  if (typeof value !== 'object' || !(head in value)) return 'missing';
  return lookup((value as Record<string, unknown>)[head], rest);
}

/** The paths no view has, and those no view could show present. */
function unmatched(paths: readonly ReadPath[], views: readonly MemoView[]) {
  const missing: string[] = [];
  const unproven: string[] = [];
  for (const { path, at } of paths) {
    const results = views.map((view) => lookup(view, path));
    const shown = `${path.join('.').replace(/\.\[\]/g, '[]')} (${at})`;
    if (results.includes('missing')) missing.push(shown);
    else if (!results.includes('present')) unproven.push(shown);
  }
  return { missing, unproven };
}

function view(
  data: ReviewData,
  overlaps: MemoInput['overlaps'] = [],
  language: MemoInput['language'] = 'en',
): MemoView {
  const parsed = parseReview(reviewYaml(data), 'example.review.yaml');
  if (!parsed.review) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const framework = builtInFramework('vatl');
  const { report } = checkReview(parsed.review, framework, parsed.yaml);
  return buildMemoView({
    review: parsed.review,
    framework,
    report,
    references: referenceLabels(
      builtInFrameworks().flatMap((p) => (p.framework ? [p.framework] : [])),
    ),
    date: parsed.review.date ?? '2026-11-02',
    overlaps,
    language,
  });
}

/**
 * The examples as committed, and each without its decision (and with a status history): there `outcome` is undefined and
 * conditions and sign-off are empty, and every key the templates read must still be present.
 */
function exampleViews(): MemoView[] {
  return EXAMPLES.flatMap((name) => {
    const undecided = exampleReview(name);
    delete undecided.decision;
    // …and with a status history, so the fields only a changed status shows are read too.
    undecided.supersededBy = '0009-later-decision';
    undecided.statusHistory = [
      { status: 'superseded', date: '2026-11-02', by: '0009-later-decision', note: 'Replaced.' },
    ];
    return [view(exampleReview(name, { keepId: true })), view(undecided)];
  }).concat(
    // The overlap note shows only when another decision in force shares the category.
    view(exampleReview('lms-replacement'), [
      { id: '0009-old-lms', title: 'Keep ClassHub', outcome: 'adopt' },
    ]),
    // A merged team review (vatl merge): the only kind that shows the team-review section.
    view(exampleReview('team-review', { keepId: true })),
  );
}

describe('the memo templates read only what MemoView has', () => {
  const templates = builtInTemplates();
  const { paths, problems } = readPaths(templates);
  const views = exampleViews();

  it('walks every template and partial, and understands every expression in them', () => {
    expect(problems).toEqual([]);
    const files = new Set(paths.map((p) => p.at.split(':')[0]));
    expect([...files].sort()).toEqual(
      [templates.main.name, ...[...templates.partials.values()].map((p) => p.name)].sort(),
    );
    expect(paths.length).toBeGreaterThan(100);
  });

  it('finds every path the templates read in the views built from the examples', () => {
    // Each example decided and undecided, plus the overlap note and the merged team review.
    expect(views.map((v) => v.heading)).toHaveLength(EXAMPLES.length * 2 + 2);
    expect(unmatched(paths, views)).toEqual({ missing: [], unproven: [] });
  });

  it('reports a template field the view lacks, at top level, in a block and in an each', () => {
    const broken: Templates = {
      main: {
        name: 'broken.md.hbs',
        source: [
          '{{decisionDate}}',
          '{{#if grid.hasColumns}}{{grid.footer}}{{/if}}',
          '{{#each gates}}{{title}} {{severity}}{{/each}}',
          '{{#each grid.rows}}{{#each cells}}{{text}}{{tone}}{{/each}}{{../overallText}}{{/each}}',
          '{{> summary}}',
        ].join('\n'),
      },
      partials: new Map([['summary', { name: 'summary.md.hbs', source: '{{outcome.verdict}}' }]]),
    };
    const read = readPaths(broken);
    expect(read.problems).toEqual([]);
    expect(unmatched(read.paths, views).missing.map((m) => m.split(' ')[0])).toEqual([
      'decisionDate',
      'grid.footer',
      'gates[].severity',
      'grid.rows[].cells[].tone',
      'overallText',
      'outcome.verdict',
    ]);
  });

  it('reports what it cannot check: unknown helpers and missing partials', () => {
    const read = readPaths({
      main: { name: 'odd.md.hbs', source: '{{#custom gates}}x{{/custom}}\n{{> nowhere}}' },
      partials: new Map(),
    });
    expect(read.problems).toEqual([
      'odd.md.hbs:1:0: block `custom` is not checked',
      'odd.md.hbs:2:0: no partial `nowhere`',
    ]);
  });
});

describe('the Spanish memo templates (templates/es/) read only what MemoView has', () => {
  const templates = builtInTemplates('es');
  const { paths, problems } = readPaths(templates);
  const views = exampleViews().map((v) => ({ ...v, language: 'es' as const }));

  it('walks every Spanish template and partial, and understands every expression in them', () => {
    expect(problems).toEqual([]);
    const files = new Set(paths.map((p) => p.at.split(':')[0]));
    expect([...files].sort()).toEqual(
      [templates.main.name, ...[...templates.partials.values()].map((p) => p.name)].sort(),
    );
  });

  it('finds every path they read in the views built from the examples', () => {
    expect(unmatched(paths, views)).toEqual({ missing: [], unproven: [] });
    expect(view(exampleReview('lms-replacement'), [], 'es').statusLabel).toBe('decidida');
  });
});
