import { join } from 'node:path';
import { CONFIG_FILE } from '../../io/config.js';
import { errorCode } from '../../io/file-system.js';
import { BUILT_IN_FRAMEWORKS } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { createStyle } from '../style.js';
import { pick, resolveLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { INIT_FILES_TEXT } from './init-files-text.js';
import type { InitFilesText } from './init-files-text.js';
import { INIT_TEXT } from './init-text.js';
import type { InitText } from './init-text.js';

export interface InitOptions {
  force?: boolean;
  decisions?: string;
}

const SCHEMAS = ['config', 'framework', 'review'] as const;

/**
 * `vatl init`: sets up a decisions repository in the working folder — the config, the
 * decisions and frameworks folders, a CI workflow that runs `vatl validate`, a weekly one that
 * runs `vatl due --fail`, editor schema settings, and a .gitignore entry for drafts. Existing
 * files are kept unless --force.
 */
export async function initCommand(options: InitOptions, ctx: CommandContext): Promise<number> {
  const style = createStyle(ctx.color);
  // init writes the config, so only --lang can say the language: the files are written in it.
  const language = resolveLanguage(ctx.lang, undefined);
  const t = pick(INIT_TEXT, language);
  const words = pick(INIT_FILES_TEXT, language);
  const width = Math.max(t.created.length, t.updated.length, t.kept.length);
  const kept = t.kept.padEnd(width);
  const state = (s: 'created' | 'updated') => t[s].padEnd(width);
  const decisions = (options.decisions ?? 'decisions').replace(/\/+$/, '');
  const schemaDir = '.vatl/schema';
  const files: { path: string; content: string; merge?: boolean }[] = [
    { path: CONFIG_FILE, content: configFile(words.config, schemaDir, decisions, ctx.lang) },
    { path: join(decisions, 'README.md'), content: words.decisionsReadme },
    { path: join('frameworks', 'README.md'), content: words.frameworksReadme },
    {
      path: '.github/workflows/vatl.yml',
      content: workflow({
        about: words.workflows.validate,
        pinned: words.workflows.pinned,
        name: 'vatl',
        on: ['push:', 'pull_request:'],
        job: 'validate',
        run: 'validate --format github',
      }),
    },
    {
      path: '.github/workflows/vatl-due.yml',
      content: workflow({
        about: words.workflows.due,
        pinned: words.workflows.pinned,
        name: 'vatl due',
        on: ['schedule:', "  - cron: '0 7 * * 1'", 'workflow_dispatch:'],
        job: 'due',
        run: 'due --fail',
      }),
    },
    {
      path: '.vscode/settings.json',
      content:
        JSON.stringify(
          {
            'yaml.schemas': {
              [`./${schemaDir}/config.schema.json`]: [CONFIG_FILE],
              [`./${schemaDir}/review.schema.json`]: [`${decisions}/*.review.yaml`],
              [`./${schemaDir}/framework.schema.json`]: ['frameworks/*.yaml'],
            },
          },
          null,
          2,
        ) + '\n',
    },
    {
      path: '.gitignore',
      content: `# ${words.gitignore}\n.vatl/drafts/\n.vatlcache\nnode_modules/\n`,
      merge: true,
    },
  ];
  for (const name of SCHEMAS) {
    const source = (
      await ctx.fs.readFile(join(BUILT_IN_FRAMEWORKS, 'schema', `${name}.schema.json`))
    ).toString('utf8');
    files.push({ path: `${schemaDir}/${name}.schema.json`, content: source });
  }

  const lines: string[] = [];
  let skipped = 0;
  for (const file of files) {
    const path = join(ctx.cwd, file.path);
    if (file.merge) {
      const current = await readOptional(ctx, path);
      const have = new Set(current?.split(/\r?\n/) ?? []);
      const missing = file.content
        .split('\n')
        .filter((l) => l && !l.startsWith('#') && !have.has(l));
      if (current !== undefined && missing.length === 0) {
        lines.push(`  ${style.dim(kept)} ${visible(file.path)} (${t.alreadyIgnores})`);
        continue;
      }
      const added = file.content
        .split('\n')
        .filter((l) => l.startsWith('#') || missing.includes(l))
        .join('\n');
      const content = current ? `${current.replace(/\n*$/, '\n')}\n${added}\n` : file.content;
      await writeFileAtomic(ctx.fs, path, content, { overwrite: true });
      lines.push(`  ${style.green(state(current ? 'updated' : 'created'))} ${visible(file.path)}`);
      continue;
    }
    const result = await writeFileAtomic(ctx.fs, path, file.content, {
      overwrite: options.force ?? false,
    });
    if (result === 'exists') {
      skipped++;
      lines.push(`  ${style.yellow(kept)} ${visible(file.path)} (${t.existsForceReplaces})`);
    } else {
      lines.push(`  ${style.green(state('created'))} ${visible(file.path)}`);
    }
  }
  const manifest = await pinVatl(ctx, options.force ?? false, t);
  lines.push(
    `  ${manifest.state === 'kept' ? style.yellow(kept) : style.green(state(manifest.state))} package.json${manifest.note ? ` (${visible(manifest.note)})` : ''}`,
  );
  if (manifest.state === 'kept' && manifest.version !== ctx.version) skipped++;

  ctx.stdout.write(`${t.setUp}\n${lines.join('\n')}\n\n`);
  ctx.stdout.write(t.next(visible(manifest.version), visible(decisions)).join('\n'));
  if (skipped > 0) ctx.stdout.write(style.dim(t.leftAsItWas(skipped)));
  return EXIT.ok;
}

/**
 * vatl.config.yaml: the settings, each under a comment in the language init runs in. The
 * `language:` line is written only when --lang was given, and says that language.
 */
function configFile(
  words: InitFilesText['config'],
  schemaDir: string,
  decisions: string,
  lang: Language | undefined,
): string {
  return `# yaml-language-server: $schema=./${schemaDir}/config.schema.json
# ${words.about}

# ${words.decisions}
decisions: ${decisions}

# ${words.frameworks}
frameworks:
  - frameworks

# ${words.defaultFramework}
defaultFramework: vatl

# ${words.templates}
# templates: templates
${lang ? `\n# ${words.language}\nlanguage: ${lang}\n` : ''}`;
}

async function readOptional(ctx: CommandContext, path: string): Promise<string | undefined> {
  try {
    return (await ctx.fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A GitHub Actions workflow that runs vatl as the repository's own pinned dev dependency:
 * `npm ci` installs exactly the version in package-lock.json, and `npx --no` runs it from
 * node_modules, refusing to fetch anything at run time. Both workflows share these steps.
 */
function workflow(w: {
  about: string;
  pinned: readonly [string, string];
  name: string;
  on: string[];
  job: string;
  run: string;
}) {
  return `# ${w.about}
name: ${w.name}
on:
${w.on.map((line) => `  ${line}`).join('\n')}
jobs:
  ${w.job}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      # ${w.pinned[0]}
      # ${w.pinned[1]}
      - run: npm ci
      - run: npx --no vatl ${w.run}
`;
}

/**
 * Adds vatl, at the version running, to package.json's devDependencies (creating a private
 * package.json when there is none). A package.json that names vatl already is kept unless
 * --force, so a team's pin is never moved by whichever vatl ran init; one that is not JSON is
 * left alone.
 */
async function pinVatl(
  ctx: CommandContext,
  force: boolean,
  t: InitText,
): Promise<{ state: 'created' | 'updated' | 'kept'; version: string; note?: string }> {
  const path = join(ctx.cwd, 'package.json');
  const current = await readOptional(ctx, path);
  const version = ctx.version;
  if (current === undefined) {
    const content = JSON.stringify({ private: true, devDependencies: { vatl: version } }, null, 2);
    await writeFileAtomic(ctx.fs, path, `${content}\n`, { overwrite: false });
    return { state: 'created', version };
  }
  let manifest: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(current);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    manifest = parsed as Record<string, unknown>;
  } catch {
    return { state: 'kept', version, note: t.notJson };
  }
  const deps = (key: string) => (manifest[key] ?? {}) as Record<string, string>;
  // Where vatl is listed already (a team may have it under dependencies), else devDependencies.
  const key =
    deps('devDependencies').vatl === undefined && deps('dependencies').vatl !== undefined
      ? 'dependencies'
      : 'devDependencies';
  const pinned = deps(key).vatl;
  if (pinned === version) return { state: 'kept', version, note: t.pinsAlready(version) };
  if (pinned !== undefined && !force)
    return { state: 'kept', version: pinned, note: t.pinsOther(pinned, version) };
  const indent = /^[ \t]+/m.exec(current)?.[0] ?? '  ';
  const next = {
    ...manifest,
    ...(manifest.private === undefined ? { private: true } : {}),
    [key]: { ...deps(key), vatl: version },
  };
  await writeFileAtomic(ctx.fs, path, `${JSON.stringify(next, null, indent)}\n`, {
    overwrite: true,
  });
  return { state: 'updated', version };
}
