import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';
import { TEXT_TABLES } from '../../src/cli/speak.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';
const REVIEW_TEXT = readExample('lms-replacement', 'review.yaml');

/** `file:line:col` (or the file alone) and code of each stylish problem line. */
function located(stylish: string): string[] {
  return stylish
    .split('\n')
    .filter((l) => /^\S+ +\S+ +[a-z]+\/[a-z-]+ {2}/.test(l))
    .map((l) => `${l.split(' ')[0] ?? ''} ${/ ([a-z]+\/[a-z-]+) /.exec(l)?.[1] ?? ''}`);
}

/** The same command in English and in Spanish, on the same workspace. */
async function both(ws: MemoryWorkspace, argv: string[]) {
  const en = await ws.run(argv);
  const es = await ws.run([...argv, '--lang', 'es']);
  return { en, es };
}

describe('the remaining messages in Spanish (--lang es)', () => {
  it('validate: memo/missing in Spanish, at the same place, with the same exit code', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    const { en, es } = await both(ws, ['validate', 'decisions']);
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(located(es.stdout)).toEqual(located(en.stdout));
    expect(located(es.stdout)).toEqual([`${REVIEW} memo/missing`]);
    expect(es.stdout).toContain(
      `memo/missing  Falta el memorando decisions/0001-lms-replacement.es.md: esta revisión no se ha generado. Escríbalo: vatl render --lang es ${REVIEW}`,
    );
    expect(es.stdout).not.toContain('is missing');
  });

  it('validate: memo/out-of-date in Spanish at the first differing line', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    expect((await ws.run(['render', REVIEW])).code).toBe(0);
    const lines = ws.read(MEMO).split('\n');
    lines[5] = `${lines[5] ?? ''} (edited)`;
    ws.write(MEMO, lines.join('\n'));
    const { en, es } = await both(ws, ['validate', 'decisions']);
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(located(es.stdout)).toEqual([`${MEMO}:6:1 memo/out-of-date`]);
    expect(located(es.stdout)).toEqual(located(en.stdout));
    expect(es.stdout).toContain(
      'memo/out-of-date  El memorando no coincide con lo que genera 0001-lms-replacement.review.yaml (la primera diferencia está en la línea 6).',
    );
    expect(es.stdout).toContain(
      `Haga los cambios en el archivo de revisión y luego ejecute: vatl render --force ${REVIEW}`,
    );
  });

  it('status: a refused change in Spanish, with the same code and exit code', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    expect((await ws.run(['render', REVIEW])).code).toBe(0);
    const { en, es } = await both(ws, ['status', '1', 'proposed']);
    expect(en.stderr).toContain('it cannot become proposed');
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(es.stderr).toBe(
      'vatl: 0001-lms-replacement está decidida; no puede pasar a propuesta: desde decidida solo puede pasar a reemplazada o retirada.\n',
    );
    const closed = await ws.run(['status', '1', 'superseded', '--lang', 'es']);
    expect(closed.stderr).toContain(
      'Una decisión reemplazada necesita la decisión que la reemplaza.',
    );
    expect(closed.stderr).toContain('Indíquela con --by');
  });

  it('review --answers: review/exists in Spanish, writing nothing', async () => {
    const ws = memoryWorkspace();
    ws.write('answers.yaml', reviewYaml(exampleReview('lms-replacement', { keepId: true })));
    expect((await ws.run(['review', '--answers', 'answers.yaml'])).code).toBe(0);
    ws.write(REVIEW, 'title: hand-kept review\n');
    const { en, es } = await both(ws, ['review', '--answers', 'answers.yaml']);
    expect(en.stderr).toContain(`${REVIEW} already exists.`);
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(es.stderr).toBe(
      `vatl: ${REVIEW} ya existe.\n  La decisión 0001-lms-replacement ya está escrita: use --force para reemplazarla, o --out para escribirla en otro lugar.\n`,
    );
    expect(ws.read(REVIEW)).toBe('title: hand-kept review\n');
  });

  it('a broken template: render and validate say it in Spanish, at the same line and column', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    ws.write('custom/memo.md.hbs', '---\n{{lookup this "__proto__"}}\n');
    ws.write('custom/es/memo.md.hbs', '---\n{{lookup this "__proto__"}}\n');
    ws.write('vatl.config.yaml', 'templates: custom\n');
    const render = await both(ws, ['render', '--stdout', REVIEW]);
    expect(render.es.code).toBe(2);
    expect(render.es.code).toBe(render.en.code);
    expect(render.es.stderr.split('\n')[0]).toBe(
      'vatl: la plantilla custom/es/memo.md.hbs falló: línea 2, columna 1: `lookup` busca `__proto__`, un nombre que heredan todos los objetos de JavaScript; no es un campo del memorando.',
    );
    const validate = await both(ws, ['validate', 'decisions']);
    expect(validate.es.code).toBe(2);
    expect(validate.es.code).toBe(validate.en.code);
    expect(validate.en.stdout).toContain(
      'template/invalid  line 2, column 1: `lookup` reaches for',
    );
    expect(validate.es.stdout).toContain('template/invalid  línea 2, columna 1: `lookup` busca');
  });

  it('a command error: frameworks show of no framework, in Spanish with the same exit code', async () => {
    const ws = memoryWorkspace();
    const { en, es } = await both(ws, ['frameworks', 'show', 'nope']);
    expect(en.stderr.split('\n')[0]).toBe('vatl: there is no framework `nope`.');
    expect(es.code).toBe(2);
    expect(es.code).toBe(en.code);
    expect(es.stderr.split('\n')[0]).toBe('vatl: no existe el marco `nope`.');
  });

  it('render: a memo edited by hand is left, said in Spanish', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    expect((await ws.run(['render', REVIEW])).code).toBe(0);
    expect((await ws.run(['render', REVIEW, '--lang', 'es'])).code).toBe(0);
    ws.write(MEMO, '# hand-kept memo\n');
    ws.write('decisions/0001-lms-replacement.es.md', '# memorando editado\n');
    const { en, es } = await both(ws, ['render', REVIEW]);
    expect(en.stderr).toContain('differs from what');
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(es.stderr).toContain('no coincide con lo que genera');
    expect(es.stderr).toContain('Use --force para reemplazarlo');
  });

  it('review/intake-contradiction: the framework’s own title, Spanish around it, at the same place', async () => {
    const ws = memoryWorkspace({
      [REVIEW]: REVIEW_TEXT.replace("student-facing: 'yes'", "student-facing: 'no'"),
    });
    const { en, es } = await both(ws, ['validate', REVIEW]);
    expect(es.code).toBe(en.code);
    const at = located(en.stdout).filter((l) => l.endsWith('review/intake-contradiction'));
    expect(at).toHaveLength(1);
    expect(located(es.stdout)).toEqual(located(en.stdout));
    const title = /review\/intake-contradiction {2}(.*)\.$/m.exec(en.stdout)?.[1] ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(es.stdout).toContain(
      `review/intake-contradiction  Las respuestas de la propuesta se contradicen: ${title}.`,
    );
  });

  it('validate: a stale portfolio index in Spanish, at the same line', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    expect((await ws.run(['render', REVIEW])).code).toBe(0);
    expect((await ws.run(['log'])).code).toBe(0);
    ws.write('decisions/index.md', `${ws.read('decisions/index.md')}\nedited\n`);
    const { en, es } = await both(ws, ['validate', 'decisions']);
    expect(es.code).toBe(1);
    expect(es.code).toBe(en.code);
    expect(located(es.stdout)).toEqual(located(en.stdout));
    expect(es.stdout).toContain(
      'memo/index-out-of-date  El índice no coincide con lo que dan las revisiones de la carpeta de decisiones',
    );
    expect(es.stdout).toContain('Ejecute vatl log para escribirlo de nuevo.');
  });

  it('a template folder that does not exist, in Spanish with the same exit code', async () => {
    const ws = memoryWorkspace({ [REVIEW]: REVIEW_TEXT });
    const { en, es } = await both(ws, ['render', '--stdout', '--template', 'nowhere', REVIEW]);
    expect(en.stdout + en.stderr).toContain('The template folder nowhere does not exist.');
    expect(es.code).toBe(2);
    expect(es.code).toBe(en.code);
    expect(es.stdout + es.stderr).toContain('La carpeta de plantillas nowhere no existe.');
    expect(es.stdout + es.stderr).toContain('Revise `templates:` en vatl.config.yaml');
  });

  it('every new table is registered with every key in Spanish', () => {
    for (const area of ['decisions', 'status-rules', 'template', 'decision-files', 'commands']) {
      const pair = TEXT_TABLES.find((t) => t.area === area);
      expect(pair, area).toBeDefined();
      expect(Object.keys(pair?.es ?? {}).sort()).toEqual(Object.keys(pair?.en ?? {}).sort());
    }
  });
});
