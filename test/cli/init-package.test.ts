import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERSION } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

/** A memory workspace with no frameworks/ folder: an empty repository, with `files`. */
function emptyRepo(files: Record<string, string> = {}) {
  const ws = memoryWorkspace();
  ws.vol.rmSync(ws.path('frameworks'), { recursive: true });
  ws.vol.rmSync(ws.path('fixtures'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) ws.write(rel, text);
  return ws;
}

type Workflow = {
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: object }[] }>;
};

describe('vatl init: vatl as the repository’s own pinned dev dependency', () => {
  it('writes a private package.json that pins this vatl exactly', async () => {
    const ws = emptyRepo();
    const { code, stdout } = await ws.run(['init']);
    expect(code).toBe(0);
    expect(stdout).toContain('created package.json');
    expect(ws.read('package.json')).toBe(
      `{\n  "private": true,\n  "devDependencies": {\n    "vatl": "${VERSION}"\n  }\n}\n`,
    );
  });

  it('tells the user to run npm install and commit package-lock.json, and runs no npm itself', async () => {
    const ws = emptyRepo();
    const { stdout } = await ws.run(['init']);
    expect(stdout).toMatch(
      /^ {2}npm install {9}installs vatl \d+\.\d+\.\d+ and writes package-lock\.json: commit it,$/m,
    );
    expect(stdout).toMatch(/the workflows run npm ci/);
    expect(ws.exists('package-lock.json')).toBe(false);
    expect(ws.exists('node_modules')).toBe(false);
  });

  it('never fetches vatl by name in CI: npm ci, then npx --no vatl, in both workflows', async () => {
    const ws = emptyRepo();
    await ws.run(['init']);
    for (const file of ['.github/workflows/vatl.yml', '.github/workflows/vatl-due.yml']) {
      const text = ws.read(file);
      expect(text, file).not.toMatch(/npx --yes|vatl@/);
      const steps = Object.values((parse(text) as Workflow).jobs).flatMap((j) => j.steps);
      const runs = steps.flatMap((s) => s.run ?? []);
      expect(runs[0], file).toBe('npm ci');
      expect(runs[1], file).toMatch(/^npx --no vatl (validate|due) /);
      expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
        'node-version': 24,
      });
    }
  });

  it('ignores node_modules/ in .gitignore, keeping what is there', async () => {
    const ws = emptyRepo({ '.gitignore': '.env\n.vatl/drafts/\n' });
    await ws.run(['init']);
    const lines = ws.read('.gitignore').split('\n');
    expect(lines.slice(0, 2)).toEqual(['.env', '.vatl/drafts/']);
    expect(lines.filter((l) => l === '.vatl/drafts/')).toHaveLength(1);
    expect(lines).toContain('node_modules/');
  });

  it('adds vatl to an existing package.json, keeping its fields and indentation', async () => {
    const ws = emptyRepo({
      'package.json':
        '{\n    "name": "district-decisions",\n    "devDependencies": { "prettier": "3.0.0" }\n}\n',
    });
    const { stdout } = await ws.run(['init']);
    expect(stdout).toContain('updated package.json');
    expect(JSON.parse(ws.read('package.json'))).toEqual({
      name: 'district-decisions',
      private: true,
      devDependencies: { prettier: '3.0.0', vatl: VERSION },
    });
    expect(ws.read('package.json')).toMatch(/^ {4}"name"/m);
  });

  it('keeps a pin the team chose unless --force', async () => {
    const pinned = '{\n  "private": true,\n  "devDependencies": { "vatl": "0.0.9" }\n}\n';
    const ws = emptyRepo({ 'package.json': pinned });
    const kept = await ws.run(['init']);
    expect(kept.stdout).toContain(
      `kept    package.json (pins vatl 0.0.9; --force sets ${VERSION})`,
    );
    expect(ws.read('package.json')).toBe(pinned);
    await ws.run(['init', '--force']);
    expect(JSON.parse(ws.read('package.json'))).toMatchObject({
      devDependencies: { vatl: VERSION },
    });
  });

  it('leaves a package.json that is not JSON alone, and says so', async () => {
    const ws = emptyRepo({ 'package.json': '{ name: oops' });
    const { code, stdout } = await ws.run(['init']);
    expect(code).toBe(0);
    expect(stdout).toContain('package.json (not valid JSON: add vatl to devDependencies yourself)');
    expect(ws.read('package.json')).toBe('{ name: oops');
  });

  it('says "1 existing file was left as it was"', async () => {
    const ws = emptyRepo({ 'vatl.config.yaml': 'decisions: decisions\n' });
    const { stdout } = await ws.run(['init']);
    expect(stdout).toContain('1 existing file was left as it was.');
  });
});
