import { resolve } from 'node:path';
import { entryFor, exitCodeFor } from '../../core/catalogue/index.js';
import { isoDate } from '../../core/dates.js';
import { renderFamilySummary } from '../../core/memo/family-view.js';
import { renderDecisionMemo } from '../../core/memo/decision-memo.js';
import { fmt } from '../../core/scoring/score-review.js';
import { outcomeLabel } from '../../core/review/decision.js';
import { gateTitle, warningTitle } from '../../core/review/summary.js';
import { visible } from '../../core/text/terminal-text.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import type { EvaluatedReview } from '../../core/review/evaluate-review.js';
import { stampFingerprints } from '../../core/review/fingerprint.js';
import { reviewTextFrom } from '../../core/review/review-text.js';
import { currentStatus } from '../../core/review/status.js';
import { shellQuote } from '../../core/text/terminal-text.js';
import { serializeReview, slugify } from '../../core/review/serialize-review.js';
import { parseReview } from '../../core/review/parse-review.js';
import type { ParsedReview } from '../../core/review/parse-review.js';
import { parseFrameworkRef } from '../../core/review/types.js';
import type { Review } from '../../core/review/types.js';
import type { Framework } from '../../core/framework/types.js';
import { YamlTextEditor } from '../../core/yaml/edit-yaml.js';
import { familyPathFor, memoPathFor, readReview, writeDecision } from '../../io/decision-files.js';
import { resolveFramework } from '../../io/framework-registry.js';
import { localiseFramework } from '../../core/framework/localise.js';
import type { FrameworkTranslations } from '../../core/framework/localise.js';
import { displayPath } from '../../io/paths.js';
import type { Workspace } from '../../io/workspace.js';
import { EXIT, VatlError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { printMessage } from '../message.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { inLanguage } from '../speak.js';
import { createStyle } from '../style.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { loadConfig } from '../../io/config.js';
import { REVIEW_OUTPUT } from './review-text.js';
import type { ReviewOutputText } from './review-text.js';

export interface ReviewOptions {
  answers?: string;
  framework?: string;
  resume?: boolean;
  /** Whose answers these are (team reviews); overrides the file's `reviewer:`. */
  reviewer?: string;
  out?: string;
  stdout?: boolean;
  dryRun?: boolean;
  force?: boolean;
  template?: string;
}

/**
 * `vatl review`: with `--answers FILE`, a whole review with no prompts; otherwise the
 * interactive walk-through, which needs a terminal.
 */
export async function reviewCommand(options: ReviewOptions, ctx: CommandContext): Promise<number> {
  if (options.answers) return reviewFromAnswers(options.answers, options, ctx);
  if (!ctx.interactive) {
    const words = REVIEW_OUTPUT[await configuredLanguage(ctx)];
    throw new VatlError('review/no-tty', words.noTty, { hint: words.noTtyHint });
  }
  const { interactiveReview } = await import('./review-interactive.js');
  return interactiveReview(options, ctx);
}

async function reviewFromAnswers(
  file: string,
  options: ReviewOptions,
  ctx: CommandContext,
): Promise<number> {
  const workspace = await openWorkspace(ctx, options);
  const words = REVIEW_OUTPUT[resolveLanguage(ctx.lang, workspace.config.language)];
  const option = options.framework
    ? await frameworkOption(options.framework, workspace, ctx)
    : undefined;
  const chosen = option?.framework;
  const read = await readReview(ctx.fs, ctx.cwd, resolve(ctx.cwd, file));
  const { parsed, text } = chosen
    ? withFramework(read, chosen, words)
    : { parsed: read, text: undefined };
  const frameworks = chosen
    ? [chosen, ...workspace.frameworks.filter((f) => f.id !== chosen.id)]
    : workspace.frameworks;
  const { evaluated, diagnostics } = evaluateReview(parsed, frameworks, isoDate(ctx.now()));
  printDiagnostics(ctx, diagnostics, [parsed.file]);
  const code = exitCodeFor(diagnostics);
  if (!evaluated || code !== EXIT.ok) {
    if (code === EXIT.problems) printMessage(ctx.stderr, words.nothingWritten);
    return code === EXIT.ok ? EXIT.problems : code;
  }
  const source =
    parsed.yaml && parsed.review
      ? { text: text ?? parsed.yaml.text, review: parsed.review }
      : undefined;
  // A framework given by path brings the strings files beside it: the memo is in its language too.
  const inLanguage = (f: Framework, language: Language) =>
    f === chosen
      ? localiseFramework(f, option?.translations, language)
      : workspace.inLanguage(f, language);
  return finishReview(evaluated, { ...workspace, inLanguage }, options, ctx, source);
}

/**
 * `--framework ID|PATH` with `--answers`: the framework to check the answers against. One that
 * is not installed, or cannot be used, stops the run with exit 2 before the file is read.
 */
async function frameworkOption(
  idOrPath: string,
  workspace: Workspace,
  ctx: CommandContext,
): Promise<{ framework: Framework; translations?: FrameworkTranslations }> {
  const { framework, parsed, diagnostics } = await resolveFramework(
    ctx.fs,
    ctx.cwd,
    workspace.config,
    idOrPath,
  );
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const words = REVIEW_OUTPUT[language];
  const missing = diagnostics.find((d) => d.code === 'framework/not-installed');
  if (missing) {
    const { hint } = inLanguage(missing, language);
    throw new VatlError(
      'framework/not-installed',
      words.noFramework(idOrPath),
      hint ? { hint } : {},
    );
  }
  if (!framework || exitCodeFor(diagnostics) !== EXIT.ok) {
    printDiagnostics(ctx, diagnostics);
    throw new VatlError('review/framework', words.cannotUse(idOrPath), {
      hint: words.cannotUseHint,
    });
  }
  return { framework, ...(parsed?.translations ? { translations: parsed.translations } : {}) };
}

/**
 * The answers file checked against `--framework`: a file that names no framework takes it
 * (recorded as id@version, after `title:`, in the review written); one that names another is
 * refused, naming both. For checking, the line is added at the end of the file, so every
 * problem is reported at the line it has in the user's file.
 */
function withFramework(
  read: ParsedReview,
  framework: Framework,
  words: ReviewOutputText,
): { parsed: ParsedReview; text?: string } {
  const yaml = read.yaml;
  const data = yaml?.data;
  if (!yaml || !data || typeof data !== 'object' || Array.isArray(data)) return { parsed: read };
  const named = (data as { framework?: unknown }).framework;
  const ref = `${framework.id}@${framework.version}`;
  if (named === undefined) {
    const keys = Object.keys(data);
    const atEnd = new YamlTextEditor(yaml.text);
    atEnd.setTopLevel([['framework', ref]], keys[keys.length - 1]);
    const written = new YamlTextEditor(yaml.text);
    written.setTopLevel([['framework', ref]], keys.includes('title') ? 'title' : undefined);
    return { parsed: parseReview(atEnd.toString(), read.file), text: written.toString() };
  }
  if (typeof named === 'string' && parseFrameworkRef(named).id !== framework.id) {
    const at = yaml.locate(['framework']);
    throw new VatlError(
      'review/framework-mismatch',
      words.mismatch(framework.id, read.file, named, `${read.file}:${at.line}:${at.column}`),
      { hint: entryFor('review/framework-mismatch').hint ?? '' },
    );
  }
  return { parsed: read };
}

/**
 * Writes (or prints) a checked review and its memo. Shared by `--answers` and the
 * interactive walk-through, so both give byte-identical memos for the same answers.
 */
export async function finishReview(
  evaluated: Pick<EvaluatedReview, 'review' | 'framework' | 'report'>,
  workspace: Workspace,
  options: ReviewOptions,
  ctx: CommandContext,
  /** The file the answers came from: the review is written over its text, comments kept. */
  source?: { text: string; review: Review },
): Promise<number> {
  const today = isoDate(ctx.now());
  // A review vatl writes records what each question asked, so a later rewording is found.
  const review: Review = {
    ...stampFingerprints(evaluated.review, evaluated.framework),
    ...(options.reviewer ? { reviewer: options.reviewer } : {}),
    date: evaluated.review.date ?? today,
    // Recording a decision is deciding: without `status:`, a review with a decision is decided.
    status: currentStatus(evaluated.review),
  };
  // The overlap note names decisions in force in the decisions folder, as render and validate do.
  // The memo and these lines in the language; the review itself stays language-neutral.
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const words = REVIEW_OUTPUT[language];
  const fw = workspace.inLanguage(evaluated.framework, language);
  const setting = { ...workspace.setting, language };
  const memoFor = (id: string) =>
    renderDecisionMemo({ ...evaluated, framework: fw, review: { ...review, id } }, setting);

  if (options.stdout) {
    ctx.stdout.write(
      review.id
        ? memoFor(review.id)
        : renderDecisionMemo({ ...evaluated, framework: fw, review }, setting),
    );
    return EXIT.ok;
  }

  const style = createStyle(ctx.color);
  const label = (id: string) => visible(outcomeLabel(fw, id));
  const { report } = evaluated;
  const summary = [
    words.suggested(
      style.bold(label(report.suggested)),
      report.overall !== undefined ? fmt(report.overall) : undefined,
    ),
    review.decision ? words.decision(style.bold(label(review.decision.outcome))) : words.noDecision,
  ];
  // In words, as the summary names them: ids are for machine output.
  const failed = report.gates
    .filter((g) => g.state !== 'passed')
    .map((g) => visible(gateTitle(fw, g.id)));
  if (failed.length > 0) summary.push(style.red(words.gatesNotPassed(failed.join('; '))));
  if (report.warnings.length > 0)
    summary.push(
      style.yellow(
        words.warnings(report.warnings.map((w) => visible(warningTitle(fw, w.id))).join('; ')),
      ),
    );

  const folder = options.out ? resolve(ctx.cwd, options.out) : workspace.config.decisions;
  // A decision taken is told to families too, in the same language.
  const tellsFamilies = review.decision !== undefined && review.status !== 'proposed';
  if (options.dryRun) {
    const name = review.id ?? '<next number>-' + slugify(review.title);
    const reviewName = `${name}.review.yaml`;
    const beside = [memoPathFor(reviewName, language), familyPathFor(reviewName, language)].map(
      (p) => p.slice(name.length),
    );
    ctx.stdout.write(summary.join('\n') + '\n');
    ctx.stdout.write(
      words.dryRun(
        [reviewName, ...beside.slice(0, tellsFamilies ? 2 : 1)],
        displayPath(ctx.cwd, folder) || '.',
      ),
    );
    return EXIT.ok;
  }
  const paths = await writeDecision(
    ctx.fs,
    ctx.cwd,
    folder,
    {
      ...(review.id ? { id: review.id } : {}),
      slug: slugify(review.title),
      review: (id) =>
        source
          ? reviewTextFrom(source.text, source.review, { ...review, id })
          : serializeReview({ ...review, id }),
      memo: memoFor,
      ...(tellsFamilies
        ? {
            family: (id: string) =>
              renderFamilySummary(
                { ...evaluated, framework: fw, review: { ...review, id } },
                setting,
              ),
          }
        : {}),
      language,
    },
    options.force ?? false,
  );
  const written = [paths.review, paths.memo, ...(paths.family ? [paths.family] : [])].map((p) =>
    displayPath(ctx.cwd, p),
  );
  ctx.stdout.write(
    [
      ...summary,
      '',
      ...written.map((path) => words.wrote(path)),
      '',
      // Quoted for the shell, so a title with `"`, `$(` or a control character is one argument.
      words.next(
        written.map((path) => shellQuote(path)).join(' '),
        shellQuote(words.commitMessage(paths.id.split('-')[0] ?? '', review.title)),
      ),
    ].join('\n') + '\n',
  );
  return EXIT.ok;
}

/** The language before the workspace is loaded: `--lang`, else the config's (English if it will not load). */
async function configuredLanguage(ctx: CommandContext): Promise<Language> {
  if (ctx.lang) return ctx.lang;
  try {
    return resolveLanguage(undefined, (await loadConfig(ctx.fs, ctx.cwd)).config.language);
  } catch {
    return resolveLanguage(undefined, undefined);
  }
}
