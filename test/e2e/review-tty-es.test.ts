import * as fs from 'node:fs/promises';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion, applicableOrder, newDraft } from '../../src/core/review/draft.js';
import type { Draft } from '../../src/core/review/draft.js';
import type { Review } from '../../src/core/review/types.js';
import { saveDraft } from '../../src/io/drafts.js';
import { makeWorkspace, removeWorkspace } from '../helpers/cli.js';
import { ensureBuilt } from '../helpers/spawn.js';
import { Terminal, requireTmux } from '../helpers/tmux.js';
import { LUMEN_PROPOSAL, LUMEN_TEAM, loadVatl } from '../helpers/drafts.js';

// vatl's own words in Spanish at a real terminal. The framework's words are whatever its
// strings file gives, so this test waits only on vatl's own prompts and lines.
const VATL = loadVatl();
const ORDER = applicableOrder(VATL, { proposal: LUMEN_PROPOSAL });
const N = ORDER.length;
const SAFE_NO = ['ir-model-training', 'ir-clickthrough-terms'];
const REVIEW_FILE = 'decisions/0001-lumen-tutor.review.yaml';
const MEMO_FILE = 'decisions/0001-lumen-tutor.es.md';
const LONG = 120_000;

/** A draft with everything answered, as vatl saves it. */
async function saveCompleteDraft(cwd: string): Promise<void> {
  let draft: Draft = {
    ...newDraft('draft-20250301-090000', VATL, '2025-03-01T09:00:00.000Z'),
    title: 'Lumen Tutor',
    proposal: { ...LUMEN_PROPOSAL },
    team: { ...LUMEN_TEAM },
  };
  ORDER.forEach((q, i) => {
    const value =
      q.kind === 'yes-no'
        ? SAFE_NO.includes(q.id)
          ? 'no'
          : 'yes'
        : q.kind === 'choice'
          ? 'signed'
          : i % 3 === 0
            ? 4
            : 3;
    draft = answerQuestion(
      draft,
      q,
      { value, ...(q.evidence === 'required' ? { evidence: `Evidencia de ${q.id}` } : {}) },
      '2025-03-01T09:00:00.000Z',
    );
  });
  await saveDraft(fs, cwd, draft);
}

let cwd: string;
const terminals: Terminal[] = [];

function start(args: readonly string[]): Terminal {
  const t = Terminal.start({ cwd, args });
  terminals.push(t);
  return t;
}

beforeAll(() => {
  requireTmux();
  ensureBuilt();
});

beforeEach(async () => {
  cwd = await makeWorkspace();
});

afterEach(async () => {
  for (const t of terminals.splice(0)) t.close();
  await removeWorkspace(cwd);
});

describe.sequential('vatl review --lang es in a real terminal (tmux)', () => {
  it(
    'a Spanish review is completed: the draft picker, summary, decision, sign-off and final lines in Spanish',
    async () => {
      await saveCompleteDraft(cwd);
      const t = start(['review', '--resume', '--lang', 'es']);
      await t.prompt(
        new RegExp(
          `^\\? ¿Qué borrador desea continuar\\? .*Lumen Tutor — vatl@2\\.0\\.0, ${15 + N} de ${15 + N} respondidas, último cambio`,
        ),
      );
      t.press('Enter');
      await t.text(/Resumen[\s\S]*Escala: [\s\S]*puntuación global[\s\S]*Resultado sugerido: /);
      await t.prompt(/^\? ¿Qué desea hacer ahora\?/);
      expect(t.screen()).toContain('Pasar a la decisión');
      t.press('Enter');
      await t.prompt(/^\? La revisión sugiere .*\. ¿Cuál es la decisión\?/);
      expect(t.screen()).toContain('(sugerido)');
      t.press('Enter');
      await t.prompt(/^\? Justificación para el memorando \(opcional\):/);
      t.enter('Sólida en todas las áreas.');
      await t.prompt(/^\? Condición 1:/);
      expect(t.screen()).toContain('Condiciones: qué debe ocurrir, quién es responsable');
      t.press('Enter');
      await t.prompt(/^\? Volver a revisar esta decisión a más tardar el \(AAAA-MM-DD\):/);
      t.press('Enter');
      await t.prompt(/^\? Firma 1, nombre \(opcional\):/);
      t.enter('Rosa Díaz');
      await t.prompt(/^\? Cargo de Rosa Díaz:/);
      t.enter('Superintendente');
      await t.prompt(/^\? Firma 2, nombre \(opcional\):/);
      t.press('Enter');
      expect(await t.exit()).toBe(0);
      const screen = await t.text(/Siguiente paso: git add/);
      expect(screen).toMatch(/Decisión: /);
      expect(screen).toContain(`Escrito: ${REVIEW_FILE}`);
      expect(screen).toContain(`Escrito: ${MEMO_FILE}`);
      expect(screen).toContain('Escrito: decisions/0001-lumen-tutor.family.es.md');
      expect(screen).not.toMatch(/Wrote |Next: /);

      expect((await readdir(join(cwd, 'decisions'))).sort()).toEqual([
        '0001-lumen-tutor.es.md',
        '0001-lumen-tutor.family.es.md',
        '0001-lumen-tutor.review.yaml',
      ]);
      const review = parse(await readFile(join(cwd, REVIEW_FILE), 'utf8')) as Review;
      expect(review.decision?.signoff).toEqual([{ name: 'Rosa Díaz', role: 'Superintendente' }]);
    },
    LONG,
  );

  it(
    'a new Spanish review opens with the framework chooser and the proposal in Spanish; Ctrl-C says so in Spanish',
    async () => {
      const t = start(['--lang', 'es', 'review']);
      await t.prompt(/^\? ¿Qué marco debe usar esta revisión\?/);
      expect(t.screen()).toContain('(predeterminado)');
      t.press('Enter');
      await t.text(/La propuesta[\s\S]*Propuesta 1 de \d+/);
      t.press('C-c');
      expect(await t.exit()).toBe(130);
      expect(t.screen()).toContain('Detenido antes de dar ninguna respuesta; no se guardó nada.');
    },
    LONG,
  );
});
