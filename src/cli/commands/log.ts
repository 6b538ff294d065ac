import { join } from 'node:path';
import { exitCodeFor } from '../../core/catalogue/index.js';
import {
  INDEX_FILE,
  renderIndexCsv,
  renderIndexJson,
  renderIndexMarkdown,
  rowCells,
  rowSeed,
  rowsFromSeeds,
} from '../../core/portfolio/index-page.js';
import { displayPath } from '../../io/paths.js';
import { readPortfolio } from '../../io/portfolio.js';
import { readTextFile } from '../../io/read-text-file.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT, ExitError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { jsonEscapes } from '../formats/json.js';
import { table } from '../table.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { LOG_TEXT, LOG_TEXT_EN } from './log-text.js';
import type { LogText } from './log-text.js';

export const LOG_FORMATS = ['table', 'json', 'csv'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  format: LogFormat;
}

/**
 * `vatl log`: the portfolio index. Writes `<decisions>/index.md` and prints the decisions as a
 * table; with `--format json|csv` it prints them and writes nothing, for scripts. A review
 * with problems is reported where it is and left out of the index; the run then exits 1.
 */
export async function logCommand(options: LogOptions, ctx: CommandContext): Promise<number> {
  const workspace = await openWorkspace(ctx);
  const t = LOG_TEXT[resolveLanguage(ctx.lang, workspace.config.language)];
  const folder = workspace.config.decisions;
  const { entries, diagnostics, missing } = await readPortfolio(
    ctx.fs,
    ctx.cwd,
    folder,
    workspace.frameworks,
    rowSeed,
  );
  requireFolder(ctx, folder, missing, t);
  printDiagnostics(ctx, diagnostics);
  const problems = exitCodeFor(diagnostics) === EXIT.ok ? EXIT.ok : EXIT.problems;
  const rows = rowsFromSeeds(entries);
  if (options.format === 'json') {
    // Exact JSON of the rows; DEL, C1 and bidi characters as `\u` escapes, never raw.
    ctx.stdout.write(jsonEscapes(renderIndexJson(rows)));
    return problems;
  }
  if (options.format === 'csv') {
    // CSV has no escapes: a control or bidi character in a field is shown as one (`\x1b`);
    // the CRLF record ends stay.
    const csv = renderIndexCsv(rows);
    ctx.stdout.write(
      csv
        .split('\r\n')
        .map((record) => visible(record, { lines: true }))
        .join('\r\n'),
    );
    return problems;
  }
  if (rows.length > 0)
    ctx.stdout.write(
      table([t.headings, ...rows.map((row) => rowCells(row).map((cell) => visible(cell)))]).join(
        '\n',
      ) + '\n',
    );
  const path = join(folder, INDEX_FILE);
  const shown = displayPath(ctx.cwd, path);
  const page = renderIndexMarkdown(rows);
  const current = await readTextFile(ctx.fs, path, shown);
  if (current.text === page) {
    ctx.stdout.write(`${t.upToDate(visible(shown), t.decisions(rows.length))}\n`);
  } else {
    await writeFileAtomic(ctx.fs, path, page, { overwrite: true });
    ctx.stdout.write(`${t.wrote(visible(shown), t.decisions(rows.length))}\n`);
  }
  return problems;
}

/** Stops a run with exit 2 when the decisions folder does not exist: there is nothing to read. */
export function requireFolder(
  ctx: CommandContext,
  folder: string,
  missing: true | undefined,
  t: LogText = LOG_TEXT_EN,
): void {
  if (!missing) return;
  printMessage(ctx.stderr, t.noFolder(displayPath(ctx.cwd, folder)), t.noFolderHint);
  throw new ExitError(EXIT.usage);
}
