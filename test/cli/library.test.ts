import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  VatlError,
  loadFramework,
  parseReview,
  renderFamilySummary,
  renderMemo,
} from '../../src/index.js';
import type { Review } from '../../src/index.js';
import { REPO, makeWorkspace, removeWorkspace, runVatl } from '../helpers/cli.js';

const SECOND = '0002-canopy-lms.review.yaml';

const EXAMPLES = readdirSync(join(REPO, 'examples')).sort();

function reviewIn(name: string): Review {
  const text = readFileSync(join(REPO, 'examples', name, 'review.yaml'), 'utf8');
  const { review, diagnostics } = parseReview(text, `examples/${name}/review.yaml`);
  if (!review) throw new Error(`examples/${name}/review.yaml: ${diagnostics[0]?.message ?? ''}`);
  return review;
}

describe('the library API', () => {
  it.each(EXAMPLES)(
    'renderMemo gives the memo `vatl render` writes for %s, byte for byte',
    async (name) => {
      const memo = await renderMemo(reviewIn(name), { cwd: REPO });
      expect(memo).toBe(readFileSync(join(REPO, 'examples', name, 'memo.md'), 'utf8'));
    },
  );

  it.each(EXAMPLES)(
    'renderMemo and renderFamilySummary take the language: the Spanish files of %s, byte for byte',
    async (name) => {
      const read = (file: string) => readFileSync(join(REPO, 'examples', name, file), 'utf8');
      const review = reviewIn(name);
      expect(await renderMemo(review, { cwd: REPO, language: 'es' })).toBe(read('memo.es.md'));
      expect(await renderFamilySummary(review, { cwd: REPO, language: 'es' })).toBe(
        read('memo.family.es.md'),
      );
      expect(await renderFamilySummary(review, { cwd: REPO })).toBe(read('memo.family.md'));
    },
  );

  it('renderMemo refuses a review with errors, naming the first one', async () => {
    const broken = { ...reviewIn('lms-replacement'), decision: { outcome: 'maybe' } };
    const error = await renderMemo(broken, { cwd: REPO }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VatlError);
    expect((error as VatlError).code).toBe('review/unknown-outcome');
  });

  it('loadFramework resolves a built-in id, as the CLI does', async () => {
    const { framework, diagnostics } = await loadFramework('vatl', REPO);
    expect(diagnostics).toEqual([]);
    expect(framework?.id).toBe('vatl');
    expect(framework?.questions.length).toBeGreaterThan(40);
  });

  it('loadFramework reads a framework file by path, relative to cwd', async () => {
    const { framework, file } = await loadFramework('frameworks/iste-leaders.yaml', REPO);
    expect(framework?.id).toBe('iste-leaders');
    expect(file).toBe('frameworks/iste-leaders.yaml');
  });

  it('loadFramework names the installed ids for one that is not installed', async () => {
    const { framework, diagnostics } = await loadFramework('nope', REPO);
    expect(framework).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.hint])).toEqual([
      [
        'framework/not-installed',
        'Installed: dp-leadership, iste-leaders, tla-edtech-systems, vatl. Or give a path to a framework file.',
      ],
    ]);
  });
});

describe('the library API in a decisions repository', () => {
  it('renderMemo carries the overlap note, as vatl render does', async () => {
    const cwd = await makeWorkspace();
    try {
      await mkdir(join(cwd, 'decisions'));
      await copyFile(
        join(REPO, 'examples', 'lms-replacement', 'review.yaml'),
        join(cwd, 'decisions', '0001-lms-replacement.review.yaml'),
      );
      const second = join(REPO, 'test', 'fixtures', 'compare', SECOND);
      const { review } = parseReview(readFileSync(second, 'utf8'), SECOND);
      if (!review) throw new Error(`${SECOND} does not parse`);
      const memo = await renderMemo(review, { cwd, today: '2025-03-01' });
      expect(memo).toContain('0001-lms-replacement');
      const cli = await runVatl(cwd, ['render', '--stdout', second]);
      expect(cli.code).toBe(0);
      expect(memo).toBe(cli.stdout);
    } finally {
      await removeWorkspace(cwd);
    }
  });
});
