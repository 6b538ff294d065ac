import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localiseFramework } from '../../src/core/framework/localise.js';
import type { FrameworkStrings } from '../../src/core/framework/localise.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { parseStrings, stringsFileName } from '../../src/core/framework/parse-strings.js';
import { checkStrings } from '../../src/core/framework/strings-rules.js';
import type { Framework } from '../../src/core/framework/types.js';
import { fingerprint, stampFingerprints } from '../../src/core/review/fingerprint.js';
import { checkReview, parseReview } from '../../src/core/review/parse-review.js';
import { buildSnapshot } from '../../src/io/framework-snapshot.js';
import { sortDiagnostics } from '../../src/core/diagnostics.js';
import { FIXTURES, REPO } from '../helpers/cli.js';

const FW_FILE = join(FIXTURES, 'frameworks', 'district-lakeview.yaml');
const ES_FILE = join(FIXTURES, 'frameworks', 'district-lakeview.es.yaml');
const BASE = parseFramework(readFileSync(FW_FILE, 'utf8'), 'district-lakeview.yaml')
  .framework as Framework;
const ES_TEXT = readFileSync(ES_FILE, 'utf8');
const ES = parseStrings(ES_TEXT, 'district-lakeview.es.yaml').strings as FrameworkStrings;

/** A strings file's problems against the Lakeview framework, in file order. */
function check(text: string, name = 'district-lakeview.es.yaml') {
  const parsed = parseStrings(text, name);
  expect(parsed.diagnostics).toEqual([]);
  const found = checkStrings(parsed, {
    ...(stringsFileName(name) ? { fileLanguage: stringsFileName(name)?.language ?? 'es' } : {}),
    beside: BASE,
    installed: [BASE],
  });
  return sortDiagnostics(found).map(
    (d) =>
      `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}${d.hint ? ` ${d.hint}` : ''}`,
  );
}

describe('localiseFramework', () => {
  it('replaces every string the file gives, and keeps everything that scores', () => {
    const es = localiseFramework(BASE, { es: ES }, 'es');
    expect(es.title).toBe('Rúbrica de enfoque tecnológico de Lakeview');
    expect(es.axes.columns?.items.map((i) => i.label)).toEqual(['Equidad', 'Sostenibilidad']);
    expect(es.questions[0]?.levels?.['5']).toBe('Hay un plan con responsables y resultados.');
    expect(es.gates?.[0]?.title).toBe('Datos de los estudiantes sin un acuerdo firmado');
    expect(es.outcomes.map((o) => o.label)).toEqual([
      'Adoptar',
      'Pilotear',
      'Reconsiderar',
      'Rechazar',
    ]);
    expect(es.outcomes.map((o) => o.minOverall)).toEqual(BASE.outcomes.map((o) => o.minOverall));
    expect(es.gates?.[0]?.when).toEqual(BASE.gates?.[0]?.when);
    expect(es.language).toBe('es');
    // The base is untouched.
    expect(BASE.title).toBe('Lakeview Technology Focus Rubric');
  });

  it('falls back to the base language for a string the file lacks', () => {
    const partial: FrameworkStrings = {
      strings: 'lakeview-focus',
      version: '1.0.0',
      language: 'es',
      questions: { 'learn-equity': { prompt: '¿A quién atiende?' } },
    };
    const es = localiseFramework(BASE, { es: partial }, 'es');
    expect(es.questions[0]?.prompt).toBe('¿A quién atiende?');
    expect(es.questions[0]?.help).toBe('Look at access, language and disability.');
    expect(es.title).toBe(BASE.title);
  });

  it('is the framework itself in its own language or without strings, and the same object twice', () => {
    expect(localiseFramework(BASE, { es: ES }, 'en')).toBe(BASE);
    expect(localiseFramework(BASE, undefined, 'es')).toBe(BASE);
    expect(localiseFramework(BASE, { es: ES }, 'es')).toBe(
      localiseFramework(BASE, { es: ES }, 'es'),
    );
  });

  it("keeps each question's fingerprint, so an English review validates against the Spanish framework", () => {
    const es = localiseFramework(BASE, { es: ES }, 'es');
    es.questions.forEach((q, i) =>
      expect(fingerprint(q)).toBe(fingerprint(BASE.questions[i] as never)),
    );
    // A question reworded in English under the same id would not keep it.
    const reworded = { ...(BASE.questions[0] as never as Framework['questions'][number]) };
    reworded.prompt = es.questions[0]?.prompt ?? '';
    expect(fingerprint(reworded)).not.toBe(fingerprint(BASE.questions[0] as never));

    const text = `id: 0007-x
title: Adopt X
framework: lakeview-focus@1.0.0
date: 2026-05-04
proposal: { name: X, student-pii: 'no' }
team:
  structure: co-designed
  members:
    - { name: Rosa Diaz, role: Director of Curriculum }
answers:
  learn-equity: { value: 4 }
  learn-last: { value: 3 }
  ops-equity: { value: 3 }
  ops-last: { value: 4 }
`;
    const parsed = parseReview(text, 'x.review.yaml');
    if (!parsed.review) throw new Error('review did not parse');
    const stamped = stampFingerprints(parsed.review, BASE);
    expect(Object.values(stamped.answers).every((a) => a.fingerprint)).toBe(true);
    const changed = (fw: Framework) =>
      checkReview(stamped, fw).diagnostics.filter((d) => d.code === 'review/question-changed');
    expect(changed(es)).toEqual([]);
    // The same Spanish questions without the base fingerprints would all have changed.
    expect(changed(structuredClone(es))).toHaveLength(4);
  });
});

describe('checking a strings file against its framework', () => {
  it('the Lakeview Spanish strings are complete and clean', () => {
    expect(check(ES_TEXT)).toEqual([]);
  });

  it('reports a missing string at its nearest present parent key, or at 1:1', () => {
    const text = ES_TEXT.replace(
      '    help: Considere el acceso, el idioma y la discapacidad.\n',
      '',
    ).replace(/^gates:\n( {2}.*\n)+/m, '');
    expect(check(text)).toEqual([
      expect.stringMatching(
        /^1:1 warning framework\/missing-string `gates\.no-dpa\.title` is not given/,
      ),
      expect.stringMatching(/^1:1 warning framework\/missing-string `gates\.no-dpa\.why`/),
      expect.stringMatching(
        /^55:3 warning framework\/missing-string `questions\.learn-equity\.help`/,
      ),
    ]);
  });

  it('reports a key the framework lacks at the key, with did-you-mean', () => {
    const text = ES_TEXT.replace('  ops-equity:\n', '  ops-equty:\n').replace(
      "      '5': Resultados de varios años.\n",
      "      '6': Resultados de varios años.\n",
    );
    const found = check(text);
    expect(found).toContain(
      '72:7 error framework/unknown-string-key Question `learn-last` has no level `6`. Known: 1, 2, 3, 4, 5.',
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^73:3 error framework\/unknown-string-key Framework `lakeview-focus` has no question `ops-equty`\. Did you mean `ops-equity`\?/,
      ),
    );
  });

  it('reports the wrong framework, the wrong language and a stale version', () => {
    const text = ES_TEXT.replace('strings: lakeview-focus', 'strings: lakeview').replace(
      'version: 1.0.0',
      'version: 0.9.0',
    );
    expect(check(text)).toEqual([
      '5:10 error framework/strings-framework The file is beside framework `lakeview-focus`, but says it is for `lakeview`. Set `strings: lakeview-focus`.',
    ]);
    const other = check(
      ES_TEXT.replace('version: 1.0.0', 'version: 0.9.0').replace('language: es', 'language: en'),
    );
    expect(other).toEqual([
      '6:10 warning framework/strings-version These strings were written for lakeview-focus 0.9.0; the framework is 1.0.0.',
      "7:11 error framework/strings-language The file's name says its language is `es`, but it says `language: en`. Set `language: es`, or rename the file.",
    ]);
  });

  it('refuses what is not a string of the format, at file:line:col', () => {
    const parsed = parseStrings(
      ES_TEXT.replace('    help: Considere', '    weight: 2\n    help: Considere'),
      'x.es.yaml',
    );
    expect(parsed.strings).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '57:5 framework/unknown-property',
    ]);
  });
});

describe('strings file names', () => {
  it('are <stem>.<language>.yaml for a language vatl speaks', () => {
    expect(stringsFileName('frameworks/vatl.es.yaml')).toEqual({ stem: 'vatl', language: 'es' });
    expect(stringsFileName('vatl.yaml')).toBeUndefined();
    expect(stringsFileName('my.rubric.yaml')).toBeUndefined();
    expect(stringsFileName('vatl.fr.yaml')).toBeUndefined();
  });
});

describe('the built-in frameworks', () => {
  const dir = join(REPO, 'frameworks');
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const files = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

  it('every built-in framework has its Spanish strings file', () => {
    const frameworks = names.filter((n) => !stringsFileName(n));
    expect(names.filter((n) => stringsFileName(n))).toEqual(
      frameworks.map((n) => n.replace(/\.yaml$/, '.es.yaml')),
    );
  });

  it.each(names.filter((n) => stringsFileName(n)))(
    '%s is complete: no errors, no missing string',
    (name) => {
      const base = names.find((n) => n === `${stringsFileName(name)?.stem}.yaml`) ?? '';
      const framework = parseFramework(readFileSync(join(dir, base), 'utf8'), base).framework;
      const parsed = parseStrings(readFileSync(join(dir, name), 'utf8'), name);
      const problems = [
        ...parsed.diagnostics,
        ...checkStrings(parsed, {
          fileLanguage: 'es',
          ...(framework ? { beside: framework } : {}),
          installed: [],
        }),
      ];
      expect(problems).toEqual([]);
    },
  );

  it('snapshot the same data as parsing gives, strings files included', () => {
    const { snapshot } = buildSnapshot(files);
    for (const { name, text } of files) {
      if (stringsFileName(name))
        expect(snapshot.strings[name]?.strings).toEqual(parseStrings(text, name).strings);
      else
        expect(snapshot.frameworks[name]?.framework).toEqual(parseFramework(text, name).framework);
    }
    expect(Object.keys(snapshot.frameworks)).toContain('vatl.yaml');
  });
});
