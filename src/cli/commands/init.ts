import { join } from 'node:path';
import { CONFIG_FILE } from '../../io/config.js';
import { errorCode } from '../../io/file-system.js';
import { BUILT_IN_FRAMEWORKS } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { EXIT } from '../../errors.js';
import type { CommandContext } from '../deps.js';
import { createStyle } from '../style.js';

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
`,
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
      content: `# Checks frameworks, reviews and memos on every push and pull request.
name: vatl
on:
  push:
  pull_request:
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - run: npx --yes vatl@${ctx.version} validate --format github
`,
    },
    {
      path: '.github/workflows/vatl-due.yml',
      content: `# Every Monday: fails when a decision is past its review-by date or a condition past its due date.
name: vatl due
on:
  schedule:
    - cron: '0 7 * * 1'
  workflow_dispatch:
jobs:
  due:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - run: npx --yes vatl@${ctx.version} due --fail
`,
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
        '# vatl: drafts of reviews in progress, and the validate --cache file, stay on your machine.\n.vatl/drafts/\n.vatlcache\n',
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
      if (current?.split(/\r?\n/).includes('.vatl/drafts/')) {
        lines.push(`  ${style.dim('kept   ')} ${file.path} (already ignores drafts)`);
        continue;
      }
      const content = current ? `${current.replace(/\n*$/, '\n')}\n${file.content}` : file.content;
      await writeFileAtomic(ctx.fs, path, content, { overwrite: true });
      lines.push(`  ${style.green(current ? 'updated' : 'created')} ${file.path}`);
      continue;
    }
    const result = await writeFileAtomic(ctx.fs, path, file.content, {
      overwrite: options.force ?? false,
    });
    if (result === 'exists') {
      skipped++;
      lines.push(`  ${style.yellow('kept   ')} ${file.path} (exists; --force replaces it)`);
    } else {
      lines.push(`  ${style.green('created')} ${file.path}`);
    }
  }
  ctx.stdout.write(`Set up a vatl decisions repository here:\n${lines.join('\n')}\n\n`);
  ctx.stdout.write(`Next: vatl review   (then git add ${decisions} && git commit)\n`);
  if (skipped > 0)
    ctx.stdout.write(style.dim(`${skipped} existing file(s) were left as they were.\n`));
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
