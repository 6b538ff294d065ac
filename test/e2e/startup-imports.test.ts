import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/spawn.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The packages a built module loads before any of its code runs: its static imports,
 * followed through our own files. Dynamic `import()` is what commands use to load only what
 * they need, so it is not followed.
 */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
    )) {
      const spec = match[1] ?? match[2] ?? '';
      if (spec.startsWith('.')) {
        const next = resolve(dirname(file), spec);
        if (existsSync(next)) pending.push(next);
      } else if (!spec.startsWith('node:')) {
        packages.add(
          spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : (spec.split('/')[0] ?? spec),
        );
      }
    }
  }
  return packages;
}

describe('start-up loads only what a command uses', () => {
  beforeAll(() => ensureBuilt());

  it('the entry point loads commander and nothing for prompts or templates', () => {
    const packages = staticPackages(join(root, 'dist', 'cli', 'main.js'));
    expect(packages).toContain('commander');
    expect(packages).not.toContain('handlebars');
    expect(packages).not.toContain('@inquirer/prompts');
  });

  it('validate loads no inquirer or handlebars until it meets a review or memo', () => {
    const packages = staticPackages(join(root, 'dist', 'cli', 'commands', 'validate.js'));
    expect(packages).toContain('yaml');
    expect(packages).not.toContain('handlebars');
    expect(packages).not.toContain('@inquirer/prompts');
  });

  it('review --answers loads templates but not the prompts', () => {
    const packages = staticPackages(join(root, 'dist', 'cli', 'commands', 'review.js'));
    expect(packages).toContain('handlebars');
    expect(packages).not.toContain('@inquirer/prompts');
  });
});
