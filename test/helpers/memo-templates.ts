import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoTemplateSet, MemoTemplates } from '../../src/core/memo/render-memo.js';
import { REPO } from './cli.js';

/** One language's built-in set: `templates/` (English) or `templates/es/`, read from the repository. */
function builtInSet(sub: string): MemoTemplateSet {
  const folder = join(REPO, 'templates', sub);
  const shown = sub ? `templates/${sub}` : 'templates';
  const partials: MemoTemplateSet['partials'] = {};
  for (const file of readdirSync(join(folder, 'partials')).sort()) {
    partials[file.replace(/\.md\.hbs$/, '')] = {
      name: `${shown}/partials/${file}`,
      source: readFileSync(join(folder, 'partials', file), 'utf8'),
    };
  }
  const read = (name: string) => ({
    name: `${shown}/${name}`,
    source: readFileSync(join(folder, name), 'utf8'),
  });
  return {
    main: read('memo.md.hbs'),
    partials,
    family: read('family.md.hbs'),
    compare: read('compare.md.hbs'),
  };
}

/** The built-in memo templates (templates/memo.md.hbs and its partials), and the Spanish set (templates/es/). */
export function builtInTemplates(): MemoTemplates {
  return { ...builtInSet(''), languages: { es: builtInSet('es') } };
}
