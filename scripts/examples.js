// Regenerates the worked examples' golden files with the CLI (`npm run examples`): for each
// examples/<name>/review.yaml, its memo and family summary in every language vatl speaks
// (memo.md, memo.es.md, memo.family.md, memo.family.es.md), each from `vatl render --stdout`.
// Run it after changing a template, the memo's text or a framework's strings, then review the diff.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'vatl.js');
const files = [
  { name: 'memo.md', args: [] },
  { name: 'memo.es.md', args: ['--lang', 'es'] },
  { name: 'memo.family.md', args: ['--audience', 'family'] },
  { name: 'memo.family.es.md', args: ['--audience', 'family', '--lang', 'es'] },
];
for (const example of readdirSync(join(root, 'examples')).sort()) {
  const review = join('examples', example, 'review.yaml');
  if (!existsSync(join(root, review))) continue;
  for (const file of files) {
    const text = execFileSync(process.execPath, [cli, 'render', review, '--stdout', ...file.args], {
      cwd: root,
      encoding: 'utf8',
    });
    writeFileSync(join(root, 'examples', example, file.name), text);
    console.log(`wrote examples/${example}/${file.name}`);
  }
}
