import { Composer, isMap, isPair, isScalar, isSeq, Parser, visit } from 'yaml';
import { say } from '../i18n/said.js';
import type { Said, TextRef } from '../i18n/said.js';
import { YAML_TEXT } from './yaml-text.js';
import type { Alias, Document, Node, Scalar } from 'yaml';
import type { Diagnostic, DiagnosticCode, Position } from '../diagnostics.js';
import {
  DEFAULT_YAML_LIMITS,
  findCrowding,
  findExcessiveNesting,
  findRepeatedYamlDirective,
  MAX_ENTRIES,
} from './yaml-limits.js';
import type { YamlLimits } from './yaml-limits.js';

export { DEFAULT_YAML_LIMITS, findExcessiveNesting } from './yaml-limits.js';
export type { YamlLimits } from './yaml-limits.js';

/** Keys that could reach an object's prototype in code that is not careful. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

/** A parsed YAML file: its data and a way to find where any part of it is. */
export interface YamlFile {
  file: string;
  /** The text it was parsed from, so an edit can keep every byte it does not change. */
  text: string;
  data: unknown;
  /**
   * The position of the node at `path` (its key, if `part` is `'key'`), or of the
   * deepest node on the way there that exists.
   */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): Position;
}

export interface ParseYamlResult {
  yaml?: YamlFile;
  diagnostics: Diagnostic[];
}

/**
 * Parses one YAML document safely: nesting is checked before parsing, duplicate keys and
 * prototype keys are errors, and alias expansion is bounded. Never throws on bad input.
 */
export function parseYaml(
  rawText: string,
  file: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
): ParseYamlResult {
  // Editors hide a byte-order mark; strip it so columns match what the user sees.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const at = (
    line: number,
    column: number,
    code: DiagnosticCode,
    { message, hint, text: said }: Said & { text: TextRef },
  ) => ({
    file,
    line,
    column,
    severity: 'error' as const,
    code,
    message,
    ...(hint ? { hint } : {}),
    text: said,
  });

  const aliasLimit = (line: number, column: number) =>
    at(
      line,
      column,
      'yaml/alias-limit',
      say(YAML_TEXT, 'yaml.alias-limit', { max: limits.maxAliasCount }),
    );

  if (text.trim() === '' || isOnlyComments(text)) {
    return { diagnostics: [at(1, 1, 'yaml/empty', say(YAML_TEXT, 'yaml.empty', {}))] };
  }

  // Parse to a concrete syntax tree first (iterative, so any depth is safe), measure its
  // nesting, and only then compose the document, which recurses.
  const positionOf = positionsIn(text);
  const tooDeep = (offset: number) => {
    const { line, column } = positionOf(offset);
    return {
      diagnostics: [
        at(
          line,
          column,
          'yaml/too-deep',
          say(YAML_TEXT, 'yaml.too-deep', { max: limits.maxDepth }),
        ),
      ],
    };
  };
  let doc: Document.Parsed;
  try {
    const tokens = [...new Parser().parse(text)];
    const deep = findExcessiveNesting(tokens, limits.maxDepth);
    if (deep !== undefined) return tooDeep(deep);
    const crowded = findCrowding(tokens, limits);
    if (crowded) {
      const { line, column } = positionOf(crowded.offset);
      return {
        diagnostics: [
          crowded.kind === 'aliases'
            ? aliasLimit(line, column)
            : at(
                line,
                column,
                'yaml/too-many-entries',
                say(YAML_TEXT, 'yaml.too-many-entries', {
                  max: limits.maxEntries ?? MAX_ENTRIES,
                }),
              ),
        ],
      };
    }
    const repeated = findRepeatedYamlDirective(tokens);
    if (repeated !== undefined) {
      const { line, column } = positionOf(repeated);
      const said = say(YAML_TEXT, 'yaml.repeated-directive', {});
      return { diagnostics: [at(line, column, 'yaml/syntax', said)] };
    }
    const composer = new Composer({
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      logLevel: 'error',
    });
    const docs = [...composer.compose(tokens, true, text.length)];
    if (docs.length > 1) {
      const { line, column } = positionOf(docs[1]?.range[0] ?? 0);
      return {
        diagnostics: [at(line, column, 'yaml/syntax', say(YAML_TEXT, 'yaml.many-documents', {}))],
      };
    }
    doc = docs[0] as Document.Parsed;
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(0);
    return {
      diagnostics: [
        at(1, 1, 'yaml/syntax', say(YAML_TEXT, 'yaml.parser-stopped', { detail: String(error) })),
      ],
    };
  }

  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((error) => {
        const { line, column } = positionOf(error.pos[0]);
        const code = error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
        const detail = firstLine(error.message);
        return at(line, column, code, say(YAML_TEXT, 'yaml.parser', { code: error.code, detail }));
      }),
    };
  }

  const forbidden = findForbiddenKeys(doc.contents);
  if (forbidden.length > 0) {
    return {
      diagnostics: forbidden.map((key) => {
        const { line, column } = positionOf(key.range?.[0] ?? 0);
        return at(
          line,
          column,
          'yaml/forbidden-key',
          say(YAML_TEXT, 'yaml.forbidden-key', { key: String(key.value) }),
        );
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/excessive alias count/i.test(message)) {
      const { line, column } = positionOf(firstAlias(doc.contents)?.range?.[0] ?? 0);
      return { diagnostics: [aliasLimit(line, column)] };
    }
    if (error instanceof RangeError) return tooDeep(0);
    const unresolved = /unresolved alias.*?:\s*\*?(\S+)/i.exec(message)?.[1];
    const alias = firstAlias(doc.contents, unresolved);
    const { line, column } = positionOf(alias?.range?.[0] ?? 0);
    const said = say(YAML_TEXT, 'yaml.parser', { detail: firstLine(message) });
    return { diagnostics: [at(line, column, 'yaml/syntax', said)] };
  }

  const locate = (path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Position => {
    const found = findNode(doc.contents, path, part);
    return found ? positionOf(found) : { line: 1, column: 1 };
  };
  return { yaml: { file, text, data, locate }, diagnostics: [] };
}

/**
 * Turns a source offset into a 1-based line and column, lines split at `\n`. Counted from the
 * text itself: the parser's own line counter misses line breaks inside tokens it gives up on
 * (e.g. after a NUL), which put columns past the end of their line.
 */
function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function isOnlyComments(text: string): boolean {
  return text
    .split(/\r?\n/)
    .every((line) => /^\s*(#.*)?$/.test(line) || /^\s*(---|\.\.\.)\s*$/.test(line));
}

/** The first alias node in the document (named `name`, if given), for locating alias problems. */
function firstAlias(root: unknown, name?: string): Alias | undefined {
  let found: Alias | undefined;
  visit(root as Node, {
    Alias(_, node) {
      if (name === undefined || node.source === name) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function findForbiddenKeys(root: unknown): Scalar[] {
  const found: Scalar[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) found.push(pair.key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return found.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

/** Returns the source offset of the node at `path`, or of the deepest ancestor that exists. */
function findNode(
  root: unknown,
  path: readonly PathSegment[],
  part: 'key' | 'value',
): number | undefined {
  let node: unknown = root;
  let offset = rangeStart(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return offset;
      if (last && part === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      const item = node.items[Number(segment)];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(item) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range ? range[0] : undefined;
  }
  return undefined;
}
