import type { CST } from 'yaml';

/** Limits that keep a hostile file from exhausting time or memory. */
export interface YamlLimits {
  /** Deepest nesting of mappings and sequences, estimated before parsing. */
  maxDepth: number;
  /** How many alias expansions `toJS` may make (a "billion laughs" file needs millions). */
  maxAliasCount: number;
  /**
   * Most entries in one mapping or sequence, counted before parsing: the yaml package checks
   * keys for duplicates pair by pair, so a mapping of 100,000 keys would take minutes.
   */
  maxEntries?: number;
}

/** Entries in one collection when the limits do not say. */
export const MAX_ENTRIES = 5_000;

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxDepth: 64,
  maxAliasCount: 100,
  maxEntries: MAX_ENTRIES,
};

/**
 * The offset of the first collection nested deeper than `maxDepth`, measured on the concrete
 * syntax tree with an explicit stack, so a 10,000-level file is refused before anything
 * recursive (composing, schema validation, rules) walks it.
 */
export function findExcessiveNesting(
  tokens: readonly CST.Token[],
  maxDepth: number,
): number | undefined {
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [unknown, number];
    if (!token || typeof token !== 'object') continue;
    const t = token as { type?: string; offset?: number; items?: unknown[]; value?: unknown };
    const collection =
      t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
    const level = depth + (collection ? 1 : 0);
    if (level > maxDepth) return t.offset ?? 0;
    for (const item of t.items ?? []) {
      const entry = item as { key?: unknown; value?: unknown };
      if (entry.key && typeof entry.key === 'object') stack.push([entry.key, level]);
      if (entry.value && typeof entry.value === 'object') stack.push([entry.value, level]);
    }
    if (t.type === 'document' && t.value) stack.push([t.value, level]);
  }
  return undefined;
}

/**
 * Where the concrete syntax tree first has more alias nodes than `maxAliasCount` (each expands
 * at least once, and the yaml package finds each one's anchor by walking the document, so
 * 200,000 of them would take minutes), or a collection with more than `maxEntries` entries.
 */
export function findCrowding(
  tokens: readonly CST.Token[],
  limits: YamlLimits,
): { kind: 'aliases' | 'entries'; offset: number } | undefined {
  let aliases = 0;
  let firstAlias = Infinity;
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop() as
      { type?: string; offset?: number; items?: unknown[]; value?: unknown } | undefined;
    if (!t || typeof t !== 'object') continue;
    if (t.type === 'alias') {
      aliases++;
      firstAlias = Math.min(firstAlias, t.offset ?? 0);
    }
    const items = t.items ?? [];
    if (items.length > (limits.maxEntries ?? MAX_ENTRIES))
      return { kind: 'entries', offset: t.offset ?? 0 };
    for (const item of items) {
      const entry = item as { key?: unknown; value?: unknown };
      if (entry.key && typeof entry.key === 'object') stack.push(entry.key);
      if (entry.value && typeof entry.value === 'object') stack.push(entry.value);
    }
    if (t.type === 'document' && t.value) stack.push(t.value);
  }
  // Pointed at the first alias, as the diagnostic for an expansion past the limit is.
  return aliases > limits.maxAliasCount ? { kind: 'aliases', offset: firstAlias } : undefined;
}

/**
 * The offset of a second `%YAML` directive before one document, which YAML 1.2 forbids
 * (yaml-test-suite SF5V) and the yaml package lets through.
 */
export function findRepeatedYamlDirective(tokens: readonly CST.Token[]): number | undefined {
  let seen = false;
  for (const token of tokens) {
    if (token.type === 'directive' && /^%YAML\b/.test(token.source)) {
      if (seen) return token.offset;
      seen = true;
    } else if (token.type === 'document' || token.type === 'doc-end') {
      seen = false;
    }
  }
  return undefined;
}
