/**
 * The built-in templates, precompiled at build time: `scripts/build.js` writes each one's
 * source and compiled form to dist/snapshot/templates.js. A template whose source is exactly a
 * built-in one renders from its compiled form; a template of the user's own (`--template`,
 * the config's `templates:`), or any when the snapshot is missing, is compiled as before.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { MemoTemplate, MemoTemplateSet, MemoTemplates } from '../core/memo/render-memo.js';
import { PACKAGE_ROOT } from './paths.js';

export const TEMPLATE_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'snapshot', 'templates.js');

type Specs = ReadonlyMap<string, NonNullable<MemoTemplate['precompiled']>>;
let specs: Promise<Specs> | undefined;

function load(): Promise<Specs> {
  specs ??= import(pathToFileURL(TEMPLATE_SNAPSHOT).href).then(
    (module: { default: Specs }) => module.default,
    () => new Map(), // not built: every template is compiled
  );
  return specs;
}

/** The templates, each with its precompiled form when its source is a built-in one's. */
export async function withPrecompiled(templates: MemoTemplates): Promise<MemoTemplates> {
  const known = await load();
  const add = (t: MemoTemplate): MemoTemplate => {
    const precompiled = known.get(t.source);
    return precompiled ? { ...t, precompiled } : t;
  };
  const set = (s: MemoTemplateSet): MemoTemplateSet => ({
    main: add(s.main),
    partials: Object.fromEntries(Object.entries(s.partials).map(([k, t]) => [k, add(t)])),
    ...(s.compare ? { compare: add(s.compare) } : {}),
    ...(s.family ? { family: add(s.family) } : {}),
  });
  const languages = Object.entries(templates.languages ?? {}).map(
    ([language, s]) => [language, set(s)] as const,
  );
  return {
    ...set(templates),
    ...(languages.length > 0 ? { languages: Object.fromEntries(languages) } : {}),
  };
}
