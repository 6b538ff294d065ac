import { join } from 'node:path';
import { CONFIG_FILE } from '../../io/config.js';
import { errorCode } from '../../io/file-system.js';
import { BUILT_IN_FRAMEWORKS } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { visible } from '../../core/text/terminal-text.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { createStyle } from '../style.js';
import { resolveLanguage } from '../../core/i18n/language.js';
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
  const t = INIT_TEXT[resolveLanguage(ctx.lang, undefined)];
  const width = Math.max(t.created.length, t.updated.length, t.kept.length);
  const kept = t.kept.padEnd(width);
  const state = (s: 'created' | 'updated') => t[s].padEnd(width);
  const decisions = (options.decisions ?? 'decisions').replace(/\/+$/, '');
  const schemaDir = '.vatl/schema';
  const files: { path: string; content: string; merge?: boolean }[] = [
    {
      path: CONFIG_FILE,
      content: `# yaml-language-server: $schema=./${schemaDir}/config.schema.json
# vatl settings for this decisions repository. Folders are relative to this file.

# Review files (<n>-<slug>.review.yaml) and their memos (<n>-<slug>.md).
decisions: ${decisions}

# Your own framework files; one with the id of a built-in framework replaces it.
frameworks:
  - frameworks

# The framework \`vatl review\` uses unless --framework says otherwise.
defaultFramework: vatl

# A folder of memo templates overriding the built-in ones (memo.md.hbs, partials/*.md.hbs).
# templates: templates
${ctx.lang ? `\n# The language vatl writes in (en or es); --lang overrides it.\nlanguage: ${ctx.lang}\n` : ''}`,
    },
    {
      path: join(decisions, 'README.md'),
      content: `# Technology decisions

Each decision is a review file (\`<n>-<slug>.review.yaml\`, the source of truth) and the memo
rendered from it (\`<n>-<slug>.md\`). Start one with \`vatl review\`; check them all with
\`vatl validate\`. Change a decision in its review file, then run \`vatl render --force <review>\`.

Numbers are given in order. Two branches may each take the same number for different
decisions: the slug keeps their ids and file names apart, so the merge is clean.
`,
    },
    {
      path: join('frameworks', 'README.md'),
      content: `# District frameworks

Put your own framework files here (\`<id>.yaml\`). Copy one of vatl's built-in frameworks to
start (\`vatl frameworks show vatl --json\` shows what is installed), keep its schema line at the
top, and give it a new id or a new version. \`vatl validate\` checks them.
`,
    },
    {
      path: '.github/workflows/vatl.yml',
      content: workflow({
        about: 'Checks frameworks, reviews and memos on every push and pull request.',
        name: 'vatl',
        on: ['push:', 'pull_request:'],
        job: 'validate',
        run: 'validate --format github',
      }),
    },
    {
      path: '.github/workflows/vatl-due.yml',
      content: workflow({
        about:
          'Every Monday: fails when a decision is past its review-by date or a condition past its due date.',
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
      content:
        '# vatl: drafts of reviews in progress and the validate --cache file stay on your machine; npm install fills node_modules/.\n.vatl/drafts/\n.vatlcache\nnode_modules/\n',
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
function workflow(w: { about: string; name: string; on: string[]; job: string; run: string }) {
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
      # vatl is pinned in package.json and package-lock.json (npm ci fails without the lockfile):
      # CI runs the version the team reviewed, and never fetches a package name at run time.
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
