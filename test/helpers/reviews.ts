import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MicromarkToken, Rule } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import { parse, stringify } from 'yaml';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import type { ParsedFramework } from '../../src/core/framework/parse-framework.js';
import type { Framework } from '../../src/core/framework/types.js';
import { parseStrings, stringsFileName } from '../../src/core/framework/parse-strings.js';
import type { FrameworkTranslations } from '../../src/core/framework/localise.js';
import { memoLocaliser } from '../../src/core/memo/localiser.js';
import type { MemoLocaliser } from '../../src/core/memo/decision-memo.js';
import { REPO } from './cli.js';

/** The worked examples under examples/, each a review.yaml and the memo.md it renders. */
export const EXAMPLES = ['ai-tutoring-chatbot', 'early-warning-analytics', 'lms-replacement'];

/** An example's files: its review, the memo it renders and its family summary. */
export type ExampleFile =
  'review.yaml' | 'memo.md' | 'memo.family.md' | 'memo.es.md' | 'memo.family.es.md';

export function examplePath(name: string, file: ExampleFile): string {
  return join(REPO, 'examples', name, file);
}

export function readExample(name: string, file: ExampleFile): string {
  return readFileSync(examplePath(name, file), 'utf8');
}

/** A review as plain, editable data: the YAML of an example, parsed. */
export type ReviewData = Record<string, unknown> & {
  id?: string;
  title: string;
  date?: string;
  framework: string;
  proposal: Record<string, unknown>;
  team: {
    structure: string;
    members: { name: string; role: string }[];
    consulted?: { group: string; how?: string }[];
  };
  answers: Record<string, Record<string, unknown>>;
  decision?: Record<string, unknown> & {
    outcome: string;
    rationale?: string;
    conditions?: { text: string; owner: string; due: string }[];
    signoff?: { name: string; role: string; date?: string }[];
  };
};

/** An example's review data, without its id so that `vatl review` numbers it. */
export function exampleReview(name: string, options: { keepId?: boolean } = {}): ReviewData {
  const data = parse(readExample(name, 'review.yaml')) as ReviewData;
  if (!options.keepId) delete data.id;
  return data;
}

export function reviewYaml(data: ReviewData): string {
  return stringify(data, { lineWidth: 0 });
}

/**
 * The built-in frameworks, parsed from frameworks/*.yaml, each with the strings files beside it
 * (frameworks/vatl.es.yaml) as its translations.
 */
export function builtInFrameworks(): ParsedFramework[] {
  const folder = join(REPO, 'frameworks');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return names
    .filter((name) => !stringsFileName(name))
    .map((name) => {
      const parsed = parseFramework(readFileSync(join(folder, name), 'utf8'), `frameworks/${name}`);
      const translations: FrameworkTranslations = {};
      for (const other of names) {
        const named = stringsFileName(other);
        if (named?.stem !== name.replace(/\.yaml$/, '')) continue;
        const strings = parseStrings(readFileSync(join(folder, other), 'utf8'), other).strings;
        if (strings) translations[named.language] = strings;
      }
      return { ...parsed, translations };
    });
}

/**
 * One parse of the built-in frameworks, with the localiser over it, as the CLI gives a memo:
 * `framework(id)` is the base framework the localiser knows (it finds a framework's strings by
 * the object itself, so a framework parsed apart from it stays in its own language).
 */
export function builtInLocalised(): { framework(id: string): Framework; localise: MemoLocaliser } {
  const installed = builtInFrameworks();
  return {
    framework: (id) => {
      const found = installed.find((p) => p.framework?.id === id)?.framework;
      if (!found) throw new Error(`frameworks/${id}.yaml does not load`);
      return found;
    },
    localise: memoLocaliser(installed),
  };
}

export function builtInFramework(id: string): Framework {
  const found = builtInFrameworks().find((p) => p.framework?.id === id)?.framework;
  if (!found) throw new Error(`frameworks/${id}.yaml does not load`);
  return found;
}

/** The YAML front matter of a memo, parsed, and the Markdown after it. */
export function splitMemo(memo: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(memo);
  if (!match) throw new Error('the memo has no front matter');
  return {
    frontMatter: parse(match[1] ?? '') as Record<string, unknown>,
    body: memo.slice(match[0].length),
  };
}

/**
 * markdownlint with its default rules, except line length (MD013) and the rule that counts a
 * front-matter title as a second top-level heading (MD025). Returns one line per problem.
 */
export async function markdownProblems(markdown: string): Promise<string[]> {
  const results = await lint({
    strings: { memo: markdown },
    config: { default: true, MD013: false, MD025: false },
  });
  return (results.memo ?? []).map(
    (e) =>
      `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`,
  );
}

/** The micromark tokens markdownlint parses a document into (CommonMark and GFM tables). */
export async function markdownTokens(markdown: string): Promise<readonly MicromarkToken[]> {
  let tokens: readonly MicromarkToken[] = [];
  const capture: Rule = {
    names: ['capture-tokens'],
    description: 'Keeps the parsed tokens for the test to look at',
    tags: ['test'],
    parser: 'micromark',
    function: (params) => {
      tokens = params.parsers.micromark.tokens;
    },
  };
  await lint({
    strings: { doc: markdown },
    config: { default: false, 'capture-tokens': true },
    customRules: [capture],
  });
  return tokens;
}

/** Every token type in a token tree, depth first. */
export function tokenTypes(tokens: readonly MicromarkToken[]): string[] {
  return tokens.flatMap((t) => [t.type, ...tokenTypes(t.children)]);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The text a reader sees once the Markdown is rendered: escapes and character references
 * resolved, line endings as spaces. Formatting (emphasis, code, links, HTML) is kept as the
 * token text, so a test that compares against the typed text fails if any slipped in.
 */
export function visibleText(tokens: readonly MicromarkToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'characterEscape') out += t.text.slice(1);
    else if (t.type === 'characterReference') {
      const name = t.text.slice(1, -1);
      out += name.startsWith('#')
        ? String.fromCodePoint(
            name[1] === 'x' || name[1] === 'X'
              ? parseInt(name.slice(2), 16)
              : parseInt(name.slice(1), 10),
          )
        : (ENTITIES[name] ?? t.text);
    } else if (t.type === 'lineEnding') out += ' ';
    else if (t.children.length > 0) out += visibleText(t.children);
    else out += t.text;
  }
  return out;
}

/** The number of cell-separating pipes in a table row: those not escaped by a backslash. */
export function unescapedPipes(line: string): number {
  let count = 0;
  let backslashes = 0;
  for (const ch of line) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '|' && backslashes % 2 === 0) count++;
    backslashes = 0;
  }
  return count;
}

/** Each Markdown table outside fenced code: its first line number and its rows. */
export function tables(markdown: string): { line: number; rows: string[] }[] {
  const found: { line: number; rows: string[] }[] = [];
  let fenced = false;
  let current: { line: number; rows: string[] } | undefined;
  markdown.split('\n').forEach((text, i) => {
    if (/^(```|~~~)/.test(text)) fenced = !fenced;
    if (!fenced && text.startsWith('|')) {
      if (!current) {
        current = { line: i + 1, rows: [] };
        found.push(current);
      }
      current.rows.push(text);
    } else {
      current = undefined;
    }
  });
  return found;
}

/** Tables whose rows do not all have as many cells as the header, shown as `line: row`. */
export function brokenTableRows(markdown: string): string[] {
  const broken: string[] = [];
  for (const table of tables(markdown)) {
    const header = unescapedPipes(table.rows[0] ?? '');
    table.rows.forEach((row, i) => {
      if (unescapedPipes(row) !== header) broken.push(`${table.line + i}: ${row}`);
    });
  }
  return broken;
}
