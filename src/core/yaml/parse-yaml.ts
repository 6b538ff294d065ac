import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Scalar } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics.js';

/** Limits that keep a hostile file from exhausting time or memory. */
export interface YamlLimits {
  /** Deepest nesting of mappings and sequences, estimated before parsing. */
  maxDepth: number;
  /** How many alias expansions `toJS` may make (a "billion laughs" file needs millions). */
  maxAliasCount: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxDepth: 64, maxAliasCount: 100 };

/** Keys that could reach an object's prototype in code that is not careful. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

/** A parsed YAML file: its data and a way to find where any part of it is. */
export interface YamlFile {
  file: string;
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
  const at = (line: number, column: number, code: string, message: string, hint?: string) => ({
    file,
    line,
    column,
    severity: 'error' as const,
    code,
    message,
    ...(hint ? { hint } : {}),
  });

  if (text.trim() === '' || isOnlyComments(text)) {
    return { diagnostics: [at(1, 1, 'yaml/empty', 'The file is empty: it holds no YAML data.')] };
  }

  const deep = findExcessiveNesting(text, limits.maxDepth);
  if (deep) {
    return {
      diagnostics: [
        at(
          deep.line,
          deep.column,
          'yaml/too-deep',
          `Nesting is deeper than ${limits.maxDepth} levels; vatl files never need that many.`,
        ),
      ],
    };
  }

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return {
      diagnostics: [at(1, 1, 'yaml/syntax', `The YAML parser stopped: ${String(error)}`)],
    };
  }

  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((error) => {
        const { line, column } = positionOf(error.pos[0]);
        const code = error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
        return at(line, column, code, firstLine(error.message));
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
          `The key \`${String(key.value)}\` is not allowed in vatl files.`,
          'Rename or remove it.',
        );
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        diagnostics: [
          at(
            1,
            1,
            'yaml/alias-limit',
            `The file expands aliases (*name) more than ${limits.maxAliasCount} times, as a YAML bomb does.`,
            'Write the values out instead of aliasing them.',
          ),
        ],
      };
    }
    return { diagnostics: [at(1, 1, 'yaml/syntax', firstLine(message))] };
  }

  const locate = (path: readonly PathSegment[], part: 'key' | 'value' = 'value'): Position => {
    const found = findNode(doc.contents, path, part);
    return found ? positionOf(found) : { line: 1, column: 1 };
  };
  return { yaml: { file, data, locate }, diagnostics: [] };
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

/**
 * Estimates nesting from the text alone, so a 10,000-level file is refused before the parser
 * and everything after it (schema validation, rules) walk it. Block nesting is counted from
 * indentation and compact `- - -` sequences; flow nesting from brackets outside quotes.
 */
export function findExcessiveNesting(text: string, maxDepth: number): Position | undefined {
  const indents: number[] = [];
  let flowDepth = 0;
  let blockScalarIndent = -1;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) continue;
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (flowDepth === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
      const compact = /^(-\s+)+/.exec(content)?.[0].replace(/\s+/g, '').length ?? 0;
      if (indents.length + compact > maxDepth) return { line: index + 1, column: indent + 1 };
    }
    let quote = '';
    for (let i = 0; i < content.length; i++) {
      const ch = content[i];
      if (quote) {
        if (ch === quote) quote = '';
        continue;
      }
      if (ch === '"' || (ch === "'" && (i === 0 || /[\s[{,:]/.test(content[i - 1] ?? ''))))
        quote = ch;
      else if (ch === '#' && (i === 0 || /\s/.test(content[i - 1] ?? ''))) break;
      else if (ch === '[' || ch === '{') {
        flowDepth++;
        if (indents.length + flowDepth > maxDepth)
          return { line: index + 1, column: indent + i + 1 };
      } else if ((ch === ']' || ch === '}') && flowDepth > 0) flowDepth--;
    }
    if (
      flowDepth === 0 &&
      /[|>][0-9+-]*\s*(#.*)?$/.test(content) &&
      /(^|[\s:-])[|>][0-9+-]*\s*(#.*)?$/.test(content)
    ) {
      blockScalarIndent = indent;
    }
  }
  return undefined;
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
