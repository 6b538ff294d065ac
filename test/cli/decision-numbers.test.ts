import { expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, reviewYaml } from '../helpers/reviews.js';

it('numbers the next decision past the highest decision, not past a stray huge number', async () => {
  const ws = memoryWorkspace();
  ws.write('answers.yaml', reviewYaml(exampleReview('lms-replacement')));
  ws.write('decisions/0041-old-tool.review.yaml', 'title: kept as it is\n');
  ws.write('decisions/9999999999999999999999-junk.txt', 'not a decision\n');
  const { code, stdout } = await ws.run(['review', '--answers', 'answers.yaml']);
  expect(code).toBe(0);
  expect(stdout).toContain('Wrote decisions/0042-');
  // The review, its memo and (it records a decision) its family summary.
  expect(ws.list('decisions').filter((f) => f.startsWith('0042-'))).toHaveLength(3);
});
