import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';

/** A memory workspace with nothing of vatl's in the working folder, only `files`. */
function bareFolder(files: Record<string, string> = {}): MemoryWorkspace {
  const ws = memoryWorkspace();
  ws.vol.rmSync(ws.path('frameworks'), { recursive: true });
  ws.vol.rmSync(ws.path('fixtures'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) ws.write(rel, text);
  return ws;
}

const COMPOSE = 'services:\n  web:\n    image: nginx\n';

describe('vatl validate with no paths, where there is nothing of vatl', () => {
  it('does not take a docker-compose.yml for a framework: it says what it looked for, exit 2', async () => {
    const ws = bareFolder({ 'docker-compose.yml': COMPOSE });
    const { code, stdout, stderr } = await ws.run(['validate']);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vatl: nothing to validate: there is no vatl.config.yaml here or in a folder above, and no ./frameworks or ./decisions folder.\n' +
        '  Run `vatl init` to set up a decisions repository here, or name what to check: `vatl validate PATH...`.\n',
    );
    expect(code).toBe(2);
  });

  it('does not pass on nothing in an empty folder', async () => {
    const { code, stdout, stderr } = await bareFolder().run(['validate', '--format', 'json']);
    expect(stdout).not.toMatch(/0 files checked/);
    expect(stderr).toMatch(/^vatl: nothing to validate: /);
    expect(code).toBe(2);
  });

  it('with a config whose folders do not exist, names them and exits 2', async () => {
    const ws = bareFolder({ 'vatl.config.yaml': 'decisions: records\n', 'compose.yaml': COMPOSE });
    const { code, stderr } = await ws.run(['validate']);
    expect(stderr).toMatch(
      /^vatl: nothing to validate: vatl\.config\.yaml names \.\/records, and it does not exist\.\n/,
    );
    expect(code).toBe(2);
  });

  it('still checks ./decisions alone when only it exists', async () => {
    const ws = bareFolder({
      'docker-compose.yml': COMPOSE,
      'decisions/README.md': '# Decisions\n',
    });
    const { code, stdout } = await ws.run(['validate']);
    expect(stdout).not.toMatch(/docker-compose/);
    expect(code).toBe(0);
  });
});

describe('vatl validate with paths that match nothing', () => {
  it.each([
    [['nowhere/*.review.yaml'], 'nowhere/*.review.yaml  error    file/no-match'],
    [['missing.yaml'], 'missing.yaml  error    file/not-found'],
    [['empty-folder'], 'empty-folder  error    file/nothing-to-check'],
  ])('%j is an error that names the path, exit 2', async (paths, line) => {
    const ws = bareFolder({ 'empty-folder/notes.txt': 'no YAML here\n' });
    const { code, stdout } = await ws.run(['validate', ...paths]);
    expect(stdout).toContain(line);
    expect(code).toBe(2);
  });
});

describe('vatl validate --max-warnings', () => {
  const file = 'fixtures/invalid/missing-levels.yaml';

  it('-1 is no limit, as in ESLint', async () => {
    const ws = memoryWorkspace();
    const { code, stdout, stderr } = await ws.run(['validate', file, '--max-warnings', '-1']);
    expect(stdout).toContain('warning  framework/missing-levels');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says "1 warning" when one is too many', async () => {
    const { code, stderr } = await memoryWorkspace().run(['validate', file, '--max-warnings=0']);
    expect(stderr).toBe('vatl: 1 warning, more than --max-warnings 0 allows.\n');
    expect(code).toBe(1);
  });

  it('refuses other negative numbers, saying -1 is no limit', async () => {
    const { code, stderr } = await memoryWorkspace().run([
      'validate',
      file,
      '--max-warnings',
      '-2',
    ]);
    expect(stderr).toMatch(/expected a whole number, 0 or more, or -1 for no limit/);
    expect(code).toBe(2);
  });

  it('is documented in --help', async () => {
    const { stdout } = await memoryWorkspace().run(['validate', '--help']);
    expect(stdout).toMatch(/-1:\s+no\s+limit/);
  });
});
