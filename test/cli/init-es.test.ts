import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, removeWorkspace, runVatl } from '../helpers/cli.js';

const VALIDATE_WORKFLOW = '.github/workflows/vatl.yml';
const DUE_WORKFLOW = '.github/workflows/vatl-due.yml';
const WORKFLOWS = [VALIDATE_WORKFLOW, DUE_WORKFLOW];
/** The files init writes whose words a reader reads (schemas are copied as published). */
const WORDED = ['vatl.config.yaml', 'decisions/README.md', 'frameworks/README.md', '.gitignore'];

const dirs: string[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await removeWorkspace(dir);
});

/** A new folder with `vatl init ...args` run in it. */
async function initialised(...args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vatl-init-es-'));
  dirs.push(dir);
  const { code, stderr } = await runVatl(dir, ['init', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return dir;
}

async function text(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

/** The lines a person reads: comments in YAML and .gitignore, every non-blank line of Markdown. */
function wordLines(path: string, content: string): string[] {
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  if (path.endsWith('.md')) return lines;
  return lines
    .map((l) => l.trim())
    .filter((l) => l.startsWith('#') && !l.startsWith('# yaml-language-server:'))
    .filter((l) => l !== '# templates: templates');
}

describe('vatl init --lang es: the files it writes read in Spanish', () => {
  it('writes the decisions/ and frameworks/ READMEs in Spanish', async () => {
    const dir = await initialised('--lang', 'es');
    const decisions = (await text(dir, 'decisions/README.md')).split('\n');
    expect(decisions[0]).toBe('# Decisiones de tecnología');
    expect(decisions).toContain(
      'decisión, también el resumen para las familias (`<n>-<slug>.family.es.md`). Empiece una con',
    );
    expect(decisions).toContain(
      'Los números se asignan en orden. Dos ramas pueden tomar el mismo número para decisiones',
    );
    const frameworks = (await text(dir, 'frameworks/README.md')).split('\n');
    expect(frameworks[0]).toBe('# Marcos del distrito');
    expect(frameworks).toContain('`vatl validate` los revisa.');
  });

  it('comments the config, the workflows and .gitignore in Spanish', async () => {
    const dir = await initialised('--lang', 'es');
    const config = (await text(dir, 'vatl.config.yaml')).split('\n');
    expect(config).toContain(
      '# Configuración de vatl para este repositorio de decisiones. Las carpetas son relativas a este archivo.',
    );
    expect(config).toContain('# El marco que usa `vatl review` cuando --framework no indica otro.');
    expect(config).toContain('# El idioma en que escribe vatl (en o es); --lang tiene prioridad.');
    expect((await text(dir, VALIDATE_WORKFLOW)).split('\n')[0]).toBe(
      '# Revisa los marcos, las revisiones y los memorandos en cada push y en cada pull request.',
    );
    expect(await text(dir, DUE_WORKFLOW)).toContain(
      [
        '      # vatl está fijado en package.json y package-lock.json (npm ci falla sin ese archivo):',
        '      # CI ejecuta la versión que revisó el equipo y nunca descarga un paquete por su nombre al ejecutarse.',
        '      - run: npm ci',
      ].join('\n'),
    );
    expect((await text(dir, '.gitignore')).split('\n')[0]).toMatch(
      /^# vatl: los borradores de revisiones en curso .* se quedan en su equipo;/,
    );
  });

  it('leaves no English sentence in any file a reader reads', async () => {
    const en = await initialised();
    const es = await initialised('--lang', 'es');
    for (const path of [...WORDED, ...WORKFLOWS]) {
      const english = new Set(wordLines(path, await text(en, path)));
      const spanish = wordLines(path, await text(es, path));
      expect(spanish.length, path).toBeGreaterThan(0);
      expect(
        spanish.filter((line) => english.has(line)),
        path,
      ).toEqual([]);
    }
  });

  it('writes a config that parses with language: es, and that the next command follows', async () => {
    const dir = await initialised('--lang', 'es');
    expect(parse(await text(dir, 'vatl.config.yaml'))).toEqual({
      decisions: 'decisions',
      frameworks: ['frameworks'],
      defaultFramework: 'vatl',
      language: 'es',
    });
    const validate = await runVatl(dir, ['validate']);
    expect(validate.stdout).toBe('✔ 0 archivos revisados, sin problemas.\n');
  });

  it('writes workflows with the same YAML as the English ones: only the comments differ', async () => {
    const en = await initialised();
    const es = await initialised('--lang', 'es');
    const code = (t: string) => t.split('\n').filter((l) => !l.trim().startsWith('#'));
    for (const path of WORKFLOWS) {
      const english = await text(en, path);
      const spanish = await text(es, path);
      expect(spanish, path).not.toBe(english);
      expect(parse(spanish), path).toEqual(parse(english));
      expect(code(spanish), path).toEqual(code(english));
    }
    const due = parse(await text(es, DUE_WORKFLOW)) as {
      jobs: Record<string, { steps: { run?: string; with?: object }[] }>;
    };
    const steps = Object.values(due.jobs).flatMap((job) => job.steps);
    expect(steps.flatMap((s) => s.run ?? [])).toEqual(['npm ci', 'npx --no vatl due --fail']);
    expect(steps.flatMap((s) => s.with ?? [])).toEqual([{ 'node-version': 24 }]);
  });

  it('makes a repository that validates, and that review --answers writes Spanish memos into', async () => {
    const dir = await initialised('--lang', 'es');
    expect((await runVatl(dir, ['validate'])).code).toBe(0);
    const answers = join(REPO, 'examples', 'lms-replacement', 'review.yaml');
    const review = await runVatl(dir, ['review', '--answers', answers]);
    expect(review.code).toBe(0);
    expect((await readdir(join(dir, 'decisions'))).sort()).toEqual([
      '0001-lms-replacement.es.md',
      '0001-lms-replacement.family.es.md',
      '0001-lms-replacement.review.yaml',
      'README.md',
    ]);
    const after = await runVatl(dir, ['validate']);
    expect(after.stdout).toBe('✔ 3 archivos revisados, sin problemas.\n');
    expect(after.code).toBe(0);
  });

  it('appends its Spanish lines to an existing .gitignore once, and an English run then keeps it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vatl-init-es-'));
    dirs.push(dir);
    await writeFile(join(dir, '.gitignore'), '.env\n');
    await runVatl(dir, ['init', '--lang', 'es']);
    const once = await text(dir, '.gitignore');
    expect(once).toMatch(
      /^\.env\n\n# vatl: los borradores .*\n\.vatl\/drafts\/\n\.vatlcache\nnode_modules\/\n$/,
    );
    const again = await runVatl(dir, ['init', '--lang', 'es']);
    expect(again.stdout).toContain('.gitignore (ya ignora los borradores)');
    const english = await runVatl(dir, ['init']);
    expect(english.stdout).toContain('.gitignore (already ignores drafts)');
    expect(await text(dir, '.gitignore')).toBe(once);
  });
});

describe('vatl init in English: the files are as they were', () => {
  it('writes the same English config and READMEs with or without --lang en, bar the language line', async () => {
    const plain = await initialised();
    const en = await initialised('--lang', 'en');
    const config = await text(plain, 'vatl.config.yaml');
    expect(config).toBe(`# yaml-language-server: $schema=./.vatl/schema/config.schema.json
# vatl settings for this decisions repository. Folders are relative to this file.

# Review files (<n>-<slug>.review.yaml) and their memos (<n>-<slug>.md).
decisions: decisions

# Your own framework files; one with the id of a built-in framework replaces it.
frameworks:
  - frameworks

# The framework \`vatl review\` uses unless --framework says otherwise.
defaultFramework: vatl

# A folder of memo templates overriding the built-in ones (memo.md.hbs, partials/*.md.hbs).
# templates: templates
`);
    expect(await text(en, 'vatl.config.yaml')).toBe(
      `${config}\n# The language vatl writes in (en or es); --lang overrides it.\nlanguage: en\n`,
    );
    for (const path of ['decisions/README.md', 'frameworks/README.md', '.gitignore', ...WORKFLOWS])
      expect(await text(en, path), path).toBe(await text(plain, path));
    expect((await text(plain, 'decisions/README.md')).split('\n')[0]).toBe(
      '# Technology decisions',
    );
    expect((await text(plain, VALIDATE_WORKFLOW)).split('\n')[0]).toBe(
      '# Checks frameworks, reviews and memos on every push and pull request.',
    );
  });
});
