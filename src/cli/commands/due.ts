import { isCalendarDate, isoDate } from '../../core/dates.js';
import { exitCodeFor } from '../../core/catalogue/index.js';
import { dueItemsOf, sortDue } from '../../core/portfolio/due.js';
import { readPortfolio } from '../../io/portfolio.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT, ExitError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { jsonText } from '../formats/json.js';
import { table } from '../table.js';
import { requireFolder } from './log.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { LOG_TEXT } from './log-text.js';

export interface DueOptions {
  asOf?: string;
  fail?: boolean;
  format: 'table' | 'json';
}

/**
 * `vatl due`: decisions past their review-by date and conditions past their due date, with
 * owners. Exit 0, or 1 with `--fail` when anything is due (for a scheduled CI job) or when a
 * review has problems.
 */
export async function dueCommand(options: DueOptions, ctx: CommandContext): Promise<number> {
  const asOf = options.asOf ?? isoDate(ctx.now());
  if (!isCalendarDate(asOf)) {
    const early = LOG_TEXT[ctx.lang ?? 'en'];
    printMessage(ctx.stderr, early.badAsOf(asOf), early.badAsOfHint);
    throw new ExitError(EXIT.usage);
  }
  const workspace = await openWorkspace(ctx);
  const t = LOG_TEXT[resolveLanguage(ctx.lang, workspace.config.language)];
  const { entries, diagnostics, missing } = await readPortfolio(
    ctx.fs,
    ctx.cwd,
    workspace.config.decisions,
    workspace.frameworks,
    (entry) => dueItemsOf(entry, asOf),
  );
  requireFolder(ctx, workspace.config.decisions, missing, t);
  printDiagnostics(ctx, diagnostics);
  const problems = exitCodeFor(diagnostics) === EXIT.ok ? EXIT.ok : EXIT.problems;
  const items = sortDue(entries.flat());
  if (options.format === 'json') {
    ctx.stdout.write(jsonText({ asOf, due: items }));
  } else if (items.length === 0) {
    ctx.stdout.write(`${t.nothingDue(asOf, t.decisions(entries.length))}\n`);
  } else {
    // Owners and conditions are review text: shown with their control characters as escapes.
    const rows = items.map((item) =>
      [
        item.due,
        t.late(item.daysOverdue),
        item.id,
        t.kind(item.kind),
        item.owner,
        item.kind === 'review' ? item.text : truncate(visible(item.text), 60),
      ].map((cell) => visible(cell)),
    );
    ctx.stdout.write(
      [t.pastDue(items.length, asOf), '', ...table([[...t.dueHeadings], ...rows], ['l', 'r'])].join(
        '\n',
      ) + '\n',
    );
  }
  return Math.max(problems, options.fail && items.length > 0 ? EXIT.problems : EXIT.ok);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
