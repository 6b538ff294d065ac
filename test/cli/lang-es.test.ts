import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import { readExample } from '../helpers/reviews.js';
import { SUMMARY_TEXT_ES } from '../../src/core/review/summary-text.es.js';
import { SUMMARY_TEXT_EN } from '../../src/core/review/summary-text.js';

const LMS = 'decisions/0001-lms-replacement.review.yaml';
const LMS_TEXT = readExample('lms-replacement', 'review.yaml');
const PROPOSED = LMS_TEXT.replace('\nstatus: decided\n', '\nstatus: proposed\n');

describe('vatl --lang es: help', () => {
  it('vatl --lang es --help: descriptions, commander headings and examples in Spanish', async () => {
    const { code, stdout } = await memoryWorkspace({}).run(['--lang', 'es', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Uso: vatl \[opciones\] \[comando\]\n/);
    expect(stdout).toContain('\nOpciones:\n');
    expect(stdout).toContain('\nComandos:\n');
    expect(stdout).toMatch(/ {2}review \[opciones\] +revisar una herramienta/);
    expect(stdout).toMatch(/help \[comando\] +mostrar la ayuda de un comando/);
    expect(stdout).toContain('Códigos de salida: 0 correcto');
    expect(stdout).not.toMatch(/Usage:|Options:|display help for command/);
  });

  it('vatl review --help --lang=es: option help and examples in Spanish', async () => {
    const { code, stdout } = await memoryWorkspace({}).run(['review', '--help', '--lang=es']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Uso: vatl review \[opciones\]/);
    expect(stdout).toMatch(/--resume +continuar un borrador guardado/);
    expect(stdout).toContain('Ejemplos:\n  $ vatl review --lang es');
  });

  it("commander's errors in Spanish: unknown option, missing argument, invalid choice", async () => {
    const ws = memoryWorkspace({});
    const unknown = await ws.run(['--lang', 'es', 'review', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^vatl: error: opción desconocida '--bogus'/);
    const missing = await ws.run(['--lang', 'es', 'status']);
    expect(missing.stderr).toMatch(/^vatl: error: falta el argumento obligatorio 'id'/);
    const choice = await ws.run(['--lang', 'es', 'log', '--format', 'x']);
    expect(choice.stderr).toContain("el valor 'x' de la opción");
    expect(choice.stderr).toContain('Los valores posibles son table, json, csv.');
  });

  it('English help is unchanged without --lang', async () => {
    const { stdout } = await memoryWorkspace({}).run(['--help']);
    expect(stdout).toMatch(/^Usage: vatl \[options\] \[command\]\n/);
    expect(stdout).toContain('display help for command');
  });
});

describe('vatl --lang es: the commands', () => {
  it('init --lang es writes language: es into the config, and says what it did in Spanish', async () => {
    const ws = memoryWorkspace({});
    const { code, stdout } = await ws.run(['init', '--lang', 'es']);
    expect(code).toBe(0);
    expect(ws.read('vatl.config.yaml')).toMatch(/\nlanguage: es\n$/);
    expect(stdout).toMatch(
      /^Se preparó aquí un repositorio de decisiones de vatl:\n {2}creado {6}vatl\.config\.yaml\n/,
    );
    expect(stdout).toContain('Siguiente paso:');
    const plain = memoryWorkspace({});
    await plain.run(['init']);
    expect(plain.read('vatl.config.yaml')).not.toMatch(/^language:/m);
  });

  it('review --answers with language: es writes the memo as 0001-x.es.md, with Spanish lines', async () => {
    const ws = memoryWorkspace({ 'vatl.config.yaml': 'language: es\n', 'answers.yaml': PROPOSED });
    const { code, stdout } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(code).toBe(0);
    expect(ws.list('decisions')).toEqual([
      '0001-lms-replacement.es.md',
      '0001-lms-replacement.review.yaml',
    ]);
    expect(stdout).toContain('Escrito: decisions/0001-lms-replacement.es.md');
    expect(stdout).toMatch(/^Siguiente paso: git add .* && git commit -m 'Decisión 0001: /m);
  });

  it('status re-renders every memo the review has, each named for its language, in Spanish words', async () => {
    const ws = memoryWorkspace({ [LMS]: PROPOSED });
    expect((await ws.run(['render', LMS])).code).toBe(0);
    const es = await ws.run(['review', '--answers', LMS, '--stdout', '--lang', 'es']);
    ws.write('decisions/0001-lms-replacement.es.md', es.stdout);
    const { code, stdout, stderr } = await ws.run([
      'status',
      '1',
      'decided',
      '--lang',
      'es',
      '--date',
      '2025-04-01',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0001-lms-replacement: propuesta → decidida \(2025-04-01\)\n/);
    expect(stdout).toContain('Escrito: decisions/0001-lms-replacement.md\n');
    expect(stdout).toContain('Escrito: decisions/0001-lms-replacement.es.md\n');
    expect(stdout).toContain("git commit -m 'Decisión 0001: decidida'");
  });

  it('log and due print their tables and lines in Spanish; JSON keys stay as they are', async () => {
    const ws = memoryWorkspace({ [LMS]: LMS_TEXT });
    await ws.run(['render', LMS]);
    const log = await ws.run(['log', '--lang', 'es']);
    expect(log.stdout).toMatch(/^Id +Título +Categoría +Estado +Resultado/);
    expect(log.stdout).toContain('Escrito: decisions/index.md (1 decisión).');
    const due = await ws.run(['due', '--lang', 'es', '--as-of', '2020-01-01']);
    expect(due.stdout).toBe('Nada está vencido al 2020-01-01 (1 decisión).\n');
    const json = await ws.run(['due', '--lang', 'es', '--format', 'json', '--as-of', '2020-01-01']);
    expect(JSON.parse(json.stdout)).toEqual({ asOf: '2020-01-01', due: [] });
  });
});

describe('the summary in Spanish: what would reach the next outcome', () => {
  it('says raise … from 2 to 4 as subir … de 2 a 4', () => {
    const items = [{ name: 'question 3 (“How clearly…”)', from: 2, to: 4 }];
    expect(SUMMARY_TEXT_EN.raise(items)).toBe('raise question 3 (“How clearly…”) from 2 to 4');
    expect(
      SUMMARY_TEXT_ES.raise([{ from: 2, to: 4, name: 'la pregunta 3 («¿Con qué claridad…»)' }]),
    ).toBe('subir la pregunta 3 («¿Con qué claridad…») de 2 a 4');
    expect(SUMMARY_TEXT_ES.toReach('Adoptar', [], true)).toBe(
      'Para llegar a Adoptar: ningún cambio de respuestas lo lograría (los umbrales siguen fuera de alcance)',
    );
  });
});
