import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, STACK_TRACE, VERSION } from '../helpers/cli.js';
import { cleanEnv, ensureBuilt, spawnProgram } from '../helpers/spawn.js';
import type { SpawnResult } from '../helpers/spawn.js';

let packDir: string;
let installDir: string;

/** npm, with the environment it needs to reach the registry (CA certificates included). */
function npm(args: readonly string[], cwd: string): SpawnResult {
  const result = spawnProgram('npm', args, { cwd, env: process.env, timeout: 300_000 });
  if (result.code !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${result.code}):\n${result.stderr}`);
  }
  return result;
}

function installedVatl(args: readonly string[]): SpawnResult {
  return spawnProgram(join(installDir, 'node_modules', '.bin', 'vatl'), args, {
    cwd: installDir,
    env: cleanEnv(),
  });
}

beforeAll(async () => {
  ensureBuilt();
  packDir = await mkdtemp(join(tmpdir(), 'vatl-pack-'));
  installDir = await mkdtemp(join(tmpdir(), 'vatl-install-'));
  // --ignore-scripts: dist/ is built already, and a rebuild here would pull src/generated
  // out from under the tests running alongside.
  npm(['pack', '--ignore-scripts', '--pack-destination', packDir], REPO);
  const tarballs = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
  expect(tarballs).toEqual([`vatl-${VERSION}.tgz`]);
  npm(['init', '-y'], installDir);
  npm(['install', '--no-audit', '--no-fund', join(packDir, tarballs[0] ?? '')], installDir);
}, 600_000);

afterAll(async () => {
  for (const dir of [packDir, installDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the packed tarball, installed into an empty folder', () => {
  it('carries the built CLI, the frameworks, the schema and the templates', async () => {
    const root = join(installDir, 'node_modules', 'vatl');
    expect((await readdir(join(root, 'frameworks'))).sort()).toEqual(
      expect.arrayContaining([
        'dp-leadership.yaml',
        'iste-leaders.yaml',
        'schema',
        'tla-edtech-systems.yaml',
        'vatl.yaml',
      ]),
    );
    expect(await readdir(join(root, 'frameworks', 'schema'))).toContain('framework.schema.json');
    expect(await readdir(join(root, 'dist', 'cli'))).toContain('main.js');
    expect(await readdir(join(root, 'templates'))).toContain('memo.md.hbs');
    expect(await readdir(join(root, 'docs'))).toContain('diagnostics.md');
    expect(await readdir(root)).not.toContain('src');
    expect(await readdir(root)).not.toContain('test');
  });

  it('carries the MIT licence it declares, and the examples the README points to', async () => {
    const root = join(installDir, 'node_modules', 'vatl');
    const licence = await readFile(join(root, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the vatl authors\n/);
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      license: string;
    };
    expect(manifest.license).toBe('MIT');
    expect((await readdir(join(root, 'examples'))).sort()).toEqual([
      'ai-tutoring-chatbot',
      'early-warning-analytics',
      'lms-replacement',
      'team-review',
    ]);
    expect((await readdir(join(root, 'examples', 'lms-replacement'))).sort()).toEqual([
      'memo.es.md',
      'memo.family.es.md',
      'memo.family.md',
      'memo.md',
      'review.yaml',
    ]);
    // The Spanish templates ship beside the English ones (vatl render --lang es).
    expect((await readdir(join(root, 'templates', 'es'))).sort()).toEqual([
      'compare.md.hbs',
      'family.md.hbs',
      'memo.md.hbs',
      'partials',
    ]);
  });

  it('renders an installed example as its memo, as the no-terminal message suggests', async () => {
    const example = join('node_modules', 'vatl', 'examples', 'lms-replacement');
    const { code, stdout } = installedVatl([
      'review',
      '--answers',
      join(example, 'review.yaml'),
      '--stdout',
    ]);
    expect(stdout).toBe(await readFile(join(installDir, example, 'memo.md'), 'utf8'));
    expect(code).toBe(0);
  });

  it('prints a completion script, and sets up a repository that pins this vatl', async () => {
    const completion = installedVatl(['completion', 'bash']);
    expect(completion.stdout).toContain('complete -F _vatl vatl');
    expect(completion.code).toBe(0);
    const repo = await mkdtemp(join(tmpdir(), 'vatl-init-'));
    try {
      const init = spawnProgram(join(installDir, 'node_modules', '.bin', 'vatl'), ['init'], {
        cwd: repo,
        env: cleanEnv(),
      });
      expect(init.code).toBe(0);
      expect(init.stdout).toContain('npm install');
      const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as object;
      expect(manifest).toEqual({ private: true, devDependencies: { vatl: VERSION } });
      const workflow = await readFile(join(repo, '.github', 'workflows', 'vatl.yml'), 'utf8');
      expect(workflow).toContain('- run: npm ci\n      - run: npx --no vatl validate');
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it('runs `vatl --version`', () => {
    const { code, stdout, stderr } = installedVatl(['--version']);
    expect(stdout).toBe(`${VERSION}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('runs `vatl validate node_modules/vatl/frameworks` with exit 0', () => {
    const { code, stdout, stderr } = installedVatl(['validate', 'node_modules/vatl/frameworks']);
    // The four frameworks and the Spanish strings file beside each.
    expect(stdout).toBe('✔ 8 files checked, no problems.\n');
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(code).toBe(0);
  });

  it('runs `vatl frameworks list` with the built-in frameworks', () => {
    const { code, stdout } = installedVatl(['frameworks', 'list']);
    for (const id of ['dp-leadership', 'iste-leaders', 'tla-edtech-systems', 'vatl']) {
      expect(stdout).toMatch(new RegExp(`^${id}\\b`, 'm'));
    }
    expect(code).toBe(0);
  });

  it('serves the library: loadFramework by id, and renderMemo as the CLI renders it', async () => {
    const script = [
      "import { loadFramework, parseReview, renderMemo } from 'vatl';",
      "import { readFileSync } from 'node:fs';",
      "const { framework } = await loadFramework('vatl');",
      "const { review } = parseReview(readFileSync(process.argv[1], 'utf8'), 'review.yaml');",
      'process.stdout.write(framework.id + "\\n" + (await renderMemo(review)));',
    ].join('\n');
    const example = join(REPO, 'examples', 'lms-replacement');
    const { code, stdout, stderr } = spawnProgram(
      process.execPath,
      ['--input-type=module', '-e', script, join(example, 'review.yaml')],
      { cwd: installDir, env: cleanEnv() },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`vatl\n${await readFile(join(example, 'memo.md'), 'utf8')}`);
  });

  it('runs `vatl frameworks show vatl` from the installed frameworks', () => {
    const { code, stdout } = installedVatl(['frameworks', 'show', 'vatl']);
    expect(stdout).toMatch(/^ {2}Governance & Ethics\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    expect(code).toBe(0);
  });
});
