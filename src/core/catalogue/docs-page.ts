import { CATALOGUE, docsAnchor } from './index.js';
import type { CatalogueEntry, DiagnosticCode } from './index.js';

const NAMESPACES: readonly { prefix: string; title: string; about: string }[] = [
  {
    prefix: 'file',
    title: 'Files',
    about: 'Reading the files named on the command line or found in folders.',
  },
  {
    prefix: 'io',
    title: 'Disk faults',
    about: 'The disk failing while vatl reads or writes: no space, read-only, permission denied.',
  },
  { prefix: 'yaml', title: 'YAML', about: 'Parsing YAML, before any schema is applied.' },
  {
    prefix: 'config',
    title: 'Config',
    about:
      'The repository config, `vatl.config.yaml`. Any problem in it stops the run with exit 2.',
  },
  {
    prefix: 'framework',
    title: 'Frameworks',
    about: 'Framework files: their schema, and the rules that make a rubric sound.',
  },
  {
    prefix: 'review',
    title: 'Reviews',
    about: 'Review files: their schema, and the rules that check answers against the framework.',
  },
  {
    prefix: 'memo',
    title: 'Memos',
    about: 'Decision memos, checked against what their review files render.',
  },
  {
    prefix: 'merge',
    title: 'Team reviews',
    about: "`vatl merge`: combining team members' independent reviews of one proposal.",
  },
  {
    prefix: 'template',
    title: 'Templates',
    about: 'Memo templates: the built-in ones and a folder that overrides them.',
  },
  {
    prefix: 'compare',
    title: 'Comparisons',
    about: '`vatl compare`: competing proposals side by side.',
  },
];

const EXIT_TEXT = { problems: '1 (problems found)', usage: '2 (could not run)' } as const;

/**
 * The documentation page of every diagnostic code, `docs/diagnostics.md`, generated from the
 * catalogue by the build (a test checks the committed page is current). Each code has its own
 * heading, so `#framework-unknown-cell` links straight to it.
 */
export function diagnosticsPage(): string {
  const codes = Object.keys(CATALOGUE).sort() as DiagnosticCode[];
  const lines = [
    '<!-- Generated from src/core/catalogue/ by `npm run build`. Do not edit by hand. -->',
    '',
    '# Diagnostic codes',
    '',
    'Every problem vatl reports is one line, `file:line:col  severity  code  message`. This page',
    'explains each code: when it is reported, why it matters, and how to fix it. Search it for',
    'the code you were given. The exit code is 1 when vatl ran and found problems, and 2 when it',
    'could not do what it was asked.',
    '',
  ];
  for (const ns of NAMESPACES) {
    const inNamespace = codes.filter((c) => c.startsWith(`${ns.prefix}/`));
    if (inNamespace.length === 0) continue;
    lines.push(`## ${ns.title}`, '', ns.about, '');
    for (const code of inNamespace) {
      const entry: CatalogueEntry = CATALOGUE[code];
      const { hint } = entry;
      lines.push(
        `<a id="${docsAnchor(code)}"></a>`,
        '',
        `### \`${code}\``,
        '',
        `**${entry.title}.** Severity: ${entry.severity === 'varies' ? 'error or warning' : entry.severity}. Exit code: ${EXIT_TEXT[entry.exit]}.`,
        '',
        entry.docs,
        '',
        ...(hint ? [`Fix: ${hint}`, ''] : []),
      );
    }
  }
  return lines.join('\n');
}
