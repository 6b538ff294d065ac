import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Framework } from '../../src/core/framework/types.js';
import type { Language } from '../../src/core/i18n/language.js';
import { STACK_TRACE, makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import {
  cancel,
  check,
  choose,
  enter,
  on,
  runInteractive,
  scriptedPrompter,
  type,
} from '../helpers/scripted-prompter.js';
import type { Reply, Rule } from '../helpers/scripted-prompter.js';

// The framework in Spanish, whatever strings files are installed: its title and the name
// question's prompt, so the test sees that the walk asks over the localised framework.
vi.mock('../../src/core/framework/localise.js', () => ({
  localiseFramework: (framework: Framework, _t: unknown, language: Language): Framework =>
    language === 'es'
      ? {
          ...framework,
          title: `${framework.title} (es)`,
          intake: framework.intake?.map((q) =>
            q.id === 'name' ? { ...q, prompt: '¿Cómo se llama la herramienta o el producto?' } : q,
          ),
        }
      : framework,
}));

const REVIEW_FILE = 'decisions/0001-lumen-tutor.review.yaml';
const MEMO_FILE = 'decisions/0001-lumen-tutor.es.md';
const FAMILY_FILE = 'decisions/0001-lumen-tutor.family.es.md';

const evidence: Reply = (call) =>
  call.message.startsWith('Evidencia (obligatoria): ') ? 'Visto por el equipo' : '';

/** A whole review of Lumen Tutor with vatl's own words in Spanish (framework text as localised). */
const SPANISH_REVIEW: readonly Rule[] = [
  on(/^¿Qué marco debe usar esta revisión\?/, choose(/^Value Add of Technology.* \(es\)/)),
  on(/^¿Cómo se llama la herramienta o el producto\?$/, type('Lumen Tutor')),
  on(/^Who is the vendor\?/, type('Lumen Learning Co.')),
  on(/^What kind of tool is it\?/, choose('Supplemental instructional tool')),
  on(
    /^Who will use it\? \(espacio para marcar, Enter para seguir\)$/,
    check('Students', 'Teachers'),
  ),
  on(/^Do students use it directly\?/, choose('Sí')),
  on(/^Will it collect, store or process students' personal data\?/, choose('Sí')),
  on(/^Does it monitor students or staff\?/, choose('No')),
  on(/^Does it use AI\?/, choose('Sí')),
  on(/^Which kinds of AI features does it have\?/, check(/^Conversational/)),
  on(/^Does the AI make or recommend decisions about individual/, choose('No')),
  on(/^What will it cost\?/, type('12 000 USD al año')),
  on(/^How long is the contract term\?/, type('2 años')),
  on(/^Un título para esta decisión:$/, enter),
  on(/^¿Cómo comparte el equipo la decisión\?$/, choose('Codiseñada')),
  on(/^Nombre del integrante 1 del equipo:$/, type('Dana Okafor')),
  on(/^Cargo de Dana Okafor:$/, type('Directora de Tecnología')),
  on(/^Nombre del integrante 2 del equipo:$/, type('')),
  on(/^¿Qué grupos de interés se consultaron\?/, check('Estudiantes', 'Docentes', 'Familias')),
  on(/^¿Cómo se consultó a: Estudiantes\? \(opcional\)$/, type('Consejo estudiantil')),
  on(/^¿Cómo se consultó a: .*\? \(opcional\)$/, type('')),
  on(/^Is there a data-privacy agreement covering this product\?/, choose('Signed')),
  on(/^Do click-through or online terms of service override/, choose('No')),
  on(/^Does a qualified person review every consequential AI output/, choose('Sí')),
  on(/^Does the vendor use student data to train/, choose('No')),
  on(/^Is there current accessibility conformance evidence/, choose('Sí')),
  on(
    (call) => call.kind === 'select' && call.choices.some((c) => c.name === '3 Solid'),
    choose('3 Solid'),
  ),
  on(/^Evidencia \((obligatoria|opcional)\): /, evidence),
  on(/^Una nota para el memorando \(opcional\):$/, type('')),
  on(/^¿Qué desea hacer ahora\?$/, choose('Pasar a la decisión')),
  on(/^La revisión sugiere .*\. ¿Cuál es la decisión\?$/, choose(/ \(sugerido\)$/)),
  on(/^Justificación para el memorando \(opcional\):$/, type('')),
  on(/^Condición \d+:$/, type('')),
  on(/^Volver a revisar esta decisión a más tardar el \(AAAA-MM-DD\):$/, enter),
  on(/^Firma \d+, nombre \(opcional\):$/, type('')),
];

let cwd: string;
beforeEach(async () => {
  cwd = await makeWorkspace();
});
afterEach(async () => {
  await removeWorkspace(cwd);
});

async function review(argv: readonly string[], overrides: readonly Rule[] = []) {
  const prompter = scriptedPrompter([...overrides, ...SPANISH_REVIEW]);
  const result = await runInteractive(cwd, argv, prompter);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return { ...result, prompter, seen: prompter.printed.join('\n') };
}

describe('vatl review --lang es: a whole review in Spanish', () => {
  it('asks in Spanish over the localised framework, writes the Spanish memo and says what to commit', async () => {
    const { code, stdout, stderr, seen } = await review(['review', '--lang', 'es']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(seen).toContain('Value Add of Technology for Leadership (es) (vatl@');
    expect(seen).toMatch(/Cada respuesta se guarda al momento \(en \.vatl\/drafts\/\)/);
    expect(seen).toContain('La propuesta');
    expect(seen).toMatch(/Propuesta 1 de \d+/);
    expect(seen).toMatch(/Propuesta 2 de \d+ {2}\(Esc: atrás\)/);
    expect(seen).toContain('Equipo 1 de 3: cómo se comparte la decisión');
    expect(seen).toMatch(/ · 1 de \d+/);
    expect(seen).toContain('Resumen');
    expect(seen).toMatch(/Escala: 1 .*; puntuación global \d/);
    expect(seen).toContain('Resultado sugerido: ');
    expect(seen).toContain('La decisión');
    expect(seen).not.toMatch(/Proposal \d of|Suggested outcome|The decision|Summary/);

    expect((await readdir(join(cwd, 'decisions'))).sort()).toEqual([
      '0001-lumen-tutor.es.md',
      '0001-lumen-tutor.family.es.md',
      '0001-lumen-tutor.review.yaml',
    ]);
    expect(stdout).toMatch(/^Resultado sugerido: .+ \(puntuación global \d/m);
    expect(stdout).toMatch(/^Decisión: /m);
    expect(stdout).toContain(
      `Escrito: ${REVIEW_FILE}\nEscrito: ${MEMO_FILE}\nEscrito: ${FAMILY_FILE}\n`,
    );
    // The memo and the family summary are in Spanish.
    expect(await readFile(join(cwd, MEMO_FILE), 'utf8')).toMatch(/^## La decisión y sus razones$/m);
    expect(await readFile(join(cwd, FAMILY_FILE), 'utf8')).toMatch(
      /^# Lumen Tutor: resumen para las familias$/m,
    );
    expect(stdout).toContain(
      `Siguiente paso: git add ${REVIEW_FILE} ${MEMO_FILE} ${FAMILY_FILE} && git commit -m 'Decisión 0001: Lumen Tutor'`,
    );
    // The review stays language-neutral: the stakeholder groups by their ids, no language.
    const written = await readFile(join(cwd, REVIEW_FILE), 'utf8');
    expect(written).toContain('group: students');
    expect(written).toContain('structure: co-designed');
    expect(written).not.toMatch(/language|Estudiantes|Codiseñada/);
  });

  it('speaks Spanish when the config says language: es, without --lang', async () => {
    await writeFile(join(cwd, 'vatl.config.yaml'), 'language: es\n');
    const { code, stdout, seen } = await review(['review']);
    expect(code).toBe(0);
    expect(seen).toContain('La propuesta');
    expect(stdout).toContain(`Escrito: ${MEMO_FILE}`);
    expect(existsSync(join(cwd, 'decisions/0001-lumen-tutor.md'))).toBe(false);
  });

  it('says the summary in Spanish: the change-an-answer menu, and Back to the summary', async () => {
    const { code, prompter } = await review(
      ['review', '--lang', 'es'],
      [
        on(/^¿Qué desea hacer ahora\?$/, [choose('Cambiar una respuesta')]),
        on(/^¿Qué respuesta desea cambiar\?$/, [choose('Volver al resumen')]),
      ],
    );
    expect(code).toBe(0);
    const menu = prompter.calls.find((c) => c.message === '¿Qué respuesta desea cambiar?');
    const names = menu?.choices.map((c) => c.name) ?? [];
    expect(names[0]).toBe('Volver al resumen');
    expect(names).toContain('Título — Lumen Tutor');
    expect(names).toContain('Equipo — Codiseñada, 1 integrante, 3 grupos consultados');
    expect(names.some((n) => /^Propuesta: Do students use it directly\? — Sí$/.test(n))).toBe(true);
  });

  it('stops in Spanish on Ctrl-C, saying where the answers are and how to resume', async () => {
    const { code, stderr } = await review(
      ['review', '--lang', 'es'],
      [on(/^Who is the vendor\?/, cancel)],
    );
    expect(code).toBe(130);
    expect(stderr).toMatch(
      /^\nDetenido\. Sus respuestas están guardadas en \.vatl\/drafts\/draft-/,
    );
    expect(stderr).toContain('Continúe con: vatl review --resume');
  });

  it('has no terminal: says so in Spanish with the way to give the answers in a file', async () => {
    const prompter = scriptedPrompter([]);
    const result = await runInteractive(cwd, ['review', '--lang', 'es'], prompter, {
      interactive: false,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'vatl: vatl review hace preguntas, y no hay una terminal donde hacerlas.',
    );
    expect(result.stderr).toContain('vatl review --answers review.yaml');
  });
});
