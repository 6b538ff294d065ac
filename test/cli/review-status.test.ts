import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Review } from '../../src/core/review/types.js';
import { makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, reviewYaml } from '../helpers/reviews.js';
import { WHOLE_REVIEW, runInteractive, scriptedPrompter } from '../helpers/scripted-prompter.js';

describe('vatl review at a terminal: the status it writes', () => {
  let cwd: string;
  beforeEach(async () => {
    cwd = await makeWorkspace();
  });
  afterEach(async () => {
    await removeWorkspace(cwd);
  });

  it('records the decision the walk-through made as decided, in the review and its memo', async () => {
    const { code, stderr } = await runInteractive(cwd, ['review'], scriptedPrompter(WHOLE_REVIEW));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const review = parse(
      await readFile(join(cwd, 'decisions/0001-lumen-tutor.review.yaml'), 'utf8'),
    ) as Review;
    expect(review).toMatchObject({ status: 'decided', decision: { outcome: 'adopt' } });
    const memo = await readFile(join(cwd, 'decisions/0001-lumen-tutor.md'), 'utf8');
    expect(memo).toContain('\nstatus: decided\n');
    expect(memo).toContain('| Status | decided |');
  });
});

describe('vatl review --answers: the status it writes', () => {
  const written = async (data: ReturnType<typeof exampleReview>) => {
    const ws = memoryWorkspace({ 'answers.yaml': reviewYaml(data) });
    const { code } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    const file = ws.list('decisions').find((n) => n.endsWith('.review.yaml'));
    return parse(ws.read(`decisions/${file ?? 'none'}`)) as Review;
  };

  it('is decided when the file records a decision and gives no status', async () => {
    const data = exampleReview('lms-replacement');
    delete data.status;
    expect((await written(data)).status).toBe('decided');
  });

  it('is proposed when there is no decision yet', async () => {
    const data = exampleReview('lms-replacement');
    delete data.status;
    delete data.decision;
    expect((await written(data)).status).toBe('proposed');
  });

  it('is the status the file gives: a decision awaiting sign-off can stay proposed', async () => {
    const data = { ...exampleReview('lms-replacement'), status: 'proposed' };
    expect((await written(data)).status).toBe('proposed');
  });
});
