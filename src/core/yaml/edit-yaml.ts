import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Edits a YAML file where it stands. Each change is a text edit at the source range the
 * parser reports for a node, so every byte not edited — comments, quoting, folded text, flow
 * lists, blank lines — stays exactly as the team wrote it. (Re-serialising the document, even
 * through yaml's Document API, re-folds long text and re-spaces flow collections.)
 *
 * It edits block mappings, which is what vatl writes and what a person writes by hand; a flow
 * mapping `{ … }` gets keys added inside its braces.
 */
export class YamlTextEditor {
  private readonly doc: Document;
  private readonly edits: TextEdit[] = [];

  constructor(private readonly text: string) {
    this.doc = parseDocument(text);
  }

  /** Replaces the scalar at `path`, or adds it as the last key of its parent mapping. */
  setScalar(path: readonly (string | number)[], value: string | number): void {
    const node = this.doc.getIn(path, true) as Node | undefined;
    if (node && isScalar(node) && node.range) {
      this.edits.push({ start: node.range[0], end: node.range[1], text: scalarText(value) });
      return;
    }
    const parent = this.map(path.slice(0, -1));
    this.addToMap(parent, String(path[path.length - 1]), scalarText(value));
  }

  /**
   * Removes `key` from the mapping at `mapPath`, with the comment lines right above it, and
   * returns the removed lines (without their final newline) so they can be placed elsewhere.
   */
  removePair(mapPath: readonly (string | number)[], key: string): string[] {
    const { start, end, lines } = this.pairSource(mapPath, key);
    this.edits.push({ start, end, text: '' });
    return lines;
  }

  /** The source of one entry of a mapping, with the comment lines right above it. */
  pairSource(
    mapPath: readonly (string | number)[],
    key: string,
  ): { start: number; end: number; lines: string[] } {
    const map = this.map(mapPath);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) throw new Error(`no key ${key}`);
    let start = lineStart(this.text, pair.key.range[0]);
    const indent = pair.key.range[0] - start;
    // Comment lines directly above, at the key's indentation, belong to the entry.
    for (;;) {
      if (start === 0) break;
      const above = lineStart(this.text, start - 1);
      const line = this.text.slice(above, start - 1);
      if (!new RegExp(`^ {${indent}}#`).test(line)) break;
      start = above;
    }
    const end = pairEnd(this.text, pair);
    return { start, end, lines: this.text.slice(start, end).replace(/\n$/, '').split('\n') };
  }

  /** The number of entries of the mapping at `path`. */
  size(path: readonly (string | number)[]): number {
    return this.map(path).items.length;
  }

  /** Replaces the whole value of a top-level key with `text` (after `key:`). */
  replaceValue(key: string, text: string): void {
    const pair = this.topPair(key);
    const value = pair?.value as Node | undefined;
    if (!pair || !isScalar(pair.key) || !pair.key.range) throw new Error(`no key ${key}`);
    // After the key's colon: the value, and anything after it on the key's line, is replaced.
    const start = this.text.indexOf(':', pair.key.range[1]) + 1;
    const end = value?.range ? pairEnd(this.text, pair) : start;
    this.edits.push({ start, end, text: `${text}\n` });
  }

  /**
   * Appends lines (already indented) to the top-level block mapping `key`; when there is no
   * such key, adds `key:` with them right after the top-level key `after`.
   */
  appendToTopLevel(key: string, lines: readonly string[], after: string): void {
    const existing = this.topPair(key);
    const block = lines.map((l) => `${l}\n`).join('');
    if (existing && isMap(existing.value) && !existing.value.flow && existing.value.items.length) {
      const last = existing.value.items[existing.value.items.length - 1] as Pair;
      this.edits.push({
        start: pairEnd(this.text, last),
        end: pairEnd(this.text, last),
        text: block,
      });
      return;
    }
    if (existing) {
      this.replaceValue(key, `\n${block.replace(/\n$/, '')}`);
      return;
    }
    const anchor = this.topPair(after);
    const at = anchor ? pairEnd(this.text, anchor) : this.text.length;
    const sep = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
    this.edits.push({ start: at, end: at, text: `${sep}${key}:\n${block}` });
  }

  /**
   * Appends one entry to the top-level block sequence `key`. `entry` is the entry's lines
   * without the dash or indentation (`['status: decided', 'date: 2026-05-01']`); they are
   * written at the indentation of the entries already there. An empty or flow sequence
   * becomes a block one holding the entry; with no `key`, `key:` is added as the last section
   * of the file, after a blank line, so earlier sections and their comments stay as they are.
   */
  appendToTopLevelList(key: string, entry: readonly string[]): void {
    const existing = this.topPair(key);
    const seq = existing?.value;
    if (existing && isSeq(seq) && !seq.flow && seq.items.length > 0) {
      const first = seq.items[0] as Node;
      const last = seq.items[seq.items.length - 1] as Node;
      if (!first.range || !last.range) throw new Error(`no source range in ${key}`);
      const line = this.text.slice(lineStart(this.text, first.range[0]), first.range[0]);
      const indent = line.length - line.trimStart().length;
      const at = lineEnd(this.text, last.range[1]);
      const sep = this.text[at - 1] === '\n' ? '' : '\n';
      this.edits.push({ start: at, end: at, text: sep + listEntry(entry, indent) });
      return;
    }
    if (existing) {
      this.replaceValue(key, `\n${listEntry(entry, 2).replace(/\n$/, '')}`);
      return;
    }
    const at = this.text.length;
    const sep =
      at === 0 ? '' : this.text.endsWith('\n\n') ? '' : this.text.endsWith('\n') ? '\n' : '\n\n';
    this.edits.push({ start: at, end: at, text: `${sep}${key}:\n${listEntry(entry, 2)}` });
  }

  /**
   * Sets top-level scalars: an existing one is replaced where it stands; new ones are added
   * together, in the order given, right after the top-level key `after` (or first in the
   * file, below its opening comments, when `after` is undefined or absent).
   */
  setTopLevel(values: readonly (readonly [string, string | number])[], after?: string): void {
    const added: string[] = [];
    for (const [key, value] of values) {
      if (this.topPair(key)) this.setScalar([key], value);
      else added.push(`${key}: ${scalarText(value)}\n`);
    }
    if (added.length === 0) return;
    const anchor = after === undefined ? undefined : this.topPair(after);
    const root = this.doc.contents;
    const first = isMap(root) ? (root.items[0]?.key as Node | undefined) : undefined;
    const at = anchor
      ? pairEnd(this.text, anchor)
      : first?.range
        ? lineStart(this.text, first.range[0])
        : this.text.length;
    const sep = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
    this.edits.push({ start: at, end: at, text: sep + added.join('') });
  }

  /** The text with every edit applied. Edits must not overlap. */
  toString(): string {
    const sorted = [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = this.text;
    let floor = Infinity;
    for (const e of sorted) {
      if (e.end > floor) throw new Error('overlapping YAML edits');
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
      floor = e.start;
    }
    return out;
  }

  private map(path: readonly (string | number)[]): YAMLMap {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    if (!isMap(node)) throw new Error(`no mapping at ${path.join('.')}`);
    return node;
  }

  private topPair(key: string): Pair | undefined {
    const root = this.doc.contents;
    return isMap(root)
      ? (root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined)
      : undefined;
  }

  private addToMap(map: YAMLMap, key: string, valueText: string): void {
    if (!map.range) throw new Error('a mapping with no source range');
    if (map.flow) {
      // `{ value: 2 }` → `{ value: 2, key: v }`: insert before the closing brace.
      const close = this.text.lastIndexOf('}', map.range[1]);
      const spaced = this.text[close - 1] === ' ';
      const at = spaced ? close - 1 : close;
      const sep = map.items.length > 0 ? ', ' : spaced ? '' : ' ';
      this.edits.push({ start: at, end: at, text: `${sep}${key}: ${valueText}` });
      return;
    }
    const last = map.items[map.items.length - 1] as Pair | undefined;
    if (!last || !isScalar(last.key) || !last.key.range) throw new Error('an empty block mapping');
    const indent = last.key.range[0] - lineStart(this.text, last.key.range[0]);
    const at = pairEnd(this.text, last);
    const sep = this.text[at - 1] === '\n' ? '' : '\n';
    this.edits.push({
      start: at,
      end: at,
      text: `${sep}${' '.repeat(indent)}${key}: ${valueText}\n`,
    });
  }
}

/**
 * A scalar as YAML text: plain where that reads back the same, else single-quoted. The YAML 1.1
 * booleans (`yes`, `no`, `on`, `off`) are quoted too, as the review files quote them, so older
 * tools that read the file do not take them for true and false.
 */
export function scalarText(value: string | number): string {
  if (typeof value === 'string' && /^(y|n|yes|no|on|off)$/i.test(value)) return `'${value}'`;
  return stringify(value, { singleQuote: true }).trimEnd();
}

/** One block-sequence entry: `- first` and the rest below it, at `indent` spaces. */
function listEntry(lines: readonly string[], indent: number): string {
  const pad = ' '.repeat(indent);
  return lines.map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}\n`).join('');
}

/** Just after the end of the line `at` is on (its newline included). */
function lineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline + 1;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Where a pair's text ends: after its value and the rest of that value's last line. */
function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  const key = pair.key as Node | null;
  const end = value?.range?.[2] ?? value?.range?.[1] ?? key?.range?.[2] ?? 0;
  if (end > 0 && text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline < 0 ? text.length : newline + 1;
}
