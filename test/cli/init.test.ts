import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, removeWorkspace, runVatl } from '../helpers/cli.js';
import { exampleReview, reviewYaml } from '../helpers/reviews.js';

const CREATED = [
  'vatl.config.yaml',
  'decisions/README.md',
  'frameworks/README.md',
  '.github/workflows/vatl.yml',
  '.github/workflows/vatl-due.yml',
  '.vscode/settings.json',
  '.vatl/schema/config.schema.json',
  '.vatl/schema/framework.schema.json',
  '.vatl/schema/review.schema.json',
];

let cwd: string | undefined;

afterEach(async () => {
  await removeWorkspace(cwd);
  cwd = undefined;
});

/** An empty folder, as a new decisions repository starts. */
async function emptyRepo(): Promise<string> {
  cwd = await mkdtemp(join(tmpdir(), 'vatl-init-'));
  return cwd;
}

async function text(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('vatl init', () => {
  it('sets up the config, folders, CI workflow, editor settings and schemas', async () => {
    const dir = await emptyRepo();
    const { code, stdout, stderr } = await runVatl(dir, ['init']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const path of CREATED) {
      expect(existsSync(join(dir, path)), path).toBe(true);
      expect(stdout).toContain(`created ${path}`);
    }
    expect(stdout).toContain('created .gitignore');
  });

  it('writes a config that points at decisions/ and the editor schema', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const config = await text(dir, 'vatl.config.yaml');
    expect(config.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./.vatl/schema/config.schema.json',
    );
    expect(parse(config)).toEqual({
      decisions: 'decisions',
      frameworks: ['frameworks'],
      defaultFramework: 'vatl',
    });
  });

  it('writes a CI workflow that installs the pinned vatl with npm ci, then runs vatl validate', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const workflow = parse(await text(dir, '.github/workflows/vatl.yml')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const runs = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((s) => s.run ?? []),
    );
    expect(runs).toEqual(['npm ci', 'npx --no vatl validate --format github']);
  });

  it('runs both workflows on Node 24, the Node line in upstream support', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    for (const file of ['.github/workflows/vatl.yml', '.github/workflows/vatl-due.yml']) {
      const workflow = parse(await text(dir, file)) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const setup = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(
        setup.map((s) => s.with?.['node-version']),
        file,
      ).toEqual([24]);
    }
  });

  it('writes a weekly workflow that fails when a decision or condition is past due', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const workflow = parse(await text(dir, '.github/workflows/vatl-due.yml')) as {
      on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    // Minute, hour, any day of the month, any month, one day of the week: once a week.
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    const runs = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((s) => s.run ?? []),
    );
    expect(runs).toEqual(['npm ci', 'npx --no vatl due --fail']);
  });

  it('maps the schemas to the files they describe in .vscode/settings.json', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init', '--decisions', 'records']);
    const settings = JSON.parse(await text(dir, '.vscode/settings.json')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas']).toEqual({
      './.vatl/schema/config.schema.json': ['vatl.config.yaml'],
      './.vatl/schema/review.schema.json': ['records/*.review.yaml'],
      './.vatl/schema/framework.schema.json': ['frameworks/*.yaml'],
    });
    expect(parse(await text(dir, 'vatl.config.yaml'))).toMatchObject({ decisions: 'records' });
    expect(existsSync(join(dir, 'records', 'README.md'))).toBe(true);
  });

  it('copies the published schemas as they are', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    for (const name of ['config', 'framework', 'review']) {
      const copied = await text(dir, `.vatl/schema/${name}.schema.json`);
      expect(copied).toBe(
        await readFile(join(REPO, 'frameworks', 'schema', `${name}.schema.json`), 'utf8'),
      );
      expect((JSON.parse(copied) as { $id?: string }).$id).toMatch(/^https:\/\//);
    }
  });

  it('creates a .gitignore that ignores drafts', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const gitignore = await text(dir, '.gitignore');
    expect(gitignore.split('\n')).toContain('.vatl/drafts/');
  });

  it('appends to an existing .gitignore once, not twice', async () => {
    const dir = await emptyRepo();
    await writeFile(join(dir, '.gitignore'), 'node_modules/\n.env');
    const first = await runVatl(dir, ['init']);
    expect(first.stdout).toContain('updated .gitignore');
    const once = await text(dir, '.gitignore');
    expect(once.startsWith('node_modules/\n.env\n')).toBe(true);
    expect(occurrences(once, '.vatl/drafts/')).toBe(1);
    const second = await runVatl(dir, ['init']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('.gitignore (already ignores drafts)');
    expect(await text(dir, '.gitignore')).toBe(once);
  });

  it('keeps existing files on a second run, with exit 0', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const edited = '# our settings\ndecisions: decisions\ndefaultFramework: vatl\n';
    await writeFile(join(dir, 'vatl.config.yaml'), edited);
    const { code, stdout } = await runVatl(dir, ['init']);
    expect(code).toBe(0);
    expect(stdout).toContain('vatl.config.yaml (exists; --force replaces it)');
    expect(stdout).toContain(`${CREATED.length} existing files were left as they were.`);
    expect(await text(dir, 'vatl.config.yaml')).toBe(edited);
  });

  it('replaces existing files with --force', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const original = await text(dir, 'vatl.config.yaml');
    await writeFile(join(dir, 'vatl.config.yaml'), 'decisions: elsewhere\n');
    const { code, stdout } = await runVatl(dir, ['init', '--force']);
    expect(code).toBe(0);
    expect(stdout).toContain('created vatl.config.yaml');
    expect(await text(dir, 'vatl.config.yaml')).toBe(original);
    expect(occurrences(await text(dir, '.gitignore'), '.vatl/drafts/')).toBe(1);
  });

  it('leaves a repository that validates, and that review --answers writes into', async () => {
    const dir = await emptyRepo();
    await runVatl(dir, ['init']);
    const empty = await runVatl(dir, ['validate']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/no problems/);

    await writeFile(join(dir, 'answers.yaml'), reviewYaml(exampleReview('ai-tutoring-chatbot')));
    const review = await runVatl(dir, ['review', '--answers', 'answers.yaml']);
    expect(review.code).toBe(0);
    const written = (await readdir(join(dir, 'decisions'))).sort();
    expect(written.filter((f) => f !== 'README.md')).toEqual([
      '0001-pilot-stepwise-tutor-an-ai-tutoring-chatbot-for.family.md',
      '0001-pilot-stepwise-tutor-an-ai-tutoring-chatbot-for.md',
      '0001-pilot-stepwise-tutor-an-ai-tutoring-chatbot-for.review.yaml',
    ]);

    const after = await runVatl(dir, ['validate']);
    expect(after.stdout).toBe('✔ 3 files checked, no problems.\n'); // review, memo, family summary
    expect(after.code).toBe(0);
  });
});
