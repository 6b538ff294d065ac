import { exitCodeFor } from '../../core/catalogue/index.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { localiseFramework } from '../../core/framework/localise.js';
import type { ParsedFramework } from '../../core/framework/parse-framework.js';
import { DEFAULT_LANGUAGE, LANGUAGES, pick, resolveLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { sayIn } from './commands-text.js';
import { loadConfig } from '../../io/config.js';
import { loadInstalledFrameworks, resolveFramework } from '../../io/framework-registry.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT, VatlError } from '../../errors.js';
import { jsonText } from '../formats/json.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { printDiagnostics } from '../report.js';
import { inLanguage } from '../speak.js';
import { createStyle } from '../style.js';
import { table } from '../table.js';
import { FRAMEWORKS_TEXT } from './frameworks-text.js';
import { byline, gridCounts, renderFramework } from './frameworks-view.js';

export { describeCondition, renderFramework } from './frameworks-view.js';

/** The languages a framework can be shown in: its own, then those of its strings files. */
function languagesOf(parsed: ParsedFramework): Language[] {
  const own = parsed.framework?.language ?? DEFAULT_LANGUAGE;
  return [own, ...LANGUAGES.filter((l) => l !== own && parsed.translations?.[l])];
}

/** `vatl frameworks list`: the installed frameworks, one a line, in the language asked for. */
export async function frameworksListCommand(
  options: { json: boolean },
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  if (diagnostics.length > 0) return printProblems(diagnostics, ctx, { stopped: true });
  const language = resolveLanguage(ctx.lang, config.language);
  const t = pick(FRAMEWORKS_TEXT, language);
  const installed = await loadInstalledFrameworks(ctx.fs, ctx.cwd, config);
  const usable = installed.flatMap((p) =>
    p.framework
      ? [
          {
            framework: localiseFramework(p.framework, p.translations, language),
            languages: languagesOf(p),
            file: p.file,
          },
        ]
      : [],
  );
  usable.sort((a, b) => (a.framework.id < b.framework.id ? -1 : 1));
  if (options.json) {
    const list = usable.map(({ framework: fw, languages, file }) => ({
      id: fw.id,
      version: fw.version,
      title: fw.title,
      source: fw.source,
      questions: fw.questions.length,
      languages,
      default: fw.id === config.defaultFramework,
      file,
    }));
    ctx.stdout.write(jsonText(list));
  } else {
    const style = createStyle(ctx.color);
    const h = t.listHeadings;
    const rows = [
      [h.id, h.version, h.questions, h.languages, h.title].map((x) => style.bold(x)),
      ...usable.map(({ framework: fw, languages }) => [
        fw.id === config.defaultFramework
          ? `${visible(fw.id)} ${style.dim(t.isDefault)}`
          : visible(fw.id),
        visible(fw.version),
        String(fw.questions.length),
        languages.join(', '),
        `${visible(fw.title)}${byline(fw) ? ` ${style.dim(`— ${visible(byline(fw))}`)}` : ''}`,
      ]),
    ];
    ctx.stdout.write(table(rows, ['l', 'l', 'r', 'l', 'l']).join('\n') + '\n');
  }
  const broken = installed.filter((p) => !p.framework);
  if (broken.length > 0) {
    printMessage(
      ctx.stderr,
      sayIn(language, 'commands.broken-frameworks', { count: broken.length }).message,
    );
    for (const p of broken) ctx.stderr.write(`  ${visible(p.file)}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * `vatl frameworks show ID|PATH`: the grid, questions, gates, warnings and thresholds, in the
 * language asked for (the framework's strings file for it; any string it lacks in the base
 * language).
 */
export async function frameworksShowCommand(
  idOrPath: string,
  options: { json: boolean },
  ctx: CommandContext,
): Promise<number> {
  const { config, diagnostics: configDiagnostics } = await loadConfig(ctx.fs, ctx.cwd);
  if (configDiagnostics.length > 0) return printProblems(configDiagnostics, ctx, { stopped: true });
  const language = resolveLanguage(ctx.lang, config.language);
  const { framework, parsed, diagnostics } = await resolveFramework(
    ctx.fs,
    ctx.cwd,
    config,
    idOrPath,
  );
  // An id that names no framework is not a file with a problem: say so in one line.
  const missing = diagnostics.find((d) => d.code === 'framework/not-installed');
  if (missing) {
    const { hint } = inLanguage(missing, language);
    throw new VatlError(
      'framework/not-installed',
      pick(FRAMEWORKS_TEXT, language).noFramework(idOrPath),
      hint ? { hint } : {},
    );
  }
  if (!framework || exitCodeFor(diagnostics) !== EXIT.ok)
    return printProblems(diagnostics, ctx, { stopped: false });
  const shown = localiseFramework(framework, parsed?.translations, language);
  if (options.json) {
    ctx.stdout.write(
      jsonText({
        ...shown,
        ...(parsed ? { languages: languagesOf(parsed) } : {}),
        grid: gridCounts(shown),
      }),
    );
  } else {
    const t = pick(FRAMEWORKS_TEXT, language);
    ctx.stdout.write(renderFramework(shown, createStyle(ctx.color), t).join('\n') + '\n');
  }
  return EXIT.ok;
}

/** Prints the problems that stop a command, and gives its exit code. */
function printProblems(
  diagnostics: readonly Diagnostic[],
  ctx: CommandContext,
  options: { stopped: boolean },
): number {
  printDiagnostics(ctx, diagnostics);
  return exitCodeFor(diagnostics, options);
}
