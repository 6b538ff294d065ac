import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/io/config.js';
import type { Config } from '../../../src/io/config.js';
import {
  RUNS,
  assertLocated,
  assertNone,
  editsOf,
  hostileText,
  yamlishText,
} from '../../helpers/property.js';

const ROOT = '/repo';
const FILE = join(ROOT, 'vatl.config.yaml');
const SHOWN = 'vatl.config.yaml';
const DEFAULTS: Config = {
  root: ROOT,
  decisions: join(ROOT, 'decisions'),
  frameworks: [],
  defaultFramework: 'vatl',
};
const where = { file: FILE, shown: SHOWN, defaults: DEFAULTS };

const folder = fc
  .array(fc.stringMatching(/^(\.\.|[A-Za-z0-9 _.-]{1,12})$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('/'))
  .filter((p) => p.trim() !== '');

/** A config the schema accepts: any of its four settings, each a folder or a framework id. */
const validConfig = fc.record(
  {
    decisions: folder,
    frameworks: fc.array(folder, { maxLength: 3 }),
    templates: folder,
    defaultFramework: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    language: fc.constantFrom('en', 'es'),
  },
  { requiredKeys: [] },
);

const VALID_TEXT = [
  '# yaml-language-server: $schema=frameworks/schema/config.schema.json',
  'decisions: records/decisions',
  'frameworks:',
  '  - frameworks',
  '  - ../shared/frameworks',
  'templates: templates',
  'defaultFramework: tla-edtech-systems',
  '',
].join('\n');

/** Damaged configs: random YAML, hostile values under the real keys, random edits of a good one. */
const damagedConfig = fc.oneof(
  yamlishText,
  fc
    .dictionary(
      fc.constantFrom(
        'decisions',
        'frameworks',
        'templates',
        'defaultFramework',
        'language',
        '$schema',
        'x',
      ),
      fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })),
    )
    .map((data) => JSON.stringify(data)),
  editsOf(VALID_TEXT),
);

function roundTrips(data: Record<string, unknown>): void {
  const text = Object.keys(data).length === 0 ? '# defaults\n' : stringify(data, { lineWidth: 0 });
  const { config, diagnostics } = parseConfig(text, where);
  assertNone(diagnostics, 'a valid config has diagnostics');
  const d = data as { decisions?: string; frameworks?: string[]; templates?: string };
  const expected = {
    file: FILE,
    root: ROOT,
    decisions: resolve(ROOT, d.decisions ?? 'decisions'),
    frameworks: (d.frameworks ?? []).map((f) => resolve(ROOT, f)),
    ...(d.templates ? { templates: resolve(ROOT, d.templates) } : {}),
    defaultFramework: data.defaultFramework ?? 'vatl',
    ...(data.language ? { language: data.language } : {}),
  };
  if (JSON.stringify(config) !== JSON.stringify(expected))
    throw new Error(`config ${JSON.stringify(config)} is not ${JSON.stringify(expected)}`);
}

function loadsOrExplains(text: string): void {
  const { config, diagnostics } = parseConfig(text, where);
  assertLocated(diagnostics, SHOWN, text);
  // With any problem the defaults apply; without one, every folder is an absolute path.
  if (diagnostics.length > 0 && config !== DEFAULTS) throw new Error('a broken config was used');
  const folders = [config.decisions, ...config.frameworks, config.templates ?? ROOT];
  if (folders.some((f) => typeof f !== 'string' || !f.startsWith('/')))
    throw new Error(`a folder is not an absolute path: ${JSON.stringify(config)}`);
}

describe('parseConfig (vatl.config.yaml), property tests', () => {
  it('a config of comments only gives the defaults, rooted at its folder', () => {
    expect(parseConfig('# root\n', where)).toEqual({
      config: { ...DEFAULTS, file: FILE },
      diagnostics: [],
    });
    expect(parseConfig(VALID_TEXT, where).diagnostics).toEqual([]);
  });

  it('language: takes en or es, and refuses any other at its line and column', () => {
    expect(parseConfig('language: es\n', where).config.language).toBe('es');
    const { config, diagnostics } = parseConfig('decisions: d\nlanguage: fr\n', where);
    expect(config).toBe(DEFAULTS);
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 11]]);
  });

  it('valid configs resolve every folder; damaged ones give located diagnostics, never an exception', () => {
    const input = fc.oneof(
      validConfig.map((data) => ({ data })),
      damagedConfig.map((text) => ({ text })),
    );
    fc.assert(
      fc.property(input, (c) => ('data' in c ? roundTrips(c.data) : loadsOrExplains(c.text))),
      { numRuns: RUNS },
    );
  }, 120_000);
});
