import { describe, expect, it } from 'vitest';
import { runVatl } from '../helpers/cli.js';
import { fsError, intercept, memoryWorkspace } from '../helpers/memory-fs.js';
import { exampleReview, readExample, reviewYaml } from '../helpers/reviews.js';

/** Two proposals' reviews: one breaking the review schema, one breaking the review rules. */
function brokenReviews() {
  const schema = { ...exampleReview('lms-replacement'), colour: 'blue' };
  const rules = exampleReview('lms-replacement');
  const answers = rules.answers;
  answers[Object.keys(answers)[0] as string] = { value: 9 };
  answers['no-such-question'] = { value: 3 };
  return memoryWorkspace({
    'decisions/schema.review.yaml': reviewYaml(schema),
    'decisions/rules.review.yaml': reviewYaml(rules),
    'frameworks/broken.yaml': 'id: broken\ntitle: x: y\n',
  });
}

const PATHS = [
  'decisions/schema.review.yaml',
  'decisions/rules.review.yaml',
  'frameworks/broken.yaml',
];

async function validate(argv: string[], ws = brokenReviews()) {
  return runVatl(ws.cwd, ['validate', ...PATHS, ...argv], { fs: ws.fs });
}

/** `file:line:col` and code of each stylish line: what must not change with the language. */
function located(stylish: string): string[] {
  return stylish
    .split('\n')
    .filter((l) => /^\S+:\d+:\d+ /.test(l))
    .map((l) => `${l.split(' ')[0] ?? ''} ${/ ([a-z]+\/[a-z-]+) /.exec(l)?.[1] ?? ''}`);
}

describe('diagnostics in Spanish (--lang es, or language: es in the config)', () => {
  it('stylish: messages, hints, severities and the summary in Spanish, at the same places', async () => {
    const en = await validate([]);
    const es = await validate(['--lang', 'es']);
    expect(es.code).toBe(en.code);
    expect(located(es.stdout)).toEqual(located(en.stdout));
    expect(located(es.stdout).length).toBeGreaterThanOrEqual(4);
    expect(es.stdout).toContain(
      'review/unknown-property  El nivel superior tiene una propiedad desconocida: `colour`.',
    );
    expect(es.stdout).toMatch(
      /review\/invalid-answer {2}`9` no es una respuesta para `[a-z-]+`: admite un valor de la escala \(1, 2, 3, 4\)\./,
    );
    expect(es.stdout).toContain('`no-such-question` no es una pregunta de vatl@');
    expect(es.stdout).toContain('Quite la respuesta, o revise la versión del marco');
    expect(es.stdout).toContain('yaml/syntax');
    expect(es.stdout).toMatch(
      /\n✖ \d+ problemas \(\d+ errores, 0 alertas\) en 3 archivos revisados\.\n$/,
    );
    expect(es.stdout).not.toContain('is not');
  });

  it('language: es in vatl.config.yaml does the same, and --lang en wins over it', async () => {
    const ws = brokenReviews();
    ws.write('vatl.config.yaml', 'language: es\n');
    const es = await validate([], ws);
    expect(es.stdout).toContain('El nivel superior tiene una propiedad desconocida');
    const en = await validate(['--lang', 'en'], ws);
    expect(en.stdout).toContain('The top level has an unknown property `colour`.');
  });

  it('json: message and hint in Spanish, the keys and locations unchanged', async () => {
    const en = JSON.parse((await validate(['--format', 'json'])).stdout) as Json;
    const es = JSON.parse((await validate(['--format', 'json', '--lang', 'es'])).stdout) as Json;
    const where = (j: Json) =>
      j.diagnostics.map(({ file, line, column, code, severity }) => ({
        file,
        line,
        column,
        code,
        severity,
      }));
    expect(where(es)).toEqual(where(en));
    expect(Object.keys(es)).toEqual(Object.keys(en));
    expect(es.diagnostics.map((d) => Object.keys(d))).toEqual(
      en.diagnostics.map((d) => Object.keys(d)),
    );
    const unknown = es.diagnostics.find((d) => d.code === 'review/unknown-question');
    expect(unknown?.message).toMatch(/^`no-such-question` no es una pregunta de vatl@/);
    expect(unknown?.hint).toBe(
      'Quite la respuesta, o revise la versión del marco que nombra la revisión.',
    );
  });

  it('sarif: rule short descriptions and results in Spanish, rule ids unchanged', async () => {
    const en = JSON.parse((await validate(['--format', 'sarif'])).stdout) as Sarif;
    const es = JSON.parse((await validate(['--format', 'sarif', '--lang', 'es'])).stdout) as Sarif;
    const rules = (s: Sarif) => s.runs[0].tool.driver.rules;
    expect(rules(es).map((r) => r.id)).toEqual(rules(en).map((r) => r.id));
    const unknown = rules(es).find((r) => r.id === 'review/unknown-property');
    expect(unknown?.shortDescription.text).toBe(
      'La revisión tiene una propiedad que el esquema no conoce',
    );
    expect(unknown?.help.text).toContain('Quite la propiedad o corrija cómo está escrita.');
    const results = es.runs[0].results;
    expect(results.map((r) => r.locations)).toEqual(en.runs[0].results.map((r) => r.locations));
    expect(results.find((r) => r.ruleId === 'review/unknown-property')?.message.text).toBe(
      'El nivel superior tiene una propiedad desconocida: `colour`.',
    );
  });

  it('junit and github annotations carry the Spanish messages', async () => {
    const junit = (await validate(['--format', 'junit', '--lang', 'es'])).stdout;
    expect(junit).toContain(
      'message="El nivel superior tiene una propiedad desconocida: `colour`."',
    );
    const github = (await validate(['--format', 'github', '--lang', 'es'])).stdout;
    expect(github).toMatch(
      /^::error file=decisions\/schema\.review\.yaml,line=\d+,col=1,title=review\/unknown-property::El nivel superior/m,
    );
  });

  it('a clean run says so in Spanish, with its plural', async () => {
    const ws = memoryWorkspace({
      'decisions/ok.review.yaml': reviewYaml(exampleReview('lms-replacement')),
    });
    const one = await runVatl(ws.cwd, ['validate', 'decisions/ok.review.yaml', '--lang', 'es'], {
      fs: ws.fs,
    });
    expect(one.stdout).toBe('✔ 1 archivo revisado, sin problemas.\n');
    const two = await runVatl(
      ws.cwd,
      ['validate', 'decisions/ok.review.yaml', 'frameworks/vatl.yaml', '--lang', 'es'],
      { fs: ws.fs },
    );
    // frameworks/vatl.yaml is checked with the Spanish strings file beside it.
    expect(two.stdout).toBe('✔ 3 archivos revisados, sin problemas.\n');
  });

  it('a disk fault is said in Spanish, even before a command resolves its language', async () => {
    const ws = memoryWorkspace({ 'answers.yaml': readExample('lms-replacement', 'review.yaml') });
    const fs = intercept(ws.fs, (call) => {
      if (call.op === 'writeFile' && /\.tmp$/.test(call.args[0]))
        throw fsError('ENOSPC', 'write', call.args[0]);
    });
    const { code, stderr } = await runVatl(ws.cwd, ['--lang', 'es', 'init'], { fs });
    expect(stderr).toBe(
      'vatl: no se puede escribir vatl.config.yaml: no queda espacio en el dispositivo\n  Libere espacio y vuelva a ejecutar el comando; vatl.config.yaml quedó como estaba.\n',
    );
    expect(code).toBe(2);
  });
});

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
interface Sarif {
  runs: [
    {
      tool: {
        driver: {
          rules: { id: string; shortDescription: { text: string }; help: { text: string } }[];
        };
      };
      results: { ruleId: string; message: { text: string }; locations: unknown }[];
    },
  ];
}

describe('schema messages read as Spanish sentences', () => {
  it('"Al archivo le falta…" for the file itself, "A `proposal` le falta…" inside it', async () => {
    const ws = memoryWorkspace({
      'bad.review.yaml': 'title: x\nframework: vatl@2.0.0\nproposal: {}\nanswers: {}\n',
    });
    const { stdout } = await runVatl(ws.cwd, ['validate', 'bad.review.yaml', '--lang', 'es'], {
      fs: ws.fs,
    });
    expect(stdout).toContain(
      'bad.review.yaml:1:1  error   review/missing-property  Al archivo le falta la propiedad obligatoria `team`.',
    );
    expect(stdout).toContain('A `proposal` le falta la propiedad obligatoria `name`.');
    expect(stdout).not.toContain('A el ');
  });
});
