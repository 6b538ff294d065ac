import { basename, delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { shellQuote } from '../../core/text/terminal-text.js';

/**
 * How the user started vatl, to say again in hints: `npx vatl` under npx (npm_command=exec),
 * `vatl` when the bin on PATH ran, `npx vatl` for a project's own node_modules/.bin, and
 * `node bin/vatl.js` (the path as seen from here) in a clone.
 */
export function vatlCommand(ctx: {
  script?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}): string {
  if (ctx.env.npm_command === 'exec') return 'npx vatl';
  const script = ctx.script;
  if (!script) return 'vatl';
  const dir = resolve(ctx.cwd, dirname(script));
  if (basename(script) === 'vatl') {
    const path = (ctx.env.PATH ?? '').split(delimiter).filter(Boolean);
    if (path.some((p) => resolve(ctx.cwd, p) === dir)) return 'vatl';
    if (dir.endsWith(join('node_modules', '.bin'))) return 'npx vatl';
  }
  const full = resolve(ctx.cwd, script);
  const near = relative(ctx.cwd, full);
  const shown = near && !near.startsWith('..') && !isAbsolute(near) ? near : full;
  return `node ${shellQuote(shown)}`;
}
