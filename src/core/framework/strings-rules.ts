/**
 * The checks of a strings file against the framework it is for: that it is for that framework
 * and in the language its name says, written for its version, names only what the framework
 * has, and gives every string the base language has (each one missing is a warning: vatl shows
 * the base language's string in its place).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Finding } from '../findings.js';
import { locateFinding } from '../findings.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { say } from '../i18n/said.js';
import { closest } from '../text/closest.js';
import { STRINGS_TEXT as T } from './strings-text.js';
import type { KeyedWhat, MapOwner } from './strings-text.js';
import type { ParsedStrings } from './parse-strings.js';
import { presentPrefix, stringAt, stringSlots } from './string-slots.js';
import type { Framework } from './types.js';

export interface StringsTarget {
  /** The language the file's name says (`vatl.es.yaml`: `es`). */
  fileLanguage?: Language;
  /** The framework in the file beside it (`vatl.yaml` for `vatl.es.yaml`), when it loaded. */
  beside?: Framework;
  /** Every installed framework, for a strings file with no framework beside it. */
  installed: readonly Framework[];
}

/** Every problem of a parsed strings file with respect to its framework, located. */
export function checkStrings(parsed: ParsedStrings, target: StringsTarget): Diagnostic[] {
  const { strings, yaml } = parsed;
  if (!strings || !yaml) return [];
  const findings: Finding[] = [];
  const ids = target.installed.map((f) => f.id).sort();
  const framework =
    target.beside ?? target.installed.find((f) => f.id === strings.strings && !target.beside);
  if (target.beside && target.beside.id !== strings.strings) {
    findings.push({
      path: ['strings'],
      code: 'framework/strings-framework',
      ...say(T, 'strings.beside-other', { beside: target.beside.id, says: strings.strings }),
    });
    return findings.map((f) => locateFinding(yaml, f));
  }
  if (!framework) {
    findings.push({
      path: ['strings'],
      code: 'framework/strings-framework',
      ...say(T, 'strings.no-framework', {
        id: strings.strings,
        suggestion: closest(strings.strings, ids),
        installed: ids,
      }),
    });
  }
  if (target.fileLanguage && strings.language !== target.fileLanguage)
    findings.push({
      path: ['language'],
      code: 'framework/strings-language',
      ...say(T, 'strings.language-mismatch', {
        named: target.fileLanguage,
        says: strings.language,
      }),
    });
  else if (framework && strings.language === (framework.language ?? DEFAULT_LANGUAGE))
    findings.push({
      path: ['language'],
      code: 'framework/strings-language',
      ...say(T, 'strings.base-language', { framework: framework.id, language: strings.language }),
    });
  if (framework) {
    if (strings.version !== framework.version)
      findings.push({
        path: ['version'],
        severity: 'warning',
        code: 'framework/strings-version',
        ...say(T, 'strings.version', {
          framework: framework.id,
          written: strings.version,
          version: framework.version,
        }),
      });
    findings.push(...unknownKeys(strings, framework), ...missingStrings(strings, framework));
  }
  // A string whose whole section is missing is about the file: at its top, 1:1.
  return findings.map((f) =>
    f.path.length === 0
      ? { ...locateFinding(yaml, f), line: 1, column: 1 }
      : locateFinding(yaml, f),
  );
}

interface KeyedMap {
  path: string[];
  what: KeyedWhat;
  keys: string[];
  /** Whose map it is, when not the framework's. */
  owner?: Omit<MapOwner, 'framework'>;
}

/** What each map of a strings file may be keyed by, for this framework. */
function keyedMaps(fw: Framework): KeyedMap[] {
  const maps: KeyedMap[] = [
    { path: ['scale'], what: 'scale value', keys: fw.scale.map((s) => String(s.value)) },
    { path: ['concepts'], what: 'concept', keys: (fw.concepts ?? []).map((c) => c.id) },
    { path: ['intake'], what: 'intake question', keys: (fw.intake ?? []).map((q) => q.id) },
    {
      path: ['intakeChecks'],
      what: 'intake check',
      keys: (fw.intakeChecks ?? []).map((c) => c.id),
    },
    { path: ['questions'], what: 'question', keys: fw.questions.map((q) => q.id) },
    { path: ['gates'], what: 'gate', keys: (fw.gates ?? []).map((g) => g.id) },
    { path: ['warnings'], what: 'warning', keys: (fw.warnings ?? []).map((w) => w.id) },
    {
      path: ['participation'],
      what: 'participation rule (by position)',
      keys: (fw.participation ?? []).map((_, i) => String(i + 1)),
    },
    { path: ['outcomes'], what: 'outcome', keys: fw.outcomes.map((o) => o.id) },
    {
      path: ['axes'],
      what: 'axis',
      keys: ['rows', ...(fw.axes.columns ? ['columns'] : [])],
    },
  ];
  for (const name of ['rows', 'columns'] as const) {
    const axis = fw.axes[name];
    if (axis)
      maps.push({
        path: ['axes', name, 'items'],
        what: name === 'rows' ? 'row item' : 'column item',
        keys: axis.items.map((i) => i.id),
      });
  }
  for (const q of fw.intake ?? [])
    maps.push({
      path: ['intake', q.id, 'choices'],
      what: 'choice',
      owner: { owner: 'intake', ownerId: q.id },
      keys: (q.choices ?? []).map((c) => c.value),
    });
  for (const q of fw.questions) {
    maps.push({
      path: ['questions', q.id, 'choices'],
      what: 'choice',
      owner: { owner: 'question', ownerId: q.id },
      keys: (q.choices ?? []).map((c) => c.value),
    });
    maps.push({
      path: ['questions', q.id, 'levels'],
      what: 'level',
      owner: { owner: 'question', ownerId: q.id },
      keys: Object.keys(q.levels ?? {}),
    });
  }
  return maps;
}

function unknownKeys(data: unknown, fw: Framework): Finding[] {
  const findings: Finding[] = [];
  for (const { path, what, keys, owner } of keyedMaps(fw)) {
    const node = valueAt(data, path);
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (keys.includes(key)) continue;
      const whose = { framework: fw.id, ...owner };
      findings.push({
        path: [...path, key],
        part: 'key',
        code: 'framework/unknown-string-key',
        ...(keys.length === 0
          ? say(T, 'strings.nothing-to-translate', { ...whose, what, key })
          : say(T, 'strings.unknown-key', {
              ...whose,
              what,
              key,
              suggestion: /^\d+$/.test(key) ? undefined : closest(key, keys),
              known: keys,
            })),
      });
    }
  }
  // The top level: only `source` can name what the framework lacks.
  if (!fw.source && data !== null && typeof data === 'object' && Object.hasOwn(data, 'source'))
    findings.push({
      path: ['source'],
      part: 'key',
      code: 'framework/unknown-string-key',
      ...say(T, 'strings.no-source', { framework: fw.id }),
    });
  return findings;
}

function missingStrings(data: unknown, fw: Framework): Finding[] {
  return stringSlots(fw).flatMap((slot) => {
    if (slot.base === undefined || stringAt(data, slot.strings) !== undefined) return [];
    const parent = presentPrefix(data, slot.strings.slice(0, -1));
    return [
      {
        // The nearest key present; the top of the file when even the section is missing.
        path: parent.length > 0 ? parent : [],
        part: 'key' as const,
        severity: 'warning' as const,
        code: 'framework/missing-string' as const,
        ...say(T, 'strings.missing-string', { path: slot.strings.join('.') }),
      },
    ];
  });
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
