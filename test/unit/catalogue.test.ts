import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  docsAnchor,
  exitCodeFor,
  isDiagnosticCode,
} from '../../src/core/catalogue/index.js';
import type { DiagnosticCode } from '../../src/core/catalogue/index.js';
import { diagnosticsPage } from '../../src/core/catalogue/docs-page.js';
import { REPO } from '../helpers/cli.js';

const SRC = join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const NAMESPACES = [
  'file',
  'yaml',
  'config',
  'framework',
  'review',
  'memo',
  'template',
  'compare',
  'merge',
  'io',
];
const CODE = new RegExp(`['\`]((?:${NAMESPACES.join('|')})/[a-z0-9-]+)['\`]`, 'g');
/** Codes spelled with a namespace from a variable: `${codePrefix}/schema` and the like. */
const PREFIXED = /`\$\{\w+\}\/([a-z0-9-]+)`/g;
const SCHEMA_NAMESPACES = ['framework', 'review', 'config'];

/** Every code the source can emit, with the file it is in. */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    if (file.includes(join('core', 'catalogue'))) continue;
    const text = readFileSync(file, 'utf8');
    const shown = relative(REPO, file);
    for (const m of text.matchAll(CODE)) found.set(m[1] as string, shown);
    for (const m of text.matchAll(PREFIXED))
      for (const ns of SCHEMA_NAMESPACES) found.set(`${ns}/${m[1] as string}`, shown);
  }
  return found;
}

describe('the diagnostics catalogue', () => {
  const emitted = emittedCodes();

  it('has an entry for every code the source emits', () => {
    const missing = [...emitted].filter(([code]) => !isDiagnosticCode(code));
    expect(missing).toEqual([]);
  });

  it('has no entry for a code nothing emits', () => {
    const unused = Object.keys(CATALOGUE).filter((code) => !emitted.has(code));
    expect(unused).toEqual([]);
  });

  it('gives every code a title, documentation and, where there is one, a hint written out', () => {
    for (const [code, entry] of Object.entries(CATALOGUE)) {
      const e: { title: string; docs: string; hint?: string } = entry;
      expect(e.title, code).toMatch(/^[A-Z`].{8,}[^.]$/);
      expect(e.docs, code).toMatch(/^.{40,}[.)]$/s);
      expect(e.docs, code).not.toMatch(/TODO/);
      if (e.hint !== undefined) expect(e.hint, code).toMatch(/^.{8,}\.$/);
    }
  });

  it('is documented in docs/diagnostics.md as the build writes it, one anchor per code', () => {
    const page = readFileSync(join(REPO, 'docs', 'diagnostics.md'), 'utf8');
    expect(page).toBe(diagnosticsPage());
    for (const code of Object.keys(CATALOGUE) as DiagnosticCode[])
      expect(page).toContain(`<a id="${docsAnchor(code)}"></a>\n\n### \`${code}\``);
  });
});

describe('exitCodeFor', () => {
  const at = (code: DiagnosticCode, severity: 'error' | 'warning' = 'error') => ({
    code,
    severity,
  });

  it('is 0 with nothing, or only warnings within --max-warnings', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([at('review/does-not-apply', 'warning')], { maxWarnings: 1 })).toBe(0);
  });

  it('is 1 for problems found, and for more warnings than --max-warnings allows', () => {
    expect(exitCodeFor([at('framework/unknown-cell')])).toBe(1);
    expect(exitCodeFor([at('review/does-not-apply', 'warning')], { maxWarnings: 0 })).toBe(1);
  });

  it('is 2 when any error is of the could-not-run class, or the run stopped', () => {
    expect(exitCodeFor([at('framework/unknown-cell'), at('file/not-found')])).toBe(2);
    expect(exitCodeFor([at('template/not-found')])).toBe(2);
    expect(exitCodeFor([at('yaml/syntax')], { stopped: true })).toBe(2);
  });
});
