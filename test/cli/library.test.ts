import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VatlError, loadFramework, parseReview, renderMemo } from '../../src/index.js';
import type { Review } from '../../src/index.js';
import { REPO } from '../helpers/cli.js';

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
