import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/core/text/terminal-text.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';
import type { MemoryWorkspace } from '../helpers/memory-fs.js';
import type { ReviewData } from '../helpers/reviews.js';
import {
  exampleReview,
  markdownProblems,
  readExample,
  reviewYaml,
  splitMemo,
} from '../helpers/reviews.js';

/**
 * Text from a framework or a review file, as hostile as it gets: ESC[2J (clear the screen),
 * CR (rewrite the line), BS, BEL, DEL, C1 CSI (U+009B), a right-to-left override, a zero-width
 * space and a byte-order mark.
 */
const HOSTILE = 'A\u001b[2JB\rC\bD\u0007E\u009bF\u202eG\u200bH\u007fI\ufeffJ';
const SHOWN = 'A\\x1b[2JB\\x0dC\\x08D\\x07E\\x9bF\\u202eG\\u200bH\\x7fI\\ufeffJ';
/** A control, bidi or invisible character a terminal or a memo must never receive raw. */
const RAW =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const FORGED = '✔ 1 file checked, no problems.';

/** A copy of the minimal fixture framework with hostile text in its title, labels and prompts. */
function hostileFramework(ws: MemoryWorkspace): void {
  const fw = parse(ws.read('fixtures/valid/minimal.yaml')) as Record<string, unknown> & {
    source: Record<string, string>;
    questions: Record<string, unknown>[];
    outcomes: Record<string, unknown>[];
    axes: { rows: { items: Record<string, unknown>[] } };
  };
  fw.id = 'hostile';
  fw.title = `Hostile ${HOSTILE}`;
  fw.summary = `Summary ${HOSTILE}\n\nSecond paragraph.`;
  fw.source.publisher = `Publisher ${HOSTILE}`;
  fw.axes.rows.items[0] = { ...fw.axes.rows.items[0], label: `Row ${HOSTILE}` };
  fw.questions[0] = { ...fw.questions[0], prompt: `Prompt ${HOSTILE}` };
  fw.outcomes[0] = { ...fw.outcomes[0], label: `Adopt ${HOSTILE}` };
  ws.write('custom/hostile.yaml', stringify(fw));
  ws.write('vatl.config.yaml', 'frameworks:\n  - custom\n');
}

/** The lms-replacement example with a title that would run code if pasted into a shell. */
const TITLE = `Adopt "Canvas" $(touch pwned) \`id\` ${HOSTILE} #`;

function hostileReview(ws: MemoryWorkspace): void {
  const data = exampleReview('lms-replacement');
  data.title = TITLE;
  data.proposal.summary = `Summary ${HOSTILE}\n\nMore ${HOSTILE}`;
  const condition = data.decision?.conditions?.[0];
  if (condition) {
    condition.owner = `Owner ${HOSTILE}`;
    condition.due = '2026-06-01';
  }
  ws.write('answers.yaml', reviewYaml(data));
}

describe('frameworks list and show: framework text is shown, never obeyed', () => {
  it('list shows the title and publisher with their control characters as escapes', async () => {
    const ws = memoryWorkspace();
    hostileFramework(ws);
    const { code, stdout, stderr } = await ws.run(['frameworks', 'list']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain(`Hostile ${SHOWN} — Publisher ${SHOWN}`);
  });

  it('show prints every piece of the file with escapes, one line each', async () => {
    const ws = memoryWorkspace();
    hostileFramework(ws);
    const { code, stdout } = await ws.run(['frameworks', 'show', 'hostile']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`Hostile ${SHOWN}  hostile@1.0.0`);
    expect(lines).toContain(`Summary ${SHOWN}`);
    expect(lines).toContain(`      Prompt ${SHOWN}`);
    expect(stdout).toContain(`  Row ${SHOWN}`);
    expect(stdout).toMatch(new RegExp(`^  Adopt ${SHOWN.replace(/[\\[\]$]/g, '\\$&')}  `, 'm'));
  });

  it('--json keeps the exact text, with DEL, C1 and bidi characters as JSON escapes', async () => {
    const ws = memoryWorkspace();
    hostileFramework(ws);
    const { stdout } = await ws.run(['frameworks', 'show', 'hostile', '--json']);
    expect(stdout).not.toMatch(RAW);
    expect((JSON.parse(stdout) as { title: string }).title).toBe(`Hostile ${HOSTILE}`);
  });
});

describe('validate: one problem stays one line', () => {
  /** A review whose answer value and answer key each carry a newline and a forged summary. */
  function forgery(ws: MemoryWorkspace, where: 'value' | 'key'): void {
    const text = readExample('lms-replacement', 'review.yaml');
    const forged = JSON.stringify(`x\n${FORGED}\n`);
    const replaced =
      where === 'value'
        ? text.replace(/^( {2}[a-z-]+:\n {4}value: )\d$/m, `$1${forged}`)
        : text.replace(/^answers:\n/m, `answers:\n  ${forged}:\n    value: 2\n`);
    expect(replaced).not.toBe(text);
    ws.write('decisions/0001-lms.review.yaml', replaced.replace(/^id: .*$/m, 'id: 0001-lms'));
  }

  it.each(['value', 'key'] as const)(
    'a newline in an answer %s cannot forge a clean summary',
    async (where) => {
      const ws = memoryWorkspace();
      forgery(ws, where);
      const { code, stdout } = await ws.run(['validate', 'decisions/0001-lms.review.yaml']);
      expect(code).toBe(1);
      const lines = stdout.split('\n');
      expect(lines).not.toContain(FORGED);
      expect(lines.filter((l) => l.includes(FORGED))).toHaveLength(1);
      expect(stdout).toContain(`x\\x0a${FORGED}`);
      expect(stdout).toMatch(/^✖ 1 problem \(1 error, 0 warnings\)/m);
    },
  );

  it('github, junit and sarif print it on one line too, with nothing raw', async () => {
    const ws = memoryWorkspace();
    forgery(ws, 'value');
    const github = await ws.run(['validate', '--format', 'github', 'decisions']);
    expect(github.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(github.stdout).toContain(`x%0A${FORGED}%0A`);
    const junit = await ws.run(['validate', '--format', 'junit', 'decisions']);
    expect(junit.stdout.split('\n').filter((l) => l.includes(FORGED))).toHaveLength(1);
    expect(junit.stdout).toContain(`x&#10;${FORGED}&#10;`);
    const sarif = await ws.run(['validate', '--format', 'sarif', 'decisions']);
    expect(sarif.stdout.split('\n').filter((l) => l.includes(FORGED))).toHaveLength(1);
  });

  it('a hostile answer value is shown with escapes in stylish, exact in JSON', async () => {
    const ws = memoryWorkspace();
    const text = readExample('lms-replacement', 'review.yaml');
    ws.write(
      'decisions/0001-lms.review.yaml',
      text
        .replace(/^id: .*$/m, 'id: 0001-lms')
        .replace(/^( {2}[a-z-]+:\n {4}value: )\d$/m, `$1${JSON.stringify(HOSTILE)}`),
    );
    const stylish = await ws.run(['validate', 'decisions']);
    expect(stylish.stdout).not.toMatch(RAW);
    expect(stylish.stdout).toContain(`\`${SHOWN}\` is not an answer`);
    const json = await ws.run(['validate', '--format', 'json', 'decisions']);
    expect(json.stdout).not.toMatch(RAW);
    const { diagnostics } = JSON.parse(json.stdout) as { diagnostics: { message: string }[] };
    expect(diagnostics[0]?.message).toContain(`\`${HOSTILE}\` is not an answer`);
  });
});

describe('vatl: messages', () => {
  it('a hostile argument in a `vatl: …` message is shown with escapes', async () => {
    const ws = memoryWorkspace();
    const { code, stderr } = await ws.run(['compare', HOSTILE, 'other']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toBe(
      `vatl: \`${SHOWN}\` is neither a review file nor a decision in decisions.\n` +
        '  Give the path of a review file, or a decision id (0007-ai-tutor) or number (7).\n',
    );
  });
});

describe('vatl: commander errors', () => {
  it('an unknown command with control characters is quoted with escapes', async () => {
    const ws = memoryWorkspace();
    const { code, stderr } = await ws.run([HOSTILE]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toContain(`vatl: error: unknown command '${SHOWN}'`);
  });
});

describe('review: the suggested git command and the memo', () => {
  it('quotes the paths and the title for the shell, as one argument, with escapes', async () => {
    const ws = memoryWorkspace();
    hostileReview(ws);
    const { code, stdout, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    const next = stdout.split('\n').find((l) => l.startsWith('Next: '));
    const files = ws.list('decisions').filter((f) => f.startsWith('0001-'));
    const [family, memo, review] = files.map((f) => `decisions/${f}`);
    expect(next).toBe(
      `Next: git add ${review} ${memo} ${family} && git commit -m 'Decision 0001: Adopt "Canvas" $(touch pwned) \`id\` ${SHOWN} #'`,
    );
  });

  it('writes a memo with no raw control character that passes markdownlint', async () => {
    const ws = memoryWorkspace();
    hostileReview(ws);
    await ws.run(['review', '--answers', 'answers.yaml']);
    const file = ws
      .list('decisions')
      .find((f) => f.endsWith('.md') && !f.endsWith('.family.md') && f.startsWith('0001-'));
    const memo = ws.read(`decisions/${file}`);
    expect(memo).not.toMatch(RAW);
    expect(await markdownProblems(memo)).toEqual([]);
    // The front matter is valid YAML and holds the title as the heading shows it.
    const { frontMatter, body } = splitMemo(memo);
    expect(frontMatter.title).toBe(visible(TITLE));
    // A trailing ` #` is text, not the closing sequence of the heading.
    expect(body.split('\n').find((l) => l.startsWith('# '))).toMatch(/ \\#$/);
    expect(memo).toContain(`Summary ${SHOWN.replace(/\\/g, '\\\\').replace('[', '\\[')}`);
    // and validate agrees it is what the review renders.
    const check = await ws.run(['validate', 'decisions']);
    expect(check.stdout).toMatch(/^✔ \d+ files? checked, no problems\.$/m);
  });

  it('hostile text in every free-text field: the memo has no raw control and passes markdownlint', async () => {
    const FREE = new Set([
      'title',
      'summary',
      'cost',
      'term',
      'name',
      'vendor',
      'role',
      'group',
      'how',
      'note',
      'evidence',
      'rationale',
      'text',
      'owner',
    ]);
    const taint = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') return FREE.has(key) ? `${value} ${HOSTILE} #` : value;
      if (Array.isArray(value)) return value.map((v) => taint(v, key));
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taint(v, k)]));
      return value;
    };
    const ws = memoryWorkspace();
    ws.write('answers.yaml', reviewYaml(taint(exampleReview('ai-tutoring-chatbot')) as ReviewData));
    const { code, stdout, stderr } = await ws.run(['review', '--answers', 'answers.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    const file = ws
      .list('decisions')
      .find((f) => f.endsWith('.md') && !f.endsWith('.family.md') && f.startsWith('0001-'));
    const memo = ws.read(`decisions/${file}`);
    expect(memo.split(SHOWN.replace(/\\/g, '\\\\').replace('[', '\\[')).length).toBeGreaterThan(20);
    expect(memo).not.toMatch(RAW);
    expect(await markdownProblems(memo)).toEqual([]);
  });

  it('log and due show the title and owner with escapes, and log --format json exactly', async () => {
    const ws = memoryWorkspace();
    hostileReview(ws);
    await ws.run(['review', '--answers', 'answers.yaml']);
    const log = await ws.run(['log']);
    expect(log.stdout).not.toMatch(RAW);
    expect(log.stdout).toContain(SHOWN);
    const due = await ws.run(['due', '--as-of', '2030-01-01']);
    expect(due.stdout).not.toMatch(RAW);
    expect(due.stdout).toContain(`Owner ${SHOWN}`);
    const json = await ws.run(['log', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW);
    expect((JSON.parse(json.stdout) as { title: string }[])[0]?.title).toBe(TITLE);
    const csv = await ws.run(['log', '--format', 'csv']);
    expect(csv.stdout.replace(/\r\n/g, '\n')).not.toMatch(RAW);
  });
});

describe('a user template that reaches for the prototype', () => {
  it.each([
    ['{{lookup this "__proto__"}}', 'line 2, column 1: `lookup` reaches for `__proto__`'],
    ['{{nosuch title}}', 'line 2, column 1: `nosuch` is not a helper vatl has'],
  ])('%s: render fails naming the file and line, exit 2, nothing printed', async (source, said) => {
    const ws = memoryWorkspace();
    ws.write(
      'decisions/0001-lms.review.yaml',
      readExample('lms-replacement', 'review.yaml').replace(/^id: .*$/m, 'id: 0001-lms'),
    );
    ws.write('custom/memo.md.hbs', `---\n${source}\n`);
    const { code, stdout, stderr } = await ws.run([
      'render',
      'decisions/0001-lms.review.yaml',
      '--stdout',
      '--template',
      'custom',
    ]);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `vatl: the template custom/memo.md.hbs failed: ${said}${stderr.slice(stderr.indexOf(said) + said.length)}`,
    );
    expect(stderr.split('\n')[1]).toBe(
      '  Fix the template (or remove the override), then run again.',
    );
    expect(code).toBe(2);
  });

  it('validate reports it as template/invalid at the template, and exits 2', async () => {
    const ws = memoryWorkspace();
    ws.write(
      'decisions/0001-lms.review.yaml',
      readExample('lms-replacement', 'review.yaml').replace(/^id: .*$/m, 'id: 0001-lms'),
    );
    ws.write('custom/memo.md.hbs', '---\n{{lookup this "__proto__"}}\n');
    ws.write('vatl.config.yaml', 'templates: custom\n');
    const { code, stdout } = await ws.run(['validate', 'decisions']);
    expect(stdout).toMatch(
      /^custom\/memo\.md\.hbs {2}error {4}template\/invalid {2}line 2, column 1: `lookup` reaches for `__proto__`/m,
    );
    expect(code).toBe(2);
  });
});
