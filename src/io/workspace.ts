import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedFramework } from '../core/framework/parse-framework.js';
import type { Framework } from '../core/framework/types.js';
import type { MemoSetting } from '../core/memo/decision-memo.js';
import { LANGUAGES } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import { memoLocaliser } from '../core/memo/localiser.js';
import { referenceLabels } from '../core/memo/reference-labels.js';
import { loadConfig } from './config.js';
import type { Config } from './config.js';
import type { FileSystem } from './file-system.js';
import { loadInstalledFrameworks, readTranslations } from './framework-registry.js';
import { loadTemplates } from './templates.js';
import { readDecisionReviews } from './decision-files.js';

/** What checking and rendering reviews needs, loaded once per command. */
export interface Workspace {
  config: Config;
  /** Every installed framework file, loaded or not. */
  installed: ParsedFramework[];
  /** The installed frameworks that loaded. */
  frameworks: Framework[];
  /** References, templates and today's date, for rendering memos. */
  setting: MemoSetting;
  /** An installed framework in the language (its strings file laid over it), else itself. */
  inLanguage(framework: Framework, language: Language): Framework;
}

/**
 * Loads the config, the installed frameworks and the memo templates. A broken config or a
 * missing template comes back as located diagnostics and no workspace: the caller reports
 * them once and stops.
 */
export async function loadWorkspace(
  fs: FileSystem,
  cwd: string,
  options: {
    today: string;
    /** `--template DIR`, over the config's templates. */
    template?: string;
    /** The config and installed frameworks, when the caller has loaded them already. */
    config?: Config;
    installed?: ParsedFramework[];
    /** `false`: leave out the decisions in force (read only to render a memo's overlap note). */
    decisions?: boolean;
    /** The languages whose templates to load (English always is); every language when not given. */
    languages?: readonly Language[];
  },
): Promise<{ workspace?: Workspace; diagnostics: Diagnostic[] }> {
  const { config, diagnostics } = options.config
    ? { config: options.config, diagnostics: [] }
    : await loadConfig(fs, cwd);
  if (diagnostics.length > 0) return { diagnostics };
  const installed = options.installed ?? (await loadInstalledFrameworks(fs, cwd, config));
  // Frameworks a caller read without their strings files get them for the languages written in.
  await readTranslations(fs, cwd, installed, options.languages ?? LANGUAGES);
  const overrides = [
    ...(config.templates ? [config.templates] : []),
    ...(options.template ? [resolve(cwd, options.template)] : []),
  ];
  const { templates, diagnostics: templateDiagnostics } = await loadTemplates(
    fs,
    cwd,
    overrides,
    options.languages,
  );
  if (!templates) return { diagnostics: templateDiagnostics };
  const frameworks = installed.flatMap((p) => (p.framework ? [p.framework] : []));
  const localise = memoLocaliser(installed);
  return {
    workspace: {
      config,
      installed,
      frameworks,
      inLanguage: localise.framework,
      setting: {
        references: referenceLabels(frameworks),
        // A memo in another language names the frameworks' items in it too.
        localise,
        templates,
        today: options.today,
        // Every memo names the decisions in force it overlaps with, whichever command renders it.
        ...(options.decisions === false
          ? {}
          : { decisions: await readDecisionReviews(fs, cwd, config.decisions) }),
        ...(config.contact ? { contact: config.contact } : {}),
      },
    },
    diagnostics: [],
  };
}
