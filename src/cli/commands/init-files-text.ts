import type { Language } from '../../core/i18n/language.js';
import { INIT_FILES_TEXT_ES } from './init-files-text.es.js';

/**
 * The words in the files `vatl init` writes: English here, Spanish beside it. Only words: the
 * YAML keys, workflow syntax and commands are put together in init.ts, the same in every
 * language, so a Spanish repository runs exactly as an English one does.
 */
export interface InitFilesText {
  /** vatl.config.yaml: one comment above each setting. */
  config: {
    about: string;
    decisions: string;
    frameworks: string;
    defaultFramework: string;
    templates: string;
    language: string;
  };
  /** decisions/README.md, whole. */
  decisionsReadme: string;
  /** frameworks/README.md, whole. */
  frameworksReadme: string;
  /** The workflows' comments: what each one does, and why vatl comes from the lockfile. */
  workflows: { validate: string; due: string; pinned: readonly [string, string] };
  /** The comment above vatl's lines in .gitignore. */
  gitignore: string;
}

export const INIT_FILES_TEXT_EN: InitFilesText = {
  config: {
    about: 'vatl settings for this decisions repository. Folders are relative to this file.',
    decisions: 'Review files (<n>-<slug>.review.yaml) and their memos (<n>-<slug>.md).',
    frameworks: 'Your own framework files; one with the id of a built-in framework replaces it.',
    defaultFramework: 'The framework `vatl review` uses unless --framework says otherwise.',
    templates:
      'A folder of memo templates overriding the built-in ones (memo.md.hbs, partials/*.md.hbs).',
    language: 'The language vatl writes in (en or es); --lang overrides it.',
  },
  decisionsReadme: `# Technology decisions

Each decision is a review file (\`<n>-<slug>.review.yaml\`, the source of truth) and the memo
rendered from it (\`<n>-<slug>.md\`). Start one with \`vatl review\`; check them all with
\`vatl validate\`. Change a decision in its review file, then run \`vatl render --force <review>\`.

Numbers are given in order. Two branches may each take the same number for different
decisions: the slug keeps their ids and file names apart, so the merge is clean.
`,
  frameworksReadme: `# District frameworks

Put your own framework files here (\`<id>.yaml\`). Copy one of vatl's built-in frameworks to
start (\`vatl frameworks show vatl --json\` shows what is installed), keep its schema line at the
top, and give it a new id or a new version. \`vatl validate\` checks them.
`,
  workflows: {
    validate: 'Checks frameworks, reviews and memos on every push and pull request.',
    due: 'Every Monday: fails when a decision is past its review-by date or a condition past its due date.',
    pinned: [
      'vatl is pinned in package.json and package-lock.json (npm ci fails without the lockfile):',
      'CI runs the version the team reviewed, and never fetches a package name at run time.',
    ],
  },
  gitignore:
    'vatl: drafts of reviews in progress and the validate --cache file stay on your machine; npm install fills node_modules/.',
};

export const INIT_FILES_TEXT: Readonly<Record<Language, InitFilesText>> = {
  en: INIT_FILES_TEXT_EN,
  es: INIT_FILES_TEXT_ES,
};
