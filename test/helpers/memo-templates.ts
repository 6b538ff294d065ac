import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoTemplates } from '../../src/core/memo/render-memo.js';
import { REPO } from './cli.js';

/** The built-in memo templates (templates/memo.md.hbs and its partials), read from the repository. */
export function builtInTemplates(): MemoTemplates {
  const folder = join(REPO, 'templates');
  const partials: MemoTemplates['partials'] = {};
  for (const file of readdirSync(join(folder, 'partials')).sort()) {
    partials[file.replace(/\.md\.hbs$/, '')] = {
      name: `templates/partials/${file}`,
      source: readFileSync(join(folder, 'partials', file), 'utf8'),
    };
  }
  return {
    main: {
      name: 'templates/memo.md.hbs',
      source: readFileSync(join(folder, 'memo.md.hbs'), 'utf8'),
    },
    partials,
    family: {
      name: 'templates/family.md.hbs',
      source: readFileSync(join(folder, 'family.md.hbs'), 'utf8'),
    },
  };
}
