// The built-in templates in each language: loaded from templates/ and templates/es/, each
// precompiled by the build (dist/snapshot/templates.js), and Spanish only when asked for.
import * as nodeFs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { MemoTemplateSet } from '../../src/core/memo/render-memo.js';
import { loadTemplates } from '../../src/io/templates.js';
import { REPO } from '../helpers/cli.js';

const every = (set: MemoTemplateSet) => [
  set.main,
  ...Object.values(set.partials),
  ...(set.compare ? [set.compare] : []),
  ...(set.family ? [set.family] : []),
];

describe('the built-in templates by language', () => {
  it('loads the Spanish set from templates/es/, every one precompiled at build time', async () => {
    const { templates, diagnostics } = await loadTemplates(nodeFs, REPO, []);
    expect(diagnostics).toEqual([]);
    const es = templates?.languages?.es;
    expect(es?.main.name).toBe('templates/es/memo.md.hbs');
    expect(es?.family?.name).toBe('templates/es/family.md.hbs');
    expect(es?.compare?.name).toBe('templates/es/compare.md.hbs');
    expect(Object.keys(es?.partials ?? {}).sort()).toEqual(
      Object.keys(templates?.partials ?? {}).sort(),
    );
    for (const t of [...every(templates as MemoTemplateSet), ...every(es as MemoTemplateSet)])
      expect(t.precompiled, t.name).toBeDefined();
  });

  it('loads only English when only English is asked for', async () => {
    const { templates } = await loadTemplates(nodeFs, REPO, [], ['en']);
    expect(templates?.main.name).toBe('templates/memo.md.hbs');
    expect(templates?.languages).toBeUndefined();
  });
});
