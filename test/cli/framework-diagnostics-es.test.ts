import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE } from '../helpers/cli.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

// The invalid framework fixtures whose problem a framework rule finds (not the schema or YAML
// reader): each is in the memory workspace as fixtures/invalid/<name>.yaml.
const RULE_FIXTURES = [
  'applicability-condition',
  'blocks-fallback',
  'condition-value',
  'conditional-cell',
  'duplicate-id',
  'gate-allows-not-applicable',
  'kind-mismatch',
  'missing-choices',
  'missing-levels',
  'missing-score',
  'off-scale',
  'scale-order',
  'threshold-order',
  'threshold-order-fallback',
  'threshold-range',
  'uncovered-cell',
  'unknown-cell',
  'unknown-framework',
  'unknown-reference',
  'unknown-reference-cross',
  'unknown-reference-score',
  'weight-not-positive',
].map((name) => `fixtures/invalid/${name}.yaml`);

interface Json {
  diagnostics: {
    file: string;
    line: number;
    column: number;
    code: string;
    severity: string;
    message: string;
    hint?: string;
  }[];
}

async function run(ws: ReturnType<typeof memoryWorkspace>, argv: string[]) {
  const result = await ws.run(argv);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

const where = (j: Json) =>
  j.diagnostics.map(({ file, line, column, code, severity }) => ({
    file,
    line,
    column,
    code,
    severity,
  }));

/** English words a Spanish message should no longer have (ids and keys aside). */
const ENGLISH = /\b(is|the|which|has|must|does|not|names|refers|outside|Known|Installed)\b/;

describe('framework diagnostics in Spanish (vatl validate --lang es)', () => {
  it('every framework rule says its message in Spanish, at the same file:line:col', async () => {
    const ws = memoryWorkspace();
    const en = JSON.parse(
      (await run(ws, ['validate', ...RULE_FIXTURES, '--format', 'json'])).stdout,
    ) as Json;
    const es = JSON.parse(
      (await run(ws, ['validate', ...RULE_FIXTURES, '--format', 'json', '--lang', 'es'])).stdout,
    ) as Json;
    expect(en.diagnostics.length).toBeGreaterThanOrEqual(RULE_FIXTURES.length);
    expect(where(es)).toEqual(where(en));
    es.diagnostics.forEach((d, i) => {
      const english = en.diagnostics[i];
      expect(d.message).not.toBe(english?.message);
      expect(d.message.replace(/`[^`]*`/g, '')).not.toMatch(ENGLISH);
      expect(d.hint === undefined).toBe(english?.hint === undefined);
      if (d.hint) expect(d.hint.replace(/`[^`]*`/g, '')).not.toMatch(ENGLISH);
    });
  });

  it('stylish: an unknown cell, a bad condition and a threshold problem in Spanish; English unchanged', async () => {
    const ws = memoryWorkspace();
    const files = ['unknown-cell', 'condition-value', 'threshold-range'].map(
      (n) => `fixtures/invalid/${n}.yaml`,
    );
    const en = await run(ws, ['validate', ...files]);
    const es = await run(ws, ['validate', ...files, '--lang', 'es']);
    expect(es.code).toBe(en.code);
    expect(en.stdout).toBe(
      [
        'fixtures/invalid/condition-value.yaml:60:15  error    framework/condition-value  `maybe` can never be an answer to `q2`: it expects "yes" or "no".',
        'fixtures/invalid/threshold-range.yaml:44:17  error    framework/threshold-range  `minOverall` 9 of `adopt` is outside the scale 1–2.',
        'fixtures/invalid/unknown-cell.yaml:41:11  error    framework/unknown-cell  Question `q2` names value add `less`, which is not in axes.columns. Known: more.',
        '',
        '✖ 3 problems (3 errors, 0 warnings) in 3 files checked.',
        '',
      ].join('\n'),
    );
    expect(es.stdout).toBe(
      [
        'fixtures/invalid/condition-value.yaml:60:15  error   framework/condition-value  `maybe` nunca puede ser una respuesta a `q2`: admite "yes" o "no".',
        'fixtures/invalid/threshold-range.yaml:44:17  error   framework/threshold-range  `minOverall` 9 de `adopt` está fuera de la escala 1–2.',
        'fixtures/invalid/unknown-cell.yaml:41:11  error   framework/unknown-cell  La pregunta `q2` nombra la columna `less`, que no está en axes.columns. Conocidas: more.',
        '',
        '✖ 3 problemas (3 errores, 0 alertas) en 3 archivos revisados.',
        '',
      ].join('\n'),
    );
  });

  it('a warning keeps its plural and its hint in Spanish', async () => {
    const ws = memoryWorkspace();
    const es = await run(ws, ['validate', 'fixtures/invalid/missing-levels.yaml', '--lang', 'es']);
    expect(es.stdout).toContain(
      'framework/missing-levels  La pregunta de escala `q1` no describe cómo es el nivel 2. Describa cada nivel en `levels` para que todos los revisores puntúen igual.',
    );
  });
});

// A district's own rubric with its Spanish strings beside it, the strings broken four ways.
const FRAMEWORK = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.yaml'), 'utf8');
const SPANISH = readFileSync(join(FIXTURES, 'frameworks', 'district-lakeview.es.yaml'), 'utf8');

function brokenStrings() {
  const spanish = SPANISH.replace('version: 1.0.0', 'version: 0.9.0')
    .replace('title: Rúbrica de enfoque tecnológico de Lakeview\n', '')
    .replace(
      '    items:\n      learning:',
      '    items:\n      lerning:\n        label: x\n      learning:',
    )
    .replace('owner: Distrito', 'source:\n  note: nada\nowner: Distrito');
  expect(spanish).not.toBe(SPANISH);
  return memoryWorkspace({
    'vatl.config.yaml': 'frameworks:\n  - district\n',
    'district/district-lakeview.yaml': FRAMEWORK,
    'district/district-lakeview.es.yaml': spanish,
    // For no installed framework, and in English by its own account.
    'district/other.es.yaml': spanish
      .replace('strings: lakeview-focus', 'strings: lakeview-focs')
      .replace('language: es', 'language: en'),
  });
}

describe('strings-file diagnostics in Spanish', () => {
  it('say each problem in Spanish at the same file:line:col; English unchanged', async () => {
    const ws = brokenStrings();
    const en = await run(ws, ['validate', 'district']);
    const es = await run(ws, ['validate', 'district', '--lang', 'es']);
    expect(es.code).toBe(en.code);
    expect(en.stdout).toBe(
      [
        "district/district-lakeview.es.yaml:1:1  warning  framework/missing-string  `title` is not given in this language: the base language's string is shown.",
        'district/district-lakeview.es.yaml:6:10  warning  framework/strings-version  These strings were written for lakeview-focus 0.9.0; the framework is 1.0.0.',
        'district/district-lakeview.es.yaml:8:1  error    framework/unknown-string-key  Framework `lakeview-focus` has no `source`, so `source.note` has nothing to translate.',
        'district/district-lakeview.es.yaml:27:7  error    framework/unknown-string-key  Framework `lakeview-focus` has no row item `lerning`. Did you mean `learning`? Known: learning, operations.',
        'district/other.es.yaml:5:10  error    framework/strings-framework  There is no framework `lakeview-focs` for these strings. Did you mean `lakeview-focus`? Installed: dp-leadership, iste-leaders, lakeview-focus, tla-edtech-systems, vatl.',
        "district/other.es.yaml:7:11  error    framework/strings-language  The file's name says its language is `es`, but it says `language: en`. Set `language: es`, or rename the file.",
        '',
        '✖ 6 problems (4 errors, 2 warnings) in 3 files checked.',
        '',
      ].join('\n'),
    );
    expect(es.stdout).toBe(
      [
        'district/district-lakeview.es.yaml:1:1  alerta  framework/missing-string  `title` no está en este idioma: se muestra el texto del idioma base.',
        'district/district-lakeview.es.yaml:6:10  alerta  framework/strings-version  Estos textos se escribieron para lakeview-focus 0.9.0; el marco está en la versión 1.0.0.',
        'district/district-lakeview.es.yaml:8:1  error   framework/unknown-string-key  El marco `lakeview-focus` no tiene `source`, así que `source.note` no tiene nada que traducir.',
        'district/district-lakeview.es.yaml:27:7  error   framework/unknown-string-key  El marco `lakeview-focus` no tiene el elemento de fila `lerning`. ¿Quiso decir `learning`? Claves válidas: learning, operations.',
        'district/other.es.yaml:5:10  error   framework/strings-framework  No hay ningún marco `lakeview-focs` para estos textos. ¿Quiso decir `lakeview-focus`? Instalados: dp-leadership, iste-leaders, lakeview-focus, tla-edtech-systems, vatl.',
        'district/other.es.yaml:7:11  error   framework/strings-language  Según su nombre, el archivo está en `es`, pero dice `language: en`. Ponga `language: es`, o cambie el nombre del archivo.',
        '',
        '✖ 6 problemas (4 errores, 2 alertas) en 3 archivos revisados.',
        '',
      ].join('\n'),
    );
  });
});

describe('vatl frameworks show --lang es', () => {
  it('an id no framework has: the message and its did-you-mean in Spanish', async () => {
    const ws = memoryWorkspace();
    const en = await run(ws, ['frameworks', 'show', 'vatll']);
    const es = await run(ws, ['frameworks', 'show', 'vatll', '--lang', 'es']);
    expect(es.code).toBe(en.code);
    expect(en.stderr).toBe(
      'vatl: there is no framework `vatll`.\n  Did you mean `vatl`? Installed: dp-leadership, iste-leaders, tla-edtech-systems, vatl. Or give a path to a framework file.\n',
    );
    expect(es.stderr).toBe(
      'vatl: no existe el marco `vatll`.\n  ¿Quiso decir `vatl`? Instalados: dp-leadership, iste-leaders, tla-edtech-systems, vatl. O indique la ruta de un archivo de marco.\n',
    );
  });

  it('says the values of conditions as the reader reads them: Sí/No and the choices’ labels', async () => {
    const ws = memoryWorkspace();
    const es = (await run(ws, ['frameworks', 'show', 'vatl', '--lang', 'es'])).stdout;
    expect(es).toContain('cuando users incluye «Estudiantes» y student-facing es No\n');
    expect(es).toContain('(solo cuando uses-ai es Sí)');
    expect(es).toContain('cuando ir-privacy-agreement es «Ninguno» o ir-clickthrough-terms es Sí');
    expect(es).not.toMatch(/ es (yes|no)\b/);
    const en = (await run(ws, ['frameworks', 'show', 'vatl'])).stdout;
    expect(en).toContain('when users includes students and student-facing is no\n');
    expect(en).toContain('when ir-privacy-agreement is none or ir-clickthrough-terms is yes');
  });
});
