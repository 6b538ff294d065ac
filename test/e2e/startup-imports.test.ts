import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ensureBuilt, spawnProgram } from '../helpers/spawn.js';

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

let scratch: string;

/**
 * Runs vatl with a module hook that logs every module it loads, and returns them as paths
 * inside the package (`node_modules/yaml/...`, `dist/cli/main.js`).
 */
function loadedModules(
  args: readonly string[],
  cwd = root,
): { code: number | null; modules: string[] } {
  const log = join(scratch, `modules-${Math.random().toString(36).slice(2)}.log`);
  const hooks = pathToFileURL(join(scratch, 'hooks.mjs')).href;
  writeFileSync(
    join(scratch, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.VATL_MODULE_LOG, url + '\\n');
  return next(url, context);
}`,
  );
  writeFileSync(
    join(scratch, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(hooks)});\n`,
  );
  const env = { ...cleanEnv(), VATL_MODULE_LOG: log };
  const result = spawnProgram(
    process.execPath,
    ['--import', pathToFileURL(join(scratch, 'register.mjs')).href, BIN, ...args],
    { cwd, env },
  );
  const urls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  const modules = urls
    .map((url) => fileURLToPath(url))
    .filter((path) => path.startsWith(root))
    .map((path) =>
      path
        .slice(root.length)
        .replace(/^[\\/]/, '')
        .split('\\')
        .join('/'),
    );
  return { code: result.code, modules };
}

/**
 * Whether a package was loaded: from node_modules, or inside a loaded chunk of the bundled
 * build (esbuild marks each bundled file with a `// node_modules/<package>/...` line).
 */
const loadsPackage = (modules: string[], name: string) =>
  modules.some(
    (m) =>
      m.includes(`node_modules/${name}/`) ||
      (m.startsWith('dist/bundle/') &&
        readFileSync(join(root, m), 'utf8').includes(`\n// node_modules/${name}/`)),
  );

describe('what each command loads, as it runs', () => {
  beforeAll(() => {
    ensureBuilt();
    scratch = mkdtempSync(join(tmpdir(), 'vatl-imports-'));
    writeFileSync(
      join(scratch, '0001-lms-replacement.review.yaml'),
      readFileSync(join(root, 'examples', 'lms-replacement', 'review.yaml')),
    );
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('--version loads no commander and no YAML parser: only the executable', () => {
    const { code, modules } = loadedModules(['--version']);
    expect(code).toBe(0);
    expect(modules).toEqual(['bin/vatl.js', 'bin/vatl.cjs']);
  });

  it('validate of a review loads neither inquirer nor handlebars', () => {
    const { code, modules } = loadedModules(
      ['validate', '0001-lms-replacement.review.yaml'],
      scratch,
    );
    expect(code).toBe(0);
    expect(loadsPackage(modules, 'commander')).toBe(true);
    expect(loadsPackage(modules, 'handlebars')).toBe(false);
    expect(loadsPackage(modules, '@inquirer/prompts')).toBe(false);
    expect(loadsPackage(modules, '@inquirer/core')).toBe(false);
  });

  it('validate of frameworks loads neither inquirer nor handlebars, nor js-yaml', () => {
    const { code, modules } = loadedModules(['validate', 'frameworks']);
    expect(code).toBe(0);
    expect(loadsPackage(modules, 'handlebars')).toBe(false);
    expect(loadsPackage(modules, '@inquirer/prompts')).toBe(false);
    expect(loadsPackage(modules, 'js-yaml')).toBe(false);
  });

  it('review --answers --stdout loads handlebars but not the prompts', () => {
    const { code, modules } = loadedModules(
      ['review', '--answers', '0001-lms-replacement.review.yaml', '--stdout'],
      scratch,
    );
    expect(code).toBe(0);
    expect(loadsPackage(modules, 'handlebars')).toBe(true);
    expect(loadsPackage(modules, '@inquirer/prompts')).toBe(false);
  });
});
