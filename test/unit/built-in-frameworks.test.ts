import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogueOf,
  checkCrossReferences,
  parseFramework,
} from '../../src/core/framework/parse-framework.js';
import type { ParsedFramework } from '../../src/core/framework/parse-framework.js';
import { stringsFileName } from '../../src/core/framework/parse-strings.js';
import { isScored } from '../../src/core/framework/question-kinds.js';
import type { Condition, Framework } from '../../src/core/framework/types.js';

const FRAMEWORKS = fileURLToPath(new URL('../../frameworks/', import.meta.url));
const EXPECTED_FILES = [
  'dp-leadership.yaml',
  'iste-leaders.yaml',
  'tla-edtech-systems.yaml',
  'vatl.yaml',
];
const MODELINE = '# yaml-language-server: $schema=./schema/framework.schema.json';

// Beside each framework is its strings file in another language (vatl.es.yaml), checked in
// framework-strings.test.ts.
const files = readdirSync(FRAMEWORKS)
  .filter((name) => /\.ya?ml$/.test(name) && !stringsFileName(name))
  .sort();
const parsed = new Map<string, ParsedFramework>(
  files.map((name) => [
    name,
    parseFramework(readFileSync(join(FRAMEWORKS, name), 'utf8'), `frameworks/${name}`),
  ]),
);
const catalogue = catalogueOf(
  [...parsed.values()].flatMap((p) => (p.framework ? [p.framework] : [])),
);

function load(id: string): Framework {
  const framework = parsed.get(`${id}.yaml`)?.framework;
  if (!framework) throw new Error(`frameworks/${id}.yaml is missing or does not load`);
  return framework;
}

/** Every leaf condition in a condition tree. */
function leaves(c: Condition): Condition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

describe('the built-in framework files', () => {
  it('are the four frameworks vatl ships', () => {
    expect(files).toEqual(EXPECTED_FILES);
  });

  it.each(EXPECTED_FILES)(
    '%s parses with no diagnostics, cross-references resolved against the others',
    (name) => {
      const p = parsed.get(name);
      expect(p, `frameworks/${name} is missing`).toBeDefined();
      if (!p) return;
      const diagnostics = [...p.diagnostics, ...checkCrossReferences(p, catalogue)];
      expect(
        diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`),
      ).toEqual([]);
      expect(`${p.framework?.id}.yaml`).toBe(name);
    },
  );

  it.each(EXPECTED_FILES)(
    '%s starts with the schema modeline and names its source in the header',
    (name) => {
      const text = readFileSync(join(FRAMEWORKS, name), 'utf8');
      const lines = text.split('\n');
      expect(lines[0]).toBe(MODELINE);
      const header = lines
        .slice(
          0,
          lines.findIndex((l) => !l.startsWith('#')),
        )
        .join('\n');
      const fw = load(name.replace(/\.yaml$/, ''));
      // The publisher's name, without a parenthesised expansion: "ISTE (International …)" → "ISTE".
      const source = fw.source ?? { publisher: '', title: '', version: '' };
      const publisher = source.publisher.replace(/\s*\(.*\)$/, '');
      expect(publisher).not.toBe('');
      expect(header).toContain(publisher);
      expect(source.title.trim()).not.toBe('');
      expect(source.version.trim()).not.toBe('');
    },
  );

  it('point their modeline at a schema that exists and has an $id', () => {
    const schemaPath = join(FRAMEWORKS, 'schema', 'framework.schema.json');
    expect(existsSync(schemaPath)).toBe(true);
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id?: string };
    expect(schema.$id).toMatch(/^https:\/\//);
  });
});

describe('vatl', () => {
  const fw = () => load('vatl');

  it('is the 3 × 3 grid of Areas of Impact and Value Adds', () => {
    expect(fw().axes.rows.items.map((r) => r.label)).toEqual([
      'Governance & Ethics',
      'People & Capacity',
      'Infrastructure & Resources',
    ]);
    expect(fw().axes.columns?.items.map((c) => c.label)).toEqual([
      'Do More',
      'Do Better',
      'Do New',
    ]);
  });

  it('has at least 3 scale questions in each of the 9 cells, each with help and every level described', () => {
    const framework = fw();
    const values = framework.scale.map((s) => String(s.value));
    const cells = framework.axes.rows.items.flatMap((r) =>
      (framework.axes.columns?.items ?? []).map((c) => `${r.id}/${c.id}`),
    );
    expect(cells).toHaveLength(9);
    for (const cell of cells) {
      const scale = framework.questions.filter(
        (q) => q.cell === cell && q.kind === 'scale' && isScored(q),
      );
      expect(scale.length, cell).toBeGreaterThanOrEqual(3);
      for (const q of scale) {
        expect(q.help.trim().length, `${q.id} help`).toBeGreaterThan(20);
        expect(Object.keys(q.levels ?? {}).sort(), `${q.id} levels`).toEqual(values);
        for (const text of Object.values(q.levels ?? {})) expect(text.trim()).not.toBe('');
      }
    }
  });

  it('asks the intake questions about the proposal, the AI ones only for a tool with AI', () => {
    expect(fw().intake?.map((q) => q.id)).toEqual([
      'name',
      'vendor',
      'category',
      'users',
      'student-facing',
      'student-data',
      'monitors-people',
      'uses-ai',
      'ai-features',
      'ai-decisions',
      'ai-staff-decisions',
      'cost',
      'term',
    ]);
    for (const id of ['ai-features', 'ai-decisions', 'ai-staff-decisions'])
      expect(fw().intake?.find((q) => q.id === id)?.when, id).toEqual({
        intake: 'uses-ai',
        equals: 'yes',
      });
  });

  it('has red lines by severity: student-data ones block Adopt and Adapt, the others Adopt', () => {
    const blocks = Object.fromEntries(
      (fw().gates ?? []).map((g) => [
        g.id,
        `${g.kind ?? 'red-line'} ${(g.blocks ?? []).join('+')}`,
      ]),
    );
    expect(blocks).toEqual({
      'no-privacy-agreement': 'red-line adopt+adapt',
      'trains-on-student-data': 'red-line adopt+adapt',
      'no-accessibility-evidence': 'red-line adopt',
      'no-human-review': 'red-line adopt',
      'security-floor': 'floor adopt',
      'data-minimisation-floor': 'floor adopt',
      'legal-fit-floor': 'floor adopt',
    });
  });

  it('floors security practice, data minimisation and legal fit at their lowest level', () => {
    const floors = (fw().gates ?? []).filter((g) => g.kind === 'floor').map((g) => g.when);
    expect(floors).toEqual([
      { question: 'ir-security-practice', atMost: 1 },
      { question: 'ir-data-minimisation', atMost: 1 },
      { question: 'ge-policy-fit', atMost: 1 },
    ]);
  });

  it('asks its red-line questions only where they apply, forbids N/A, and scores none of them', () => {
    const checks = fw().questions.filter((q) => !isScored(q));
    expect(Object.fromEntries(checks.map((q) => [q.id, leaves(q.when ?? { all: [] })]))).toEqual({
      'ge-human-review': expect.arrayContaining([
        { intake: 'uses-ai', equals: 'yes' },
        { intake: 'ai-decisions', equals: 'yes' },
        { intake: 'ai-staff-decisions', equals: 'yes' },
      ]),
      'ir-privacy-agreement': [{ intake: 'student-data', equals: 'yes' }],
      'ir-clickthrough-terms': [{ intake: 'student-data', equals: 'yes' }],
      'ir-accessibility': [{ intake: 'student-facing', equals: 'yes' }],
      'ir-model-training': [{ intake: 'student-data', equals: 'yes' }],
    });
    for (const q of checks) expect(q.notApplicable, q.id).toBe(false);
    // A signed agreement, or one the contract requires before any data flows, clears it.
    expect(
      fw()
        .questions.find((q) => q.id === 'ir-privacy-agreement')
        ?.choices?.map((c) => c.value),
    ).toEqual(['signed', 'before-data', 'none']);
  });

  it('places privacy, security and identity under Infrastructure & Resources, as VATL does', () => {
    for (const id of [
      'ir-privacy-agreement',
      'ir-security-practice',
      'ir-data-minimisation',
      'ir-interoperability',
      'ir-data-hosting',
    ])
      expect(fw().questions.find((q) => q.id === id)?.cell, id).toMatch(/^infrastructure\//);
  });

  it('asks what AI in schools needs, only of tools with AI', () => {
    const when = (id: string) =>
      JSON.stringify(fw().questions.find((q) => q.id === id)?.when ?? null);
    for (const id of [
      'ge-ai-safeguarding',
      'ir-ai-accuracy-testing',
      'ge-staff-ai-decisions',
      'ge-ai-transparency',
      'pc-ai-literacy',
    ])
      expect(when(id), id).toContain('"intake":"uses-ai"');
    expect(when('ge-monitoring-uses')).toContain('monitors-people');
  });

  it("never cites TLA's team structures as if they meant user-centred design", () => {
    for (const q of fw().questions)
      expect(q.refs?.['tla-edtech-systems'] ?? [], q.id).not.toEqual(
        expect.arrayContaining(['user-centered']),
      );
  });

  it('warns of efficiency only: strong Do More with weak Do Better', () => {
    const warning = fw().warnings?.find((w) => w.id === 'efficiency-only');
    expect(warning).toBeDefined();
    if (!warning) return;
    const scores = leaves(warning.when);
    expect(scores).toContainEqual(
      expect.objectContaining({ score: 'do-more', atLeast: expect.any(Number) }),
    );
    expect(scores).toContainEqual(
      expect.objectContaining({ score: 'do-better', atMost: expect.any(Number) }),
    );
  });

  it('ends in Adopt, Adapt or Abandon, with a re-review interval', () => {
    expect(fw().outcomes.map((o) => o.label)).toEqual(['Adopt', 'Adapt', 'Abandon']);
    expect(fw().review?.intervalMonths).toBeGreaterThan(0);
  });

  it('cross-references every question to ISTE, Digital Promise or TLA items', () => {
    const others = ['iste-leaders', 'dp-leadership', 'tla-edtech-systems'];
    for (const q of fw().questions) {
      expect(
        Object.keys(q.refs ?? {}).filter((k) => others.includes(k)),
        q.id,
      ).not.toEqual([]);
    }
    const referenced = new Set(fw().questions.flatMap((q) => Object.keys(q.refs ?? {})));
    for (const id of others) expect(referenced, id).toContain(id);
  });
});

describe('iste-leaders', () => {
  const fw = () => load('iste-leaders');

  it('has the 5 standards', () => {
    expect(fw().axes.rows.items.map((r) => r.label)).toEqual([
      'Equity and Citizenship Advocate',
      'Visionary Planner',
      'Empowering Leader',
      'Systems Designer',
      'Connected Learner',
    ]);
  });

  it('asks the 22 lettered indicators 1a–5d and two red-line checks, each under its own standard', () => {
    const indicators = [
      '1a',
      '1b',
      '1c',
      '1d',
      '2a',
      '2b',
      '2c',
      '2d',
      '2e',
      '3a',
      '3b',
      '3c',
      '3d',
      '3e',
    ];
    indicators.push('4a', '4b', '4c', '4d', '5a', '5b', '5c', '5d');
    expect(
      fw()
        .questions.map((q) => q.id)
        .filter((id) => /^\d[a-e]$/.test(id)),
    ).toEqual(indicators);
    expect(
      fw()
        .questions.filter((q) => !isScored(q))
        .map((q) => q.id),
    ).toEqual(['1b-accessibility-evidence', '4c-privacy-agreement']);
    const standards = fw().axes.rows.items.map((r) => r.id);
    for (const q of fw().questions) {
      expect(q.cell, q.id).toBe(standards[Number(q.id[0]) - 1]);
      expect(q.help.trim(), q.id).not.toBe('');
    }
  });
});

describe('dp-leadership', () => {
  const fw = () => load('dp-leadership');

  it('has the 6 indicators', () => {
    expect(fw().axes.rows.items.map((r) => r.label)).toEqual([
      'Culture of Innovation',
      'Collaborative Vision Development',
      'Communication of Shared Vision',
      'Strategic Plan',
      'Learner-Centered Mindset',
      'Collaborative Partnerships',
    ]);
  });

  it('requires evidence for every question, with a prompt saying what evidence', () => {
    expect(fw().questions.length).toBeGreaterThan(0);
    for (const q of fw().questions) {
      expect(q.evidence, q.id).toBe('required');
      expect(q.evidencePrompt?.trim(), q.id).toBeTruthy();
    }
  });

  it('asks at least one question under each indicator', () => {
    const cells = new Set(fw().questions.map((q) => q.cell));
    for (const r of fw().axes.rows.items) expect(cells, r.id).toContain(r.id);
  });
});

describe('tla-edtech-systems', () => {
  const fw = () => load('tla-edtech-systems');

  it('is a grid of the stages (selection → implementation → evaluation) by the three commitments', () => {
    expect(fw().axes.rows.items.map((r) => r.id)).toEqual([
      'selection',
      'implementation',
      'evaluation',
    ]);
    expect(fw().axes.columns?.items.map((c) => c.id)).toEqual([
      'center-equity',
      'support-system-priorities',
      'continuously-improve',
    ]);
  });

  it('defines the enabling conditions, foundational practices and team structures as concepts', () => {
    const groups = new Map<string, string[]>();
    for (const c of fw().concepts ?? [])
      groups.set(c.group, [...(groups.get(c.group) ?? []), c.id]);
    expect([...groups.keys()]).toHaveLength(4);
    expect([...groups.values()].flat()).toContain('self-assessment');
    const teamStructures = [...groups.values()].find((ids) => ids.includes('co-designed'));
    expect(teamStructures?.sort()).toEqual(['co-designed', 'user-centered', 'user-created']);
    for (const ids of groups.values()) expect(ids.length).toBeGreaterThanOrEqual(3);
  });
});
