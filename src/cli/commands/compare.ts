import { resolve } from 'node:path';
import { exitCodeFor } from '../../core/catalogue/index.js';
import { buildCompareView } from '../../core/compare/compare-view.js';
import type { ComparedReview } from '../../core/compare/compare-view.js';
import { renderCompare } from '../../core/compare/render-compare.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { evaluateReview } from '../../core/review/evaluate-review.js';
import type { ParsedReview } from '../../core/review/parse-review.js';
import { parseFrameworkRef } from '../../core/review/types.js';
import { findReviewFile, readReview } from '../../io/decision-files.js';
import { displayPath } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT, VatlError } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { openWorkspace, printDiagnostics } from '../report.js';
import { resolveLanguage } from '../../core/i18n/language.js';
import { COMPARE_TEXT } from './compare-text.js';
import type { CompareText } from './compare-text.js';

export interface CompareOptions {
  out?: string;
  force?: boolean;
  template?: string;
}

/**
 * `vatl compare A B [C...]`: competing proposals on one Markdown page. Every review is
 * checked first; one with errors, or reviews of different frameworks, stop the run before
 * anything is printed or written.
 */
export async function compareCommand(
  refs: readonly string[],
  options: CompareOptions,
  ctx: CommandContext,
): Promise<number> {
  const workspace = await openWorkspace(ctx, options);
  const t = COMPARE_TEXT[resolveLanguage(ctx.lang, workspace.config.language)];
  const folder = workspace.config.decisions;
  const parsed: ParsedReview[] = [];
  for (const ref of refs) {
    const path = await findReviewFile(ctx.fs, ctx.cwd, folder, ref);
    if (!path)
      throw new VatlError(
        'compare/not-found',
        t.notFound(ref, displayPath(ctx.cwd, folder) || '.'),
        { hint: t.notFoundHint },
      );
    parsed.push(await readReview(ctx.fs, ctx.cwd, path));
  }

  const diagnostics: Diagnostic[] = [];
  const compared: ComparedReview[] = [];
  for (const p of parsed) {
    const { evaluated, diagnostics: found } = evaluateReview(p, workspace.frameworks);
    diagnostics.push(...found);
    if (evaluated) compared.push({ file: p.file, ...evaluated });
  }
  diagnostics.push(...frameworkMismatches(parsed, t));
  printDiagnostics(
    ctx,
    diagnostics,
    parsed.map((p) => p.file),
  );
  const code = exitCodeFor(diagnostics);
  if (code !== EXIT.ok || compared.length !== parsed.length)
    return code === EXIT.ok ? EXIT.problems : code;

  // In the language `--lang` or the config says (memo-es): the frameworks' strings too.
  const language = resolveLanguage(ctx.lang, workspace.config.language);
  const localised = compared.map((r) => ({
    ...r,
    framework: workspace.inLanguage(r.framework, language),
  }));
  const references =
    workspace.setting.localise?.references(language) ?? workspace.setting.references;
  const page = renderCompare(
    buildCompareView(
      localised,
      language === 'en' ? workspace.setting.references : references,
      language,
    ),
    workspace.setting.templates,
    language,
  );
  if (!options.out) {
    ctx.stdout.write(page);
    return EXIT.ok;
  }
  const out = resolve(ctx.cwd, options.out);
  const shown = displayPath(ctx.cwd, out);
  const written = await writeFileAtomic(ctx.fs, out, page, { overwrite: options.force ?? false });
  if (written === 'exists')
    throw new VatlError('compare/exists', t.exists(shown), { hint: t.existsHint });
  ctx.stdout.write(`${t.wrote(visible(shown))}\n`);
  return EXIT.ok;
}

/** A located error at each review whose framework id differs from the first review's. */
function frameworkMismatches(parsed: readonly ParsedReview[], t: CompareText): Diagnostic[] {
  const withReview = parsed.flatMap((p) => (p.review ? [{ ...p, review: p.review }] : []));
  const first = withReview[0];
  if (!first) return [];
  const firstId = parseFrameworkRef(first.review.framework).id;
  return withReview.slice(1).flatMap((p) => {
    const { id } = parseFrameworkRef(p.review.framework);
    if (id === firstId) return [];
    const at = p.yaml?.locate(['framework']) ?? { line: 1, column: 1 };
    return [
      {
        file: p.file,
        ...at,
        severity: 'error' as const,
        code: 'compare/framework-mismatch' as const,
        message: t.mismatch(id, first.file, firstId),
        hint: t.mismatchHint,
      },
    ];
  });
}
