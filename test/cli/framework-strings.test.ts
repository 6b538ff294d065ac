import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { loadWorkspace } from '../../src/io/workspace.js';

// A district's own rubric with its Spanish strings beside it (district-lakeview.es.yaml).
const FRAMEWORK = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.yaml'), 'utf8');
const SPANISH = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.es.yaml'), 'utf8');

function workspace(spanish = SPANISH, extra: Record<string, string> = {}) {
  return memoryWorkspace({
    'vatl.config.yaml': 'frameworks:\n  - district\n',
    'district/district-lakeview.yaml': FRAMEWORK,
    'district/district-lakeview.es.yaml': spanish,
    ...extra,
  });
}

async function run(ws: ReturnType<typeof workspace>, argv: string[]) {
  const result = await ws.run(argv);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

describe('vatl frameworks show --lang es', () => {
  it('shows the district framework in Spanish, its words and vatl’s', async () => {
    const { code, stdout, stderr } = await run(workspace(), [
      'frameworks',
      'show',
      'district/district-lakeview.yaml',
      '--lang',
      'es',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Rúbrica de enfoque tecnológico de Lakeview {2}lakeview-focus@1\.0\.0$/m,
    );
    expect(stdout).toContain(
      'Cuadrícula: Área de enfoque × Perspectiva (preguntas puntuadas por celda)',
    );
    expect(stdout).toMatch(/^ {2}Aprendizaje de los estudiantes · Equidad$/m);
    expect(stdout).toContain('¿Está firmado el acuerdo de privacidad de datos?');
    expect(stdout).toContain('(línea roja; bloquea Adoptar, Pilotear)');
    expect(stdout).toMatch(/^ {2}Rechazar +en los demás casos +No seguir adelante\.$/m);
    expect(stdout).not.toMatch(/Questions|Outcomes|Focus area|Decline/);
  });

  it('by id too, in the language of the config, and as JSON', async () => {
    const ws = workspace(SPANISH, {
      'vatl.config.yaml': 'frameworks:\n  - district\nlanguage: es\n',
    });
    const shown = await run(ws, ['frameworks', 'show', 'lakeview-focus']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Preguntas (5)');
    const json = await run(ws, ['frameworks', 'show', 'lakeview-focus', '--json']);
    const data = JSON.parse(json.stdout) as {
      title: string;
      languages: string[];
      outcomes: { id: string; label: string; minOverall?: number }[];
    };
    expect(data.title).toBe('Rúbrica de enfoque tecnológico de Lakeview');
    expect(data.languages).toEqual(['en', 'es']);
    expect(data.outcomes[0]).toEqual({
      id: 'adopt',
      label: 'Adoptar',
      description: 'Seguir adelante en todo el distrito.',
      minOverall: 4,
    });
  });

  it('in English without --lang, and falls back to English for a string Spanish lacks', async () => {
    const english = await run(workspace(), ['frameworks', 'show', 'lakeview-focus']);
    expect(english.stdout).toMatch(/^Lakeview Technology Focus Rubric/);
    expect(english.stdout).toContain('Questions (5)');
    const partial = SPANISH.replace(/^gates:\n( {2}.*\n)+/m, '');
    const es = await run(workspace(partial), [
      'frameworks',
      'show',
      'lakeview-focus',
      '--lang',
      'es',
    ]);
    expect(es.stdout).toMatch(
      /^ {2}no-dpa {2}Student data without a signed agreement \(línea roja/m,
    );
  });
});

describe('vatl frameworks list', () => {
  it('says which languages each framework has, and does not list a strings file as a framework', async () => {
    const { code, stdout, stderr } = await run(workspace(), ['frameworks', 'list']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^lakeview-focus +1\.0\.0 +5 +en, es +Lakeview Technology Focus Rubric/m,
    );
    expect(stdout).toMatch(/^vatl \(default\) +2\.0\.0 +\d+ +en(, es)? +/m);
    expect(stdout.trimEnd().split('\n')).toHaveLength(6); // heading, four built-in, Lakeview
    const json = await run(workspace(), ['--lang', 'es', 'frameworks', 'list', '--json']);
    const list = JSON.parse(json.stdout) as { id: string; title: string; languages: string[] }[];
    expect(list.find((f) => f.id === 'lakeview-focus')).toMatchObject({
      title: 'Rúbrica de enfoque tecnológico de Lakeview',
      languages: ['en', 'es'],
    });
  });
});

describe('vatl validate and strings files', () => {
  it('checks the strings beside a framework, found or named, clean', async () => {
    const ws = workspace();
    const folder = await run(ws, ['validate', 'district']);
    expect(folder.stdout).toContain('2 files checked, no problems.');
    expect(folder.code).toBe(0);
    const named = await run(ws, ['validate', 'district/district-lakeview.yaml']);
    expect(named.stdout).toContain('2 files checked, no problems.');
  });

  it('reports a broken strings file at file:line:col with exit 1', async () => {
    const broken = SPANISH.replace('version: 1.0.0', 'version: 0.9.0')
      .replace('  ops-equity:\n', '  ops-equty:\n')
      .replace('    help: Considere el acceso, el idioma y la discapacidad.\n', '');
    const ws = workspace(broken);
    for (const target of ['district', 'district/district-lakeview.es.yaml']) {
      const { code, stdout } = await run(ws, ['validate', target]);
      expect(stdout).toMatch(
        /^district\/district-lakeview\.es\.yaml:6:10 +warning +framework\/strings-version +These strings were written for lakeview-focus 0\.9\.0; the framework is 1\.0\.0\./m,
      );
      expect(stdout).toMatch(
        /^district\/district-lakeview\.es\.yaml:55:3 +warning +framework\/missing-string +`questions\.learn-equity\.help` is not given in this language/m,
      );
      expect(stdout).toMatch(
        /^district\/district-lakeview\.es\.yaml:72:3 +error +framework\/unknown-string-key +Framework `lakeview-focus` has no question `ops-equty`\. Did you mean `ops-equity`\?/m,
      );
      expect(code).toBe(1);
    }
  });

  it('reports strings for no installed framework, and a schema error', async () => {
    const ws = memoryWorkspace({
      'vatl.config.yaml': 'frameworks:\n  - district\n',
      'district/other.es.yaml': 'strings: vtal\nversion: 1.0.0\nlanguage: es\ntitel: Hola\n',
      'district/lone.es.yaml': 'strings: vtal\nversion: 1.0.0\nlanguage: es\ntitle: Hola\n',
    });
    const { code, stdout } = await run(ws, ['validate', 'district']);
    expect(stdout).toMatch(
      /^district\/lone\.es\.yaml:1:10 +error +framework\/strings-framework +There is no framework `vtal` for these strings\. Did you mean `vatl`\?/m,
    );
    expect(stdout).toMatch(
      /^district\/other\.es\.yaml:4:1 +error +framework\/unknown-property +The top level has an unknown property `titel`\. Did you mean `title`\?/m,
    );
    expect(code).toBe(1);
  });
});

describe('Workspace.inLanguage', () => {
  it('gives an installed framework in Spanish from its strings file, and English as it is', async () => {
    const ws = workspace();
    const { workspace: loaded } = await loadWorkspace(ws.fs, ws.cwd, {
      today: '2026-05-04',
      decisions: false,
    });
    const fw = loaded?.frameworks.find((f) => f.id === 'lakeview-focus');
    if (!loaded || !fw) throw new Error('the workspace did not load');
    expect(loaded.inLanguage(fw, 'es').outcomes.map((o) => o.label)).toEqual([
      'Adoptar',
      'Pilotear',
      'Reconsiderar',
      'Rechazar',
    ]);
    expect(loaded.inLanguage(fw, 'en')).toBe(fw);
  });
});
