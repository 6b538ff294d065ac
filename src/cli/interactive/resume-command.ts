import { basename, delimiter, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { shellQuote } from '../../core/text/terminal-text.js';

/**
 * How the user started vatl, to say again in hints. An installed vatl (its script under a
 * `node_modules` folder): `npx vatl` when npx ran it (npm_command=exec, which puts npx's
 * folder on PATH for the run), `vatl` when its bin is on PATH, else `npx vatl`. Otherwise,
 * `vatl` when a bin named vatl on PATH ran, and in a clone `node bin/vatl.js` (the path as
 * seen from here).
 */
export function vatlCommand(ctx: {
  script?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}): string {
  const script = ctx.script;
  if (!script) return 'vatl';
  const full = resolve(ctx.cwd, script);
  const dir = dirname(full);
  const onPath = (ctx.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((p) => resolve(ctx.cwd, p) === dir);
  if (full.split(sep).includes('node_modules')) {
    if (ctx.env.npm_command === 'exec') return 'npx vatl';
    return onPath && basename(full) === 'vatl' ? 'vatl' : 'npx vatl';
  }
  if (basename(full) === 'vatl' && onPath) return 'vatl';
  const near = relative(ctx.cwd, full);
  const shown = near && !near.startsWith('..') && !isAbsolute(near) ? near : full;
  return `node ${shellQuote(shown)}`;
}
