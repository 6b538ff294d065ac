import { dirname } from 'node:path';
import type { Stats } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/core/review/draft.js';
import { draftPath, draftsFolder, listDrafts, saveDraft } from '../../../src/io/drafts.js';
import type { FileSystem } from '../../../src/io/file-system.js';
import { RUNS, assertSameData, editsOf, hostileText, yamlishText } from '../../helpers/property.js';
import { typedLine } from '../../helpers/review-arbitraries.js';

const ROOT = '/repo';

/** The least FileSystem drafts need, over a Map: cheap enough for ten thousand cases. */
function mapFileSystem(): { fs: FileSystem; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  const fs: FileSystem = {
    readFile: async (path) => {
      const data = files.get(path);
      if (!data) throw missing(path);
      return data;
    },
    writeFile: async (path, data) => void files.set(path, Buffer.from(data)),
    stat: async (path) => {
      if (!files.has(path)) throw missing(path);
      return { isFile: () => true } as Stats;
    },
    readdir: async (path) =>
      [...files.keys()].filter((f) => dirname(f) === path).map((f) => f.slice(path.length + 1)),
    mkdir: async () => undefined,
    rename: async (from, to) => {
      files.set(to, files.get(from) ?? Buffer.alloc(0));
      files.delete(from);
    },
    rm: async (path) => void files.delete(path),
    link: async (from, to) => void files.set(to, files.get(from) ?? Buffer.alloc(0)),
    unlink: async (path) => void files.delete(path),
  };
  return { fs, files };
}

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);

/** A draft as the interactive review saves one: some intake, team and answers filled in. */
const validDraft: fc.Arbitrary<Draft> = fc
  .record(
    {
      id: fc.stringMatching(/^draft-20[0-9]{6}-[0-9]{6}(-[a-z0-9]{4})?$/),
      framework: fc.constantFrom('vatl@2.0.0', 'mini@1.0.0'),
      title: typedLine,
      proposal: fc.dictionary(slug, fc.oneof(typedLine, fc.array(slug, { maxLength: 3 }))),
      answers: fc.dictionary(
        slug,
        fc.oneof(
          fc.record({ value: fc.oneof(fc.integer({ min: 1, max: 4 }), typedLine) }),
          fc.record({ notApplicable: typedLine }),
        ),
      ),
      asked: fc.dictionary(slug, fc.stringMatching(/^[0-9a-f]{8}$/)),
      reachedSummary: fc.boolean(),
      updated: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    },
    { requiredKeys: ['id', 'framework', 'proposal', 'answers', 'asked', 'updated'] },
  )
  .map((d) => ({ draft: 1 as const, ...d }));

const VALID_TEXT = stringify(fc.sample(validDraft, { numRuns: 1, seed: 7 })[0], { lineWidth: 0 });

/** Damaged draft files: random YAML, hostile values under the draft's keys, random edits. */
const damagedDraft = fc.oneof(
  yamlishText,
  fc
    .dictionary(
      fc.constantFrom('draft', 'id', 'framework', 'answers', 'asked', 'proposal', 'updated'),
      fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 })),
    )
    .map((data) => JSON.stringify({ draft: 1, ...data })),
  editsOf(VALID_TEXT),
);

describe('drafts (listDrafts, saveDraft), property tests', () => {
  // listDrafts reads with vatl's own YAML reader: an unknown tag (`!x`) is no warning on stderr.
  const warnings = vi.fn();
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(warnings);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('a saved draft reads back as saved; a damaged draft file is listed as broken or read, never an exception', async () => {
    const { fs, files } = mapFileSystem();
    const input = fc.oneof(
      validDraft.map((draft) => ({ draft })),
      damagedDraft.map((text) => ({ text })),
    );
    await fc.assert(
      fc.asyncProperty(input, async (c) => {
        files.clear();
        if ('draft' in c) {
          await saveDraft(fs, ROOT, c.draft);
          const { drafts, broken } = await listDrafts(fs, ROOT);
          expect(broken).toEqual([]);
          expect(drafts).toHaveLength(1);
          assertSameData(drafts[0], c.draft, 'a saved draft');
          return;
        }
        files.set(draftPath(ROOT, 'draft-x'), Buffer.from(c.text));
        const { drafts, broken } = await listDrafts(fs, ROOT);
        expect(drafts.length + broken.length).toBe(1);
        // A draft that is read has the shape the walk-through reads: its id is its file's name.
        for (const draft of drafts) {
          expect(draft.id).toBe('draft-x');
          expect(typeof draft.updated).toBe('string');
          expect(typeof draft.answers).toBe('object');
        }
      }),
      { numRuns: RUNS },
    );
    expect(draftsFolder(ROOT)).toBe('/repo/.vatl/drafts');
  }, 120_000);
});
