// `--lang es` for the memo, the family summary and the comparison page: the files written,
// what validate makes of them, and a team's own Spanish templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';
import { markdownProblems, readExample } from '../helpers/reviews.js';

const REVIEW = 'decisions/0001-lms-replacement.review.yaml';
const MEMO = 'decisions/0001-lms-replacement.md';
const MEMO_ES = 'decisions/0001-lms-replacement.es.md';
const FAMILY_ES = 'decisions/0001-lms-replacement.family.es.md';
const SPANISH = readExample('lms-replacement', 'memo.es.md');
const SPANISH_FAMILY = readExample('lms-replacement', 'memo.family.es.md');

function withReview(): MemoryWorkspace {
  return memoryWorkspace({ [REVIEW]: readExample('lms-replacement', 'review.yaml') });
}

describe('vatl render --lang es', () => {
  it('writes <id>.es.md beside the review, the example’s Spanish memo, and no English memo', async () => {
    const ws = withReview();
    const { code, stdout, stderr } = await ws.run(['render', '--lang', 'es', REVIEW]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`Escrito: ${MEMO_ES}\n`);
    expect(code).toBe(0);
    expect(ws.read(MEMO_ES)).toBe(SPANISH);
    expect(ws.exists(MEMO)).toBe(false);
    expect((await ws.run(['render', '--lang', 'es', REVIEW])).stdout).toBe(
      `${MEMO_ES} está al día.\n`,
    );
  });

  it('writes <id>.family.es.md with --audience family', async () => {
    const ws = withReview();
    const { code, stdout } = await ws.run([
      'render',
      '--audience',
      'family',
      '--lang',
      'es',
      REVIEW,
    ]);
    expect(stdout).toBe(`Escrito: ${FAMILY_ES}\n`);
    expect(code).toBe(0);
    expect(ws.read(FAMILY_ES)).toBe(SPANISH_FAMILY);
  });

  it('prints with --stdout and writes nothing; the flag also goes before the command', async () => {
    const ws = withReview();
    const { code, stdout } = await ws.run(['--lang', 'es', 'render', '--stdout', REVIEW]);
    expect(code).toBe(0);
    expect(stdout).toBe(SPANISH);
    expect(ws.exists(MEMO_ES)).toBe(false);
  });

  it('writes in the config’s `language: es`, and --lang en wins over it', async () => {
    const ws = withReview();
    ws.write('vatl.config.yaml', 'language: es\n');
    expect((await ws.run(['render', REVIEW])).stdout).toBe(`Escrito: ${MEMO_ES}\n`);
    expect((await ws.run(['render', '--lang', 'en', REVIEW])).stdout).toBe(`Wrote ${MEMO}\n`);
    expect(ws.read(MEMO)).toBe(readExample('lms-replacement', 'memo.md'));
  });

  it('names an example’s Spanish files memo.es.md and memo.family.es.md', async () => {
    const ws = memoryWorkspace({
      'examples/lms/review.yaml': readExample('lms-replacement', 'review.yaml'),
    });
    expect((await ws.run(['render', '--lang', 'es', 'examples/lms/review.yaml'])).stdout).toBe(
      'Escrito: examples/lms/memo.es.md\n',
    );
    expect(
      (await ws.run(['render', '--lang', 'es', '--audience', 'family', 'examples/lms/review.yaml']))
        .stdout,
    ).toBe('Escrito: examples/lms/memo.family.es.md\n');
  });
});

describe('vatl validate with Spanish memos', () => {
  it('checks <id>.es.md and <id>.family.es.md against their review; one memo in any language is enough', async () => {
    const ws = withReview();
    ws.write(MEMO_ES, SPANISH);
    ws.write(FAMILY_ES, SPANISH_FAMILY);
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toBe('✔ 3 files checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('flags a stale .es.md as memo/out-of-date, with the command that renders it in Spanish', async () => {
    const ws = withReview();
    ws.write(MEMO_ES, SPANISH.replace('## Hallazgos', '## Hallazgos (editado)'));
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `^${MEMO_ES}:\\d+:1 +error +memo/out-of-date +The memo differs from what 0001-lms-replacement.review.yaml renders .* vatl render --lang es --force ${REVIEW}$`,
        'm',
      ),
    );
  });

  it('flags an English memo saved under a Spanish name by its front matter’s language', async () => {
    const ws = withReview();
    const english = readExample('lms-replacement', 'memo.md');
    ws.write(MEMO_ES, english);
    const line = english.split('\n').indexOf('language: en') + 1;
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${MEMO_ES}:${line}:1  error    memo/out-of-date  The memo is written in \`en\` (its front matter says so), but its name says \`es\`.`,
    );
  });

  it('flags a stale .family.es.md', async () => {
    const ws = withReview();
    ws.write(MEMO_ES, SPANISH);
    ws.write(FAMILY_ES, SPANISH_FAMILY.replace('## Preguntas', '## Dudas'));
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `^${FAMILY_ES}:\\d+:1 +error +memo/out-of-date +The family summary differs .*--audience family --lang es --force`,
        'm',
      ),
    );
  });

  it('loads the Spanish templates only when a Spanish file is checked', async () => {
    const ws = withReview();
    ws.write(MEMO, readExample('lms-replacement', 'memo.md'));
    // A folder where the Spanish memo template should be: reading it fails, if it is read.
    ws.write('custom/es/memo.md.hbs/README', 'not a template\n');
    ws.write('vatl.config.yaml', 'templates: custom\n');
    const english = await ws.run(['validate', 'decisions']);
    expect(english.stdout).toBe('✔ 2 files checked, no problems.\n');
    ws.write(MEMO_ES, SPANISH);
    const spanish = await ws.run(['validate', 'decisions']);
    expect(spanish.code).not.toBe(0);
    expect(spanish.stdout + spanish.stderr).toContain('template/unreadable');
  });

  it('still reports memo/missing when the review has no memo in any language, named in the config’s language', async () => {
    const ws = withReview();
    ws.write('vatl.config.yaml', 'language: es\n');
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `memo/missing  Falta el memorando ${MEMO_ES}: esta revisión no se ha generado. Escríbalo: vatl render --lang es ${REVIEW}`,
    );
  });
});

describe('a team’s own templates in Spanish (an override folder’s es/)', () => {
  it('uses custom/es/ for the Spanish memo only, and custom/ for the English one only', async () => {
    const ws = withReview();
    ws.write('custom/es/partials/overlap.md.hbs', 'Plantilla propia del distrito.\n');
    ws.write('custom/partials/overlap.md.hbs', 'The district’s own template.\n');
    const es = await ws.run(['render', '--stdout', '--lang', 'es', '--template', 'custom', REVIEW]);
    expect(es.code).toBe(0);
    expect(es.stdout).toContain('Plantilla propia del distrito.');
    expect(es.stdout).not.toContain('The district’s own template.');
    const en = await ws.run(['render', '--stdout', '--template', 'custom', REVIEW]);
    expect(en.stdout).toContain('The district’s own template.');
    expect(en.stdout).not.toContain('Plantilla propia del distrito.');
  });

  it('never falls back to an English template: an English-only override leaves the Spanish memo as built in', async () => {
    const ws = withReview();
    ws.write('custom/memo.md.hbs', '# English only\n');
    const { code, stdout } = await ws.run([
      'render',
      '--stdout',
      '--lang',
      'es',
      '--template',
      'custom',
      REVIEW,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(SPANISH);
  });

  it('applies the template rules to a Spanish override', async () => {
    const ws = withReview();
    ws.write('custom/es/partials/overlap.md.hbs', '{{constructor}}\n');
    const { code, stderr } = await ws.run([
      'render',
      '--stdout',
      '--lang',
      'es',
      '--template',
      'custom',
      REVIEW,
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('custom/es/partials/overlap.md.hbs');
    expect(stderr).toContain('`constructor`');
  });
});

describe('vatl compare --lang es', () => {
  it('prints the comparison page in Spanish, clean Markdown', async () => {
    const fixture = (name: string) => readFileSync(join(FIXTURES, 'compare', name), 'utf8');
    const ws = memoryWorkspace({
      'decisions/0001-lms-replacement.review.yaml': fixture('0001-lms-replacement.review.yaml'),
      'decisions/0002-canopy-lms.review.yaml': fixture('0002-canopy-lms.review.yaml'),
    });
    const args = [
      'decisions/0001-lms-replacement.review.yaml',
      'decisions/0002-canopy-lms.review.yaml',
    ];
    const { code, stdout } = await ws.run(['compare', '--lang', 'es', ...args]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Comparación de 2 propuestas$/m);
    for (const heading of ['## Resumen', '## Puntuaciones por celda', '## Controles'])
      expect(stdout).toContain(heading);
    expect(stdout).toContain('| Puntuación general |');
    expect(stdout).toContain('| Estado | decidida |');
    expect(stdout).not.toMatch(
      /\| (Overall score|Suggested outcome|Gates not passed|Review file) \|/,
    );
    expect(await markdownProblems(stdout)).toEqual([]);
    const english = await ws.run(['compare', ...args]);
    expect(english.stdout).toMatch(/^# Comparing 2 proposals$/m);
  });
});
