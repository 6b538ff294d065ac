/**
 * Where each human-readable string of a framework sits in a strings file, and where it sits in
 * the framework: the one map both localising a framework and checking a strings file read, so
 * the two cannot disagree. Lists in the framework are maps in the strings file, keyed by the
 * item's id (scale levels and choices by their value, participation rules by 1-based position).
 */
import type { PathSegment } from '../yaml/parse-yaml.js';
import type { Choice, Framework } from './types.js';

/** One localisable string of a framework. */
export interface StringSlot {
  /** Its path in a strings file: `['questions', 'ge-policy-fit', 'help']`. */
  strings: string[];
  /** Its path in the framework: `['questions', 3, 'help']`. */
  framework: PathSegment[];
  /** The base language's string, when the framework has one. */
  base?: string;
}

/** Every string of the framework a strings file may give, in the framework's order. */
export function stringSlots(fw: Framework): StringSlot[] {
  const out: StringSlot[] = [];
  const add = (strings: string[], framework: PathSegment[], base: unknown) =>
    out.push({ strings, framework, ...(typeof base === 'string' ? { base } : {}) });
  const fields = (
    strings: string[],
    framework: PathSegment[],
    item: object,
    names: readonly string[],
  ) => {
    for (const name of names)
      add([...strings, name], [...framework, name], (item as Record<string, unknown>)[name]);
  };
  const choices = (strings: string[], framework: PathSegment[], list?: readonly Choice[]) =>
    list?.forEach((c, i) =>
      fields([...strings, 'choices', c.value], [...framework, 'choices', i], c, [
        'label',
        'description',
      ]),
    );

  fields([], [], fw, ['title', 'summary', 'owner']);
  if (fw.source) add(['source', 'note'], ['source', 'note'], fw.source.note);
  fw.scale.forEach((s, i) =>
    fields(['scale', String(s.value)], ['scale', i], s, ['label', 'description']),
  );
  for (const name of ['rows', 'columns'] as const) {
    const axis = fw.axes[name];
    if (!axis) continue;
    fields(['axes', name], ['axes', name], axis, ['label', 'total']);
    axis.items.forEach((item, i) =>
      fields(['axes', name, 'items', item.id], ['axes', name, 'items', i], item, [
        'label',
        'short',
        'description',
      ]),
    );
  }
  fw.concepts?.forEach((c, i) =>
    fields(['concepts', c.id], ['concepts', i], c, ['group', 'label', 'description']),
  );
  fw.intake?.forEach((q, i) => {
    fields(['intake', q.id], ['intake', i], q, ['label', 'prompt', 'help']);
    choices(['intake', q.id], ['intake', i], q.choices);
  });
  fw.intakeChecks?.forEach((c, i) =>
    fields(['intakeChecks', c.id], ['intakeChecks', i], c, ['title', 'why']),
  );
  fw.questions.forEach((q, i) => {
    fields(['questions', q.id], ['questions', i], q, ['prompt', 'help', 'evidencePrompt']);
    for (const [level, text] of Object.entries(q.levels ?? {}))
      add(['questions', q.id, 'levels', level], ['questions', i, 'levels', level], text);
    choices(['questions', q.id], ['questions', i], q.choices);
  });
  fw.gates?.forEach((g, i) => fields(['gates', g.id], ['gates', i], g, ['title', 'why', 'remedy']));
  fw.warnings?.forEach((w, i) => fields(['warnings', w.id], ['warnings', i], w, ['title', 'why']));
  fw.participation?.forEach((p, i) =>
    fields(['participation', String(i + 1)], ['participation', i], p, ['why']),
  );
  fw.outcomes.forEach((o, i) =>
    fields(['outcomes', o.id], ['outcomes', i], o, ['label', 'description']),
  );
  return out;
}

/**
 * The string a strings file gives at `path`, if any. A choice given as a plain string is its
 * label.
 */
export function stringAt(data: unknown, path: readonly string[]): string | undefined {
  let node = data;
  for (const [i, segment] of path.entries()) {
    if (typeof node === 'string')
      return i === path.length - 1 && segment === 'label' && path[i - 2] === 'choices'
        ? node
        : undefined;
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The longest start of `path` present in the data (a map key or a plain-string choice). */
export function presentPrefix(data: unknown, path: readonly string[]): string[] {
  let node = data;
  const found: string[] = [];
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    found.push(segment);
    node = (node as Record<string, unknown>)[segment];
  }
  return found;
}
