import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderTemplate } from '../../src/core/memo/render-memo.js';
import { TemplateError } from '../../src/errors.js';

const VIEW = {
  title: 'Adopt Canvas',
  list: ['a', 'b'],
  proposal: { name: 'Canvas' },
  optional: '',
};

/** Renders `source` (as line 2 of `custom/memo.md.hbs`) over VIEW, or gives the error. */
function render(source: string, partials: Record<string, string> = {}): string | TemplateError {
  try {
    return renderTemplate(
      VIEW,
      { name: 'custom/memo.md.hbs', source: `# Memo\n${source}\n` },
      Object.fromEntries(
        Object.entries(partials).map(([k, v]) => [
          k,
          { name: `custom/partials/${k}.md.hbs`, source: v },
        ]),
      ),
    );
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
}

function failure(source: string, partials?: Record<string, string>): string {
  const result = render(source, partials);
  if (!(result instanceof TemplateError)) throw new Error(`rendered: ${JSON.stringify(result)}`);
  return `${result.template}: ${result.message}`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('templates cannot reach for the prototype', () => {
  it.each([
    ['{{lookup this "__proto__"}}', 'line 2, column 1: `lookup` reaches for `__proto__`'],
    ['{{lookup this "constructor"}}', 'line 2, column 1: `lookup` reaches for `constructor`'],
    ['{{lookup proposal "toString"}}', 'line 2, column 1: `lookup` reaches for `toString`'],
    ['{{__proto__}}', 'line 2, column 3: `__proto__`, a name every JavaScript object inherits'],
    ['{{constructor}}', 'line 2, column 3: `constructor`, a name'],
    [
      '{{title.constructor.name}}',
      'line 2, column 3: `title.constructor.name` reaches for `constructor`',
    ],
    ['{{#with __proto__}}x{{/with}}', 'line 2, column 9: `__proto__`'],
    ['{{__defineGetter__}}', 'line 2, column 3: `__defineGetter__`'],
    [
      '{{@root.hasOwnProperty}}',
      'line 2, column 3: `@root.hasOwnProperty` reaches for `hasOwnProperty`',
    ],
    ['{{#if false}}{{valueOf}}{{/if}}', 'line 2, column 16: `valueOf`'],
  ])('%s fails, naming the template and line', (source, message) => {
    expect(failure(source)).toContain(`custom/memo.md.hbs: ${message}`);
  });

  it.each(['__proto__', 'constructor', 'toString'])(
    'a key chosen at render time (%s) that the data only inherits fails too',
    (key) => {
      const run = () =>
        renderTemplate(
          { key, obj: { a: 1 } },
          { name: 'm.md.hbs', source: 'x\n{{lookup obj key}}\n' },
          {},
        );
      expect(run).toThrow(TemplateError);
      expect(run).toThrow(
        `line 2, column 1: \`lookup\` reaches for \`${key}\`, which the value only inherits; it is not a field of the memo.`,
      );
    },
  );

  it('an array method is not a field: {{list.map}} fails with its line', () => {
    expect(failure('{{list.map}}')).toBe(
      'custom/memo.md.hbs: line 2, column 3: `map` is not a field of the memo here.',
    );
  });

  it('never writes to the console', () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    for (const source of [
      '{{lookup this "toString"}}',
      '{{list.map}}',
      '{{log "hi"}}',
      '{{title.big}}',
    ])
      expect(render(source)).toBeInstanceOf(TemplateError);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('helpers, partials and fields', () => {
  it.each([
    ['{{nosuch title}}', 'line 2, column 1: `nosuch` is not a helper vatl has'],
    ['{{#nosuch title}}x{{/nosuch}}', 'line 2, column 1: `nosuch` is not a helper vatl has'],
    ['{{#nosuch}}x{{/nosuch}}', 'line 2, column 4: `nosuch` is not a field of the memo here.'],
    ['{{log title}}', 'line 2, column 1: `log` is not a helper vatl has'],
    ['{{> nowhere}}', 'line 2, column 1: there is no partial `nowhere`'],
    ['{{nosuchfield}}', 'line 2, column 3: `nosuchfield` is not a field of the memo here.'],
    [
      '{{title.length}}',
      'line 2, column 3: `length` is not a field: what it is looked up in is a text',
    ],
    ['{{#if title}', 'line 2: this is not valid Handlebars'],
  ])('%s fails, naming the template and line', (source, message) => {
    expect(failure(source)).toContain(`custom/memo.md.hbs: ${message}`);
  });

  it('a partial that breaks a rule is named, with its own line', () => {
    expect(failure('{{> extra}}', { extra: 'fine\n{{lookup this "__proto__"}}' })).toBe(
      'custom/partials/extra.md.hbs: line 2, column 1: `lookup` reaches for `__proto__`, a name every JavaScript object inherits; it is not a field of the memo.',
    );
    expect(failure('{{> extra}}', { extra: 'fine\n{{nosuch}}' })).toBe(
      'custom/partials/extra.md.hbs: line 2, column 3: `nosuch` is not a field of the memo here.',
    );
  });

  it('the helpers and data a template may use still work; a missing field in a condition is false', () => {
    expect(
      render(
        '{{#each list}}{{this}}{{#unless @last}}, {{/unless}}{{/each}} {{list}} {{lookup proposal "name"}} {{list.length}}' +
          ' {{#with proposal}}{{name}}{{/with}} {{#if nosuch}}x{{else}}none{{/if}} {{lookup proposal "nosuch"}}.',
        {},
      ),
    ).toBe('# Memo\na, b a,b Canvas 2 Canvas none .\n');
    expect(render('{{> extra}}', { extra: '{{#*inline "x"}}in{{/inline}}{{> x}} {{title}}' })).toBe(
      '# Memo\nin Adopt Canvas\n',
    );
  });
});
