import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

export const BIN = join(REPO, 'bin', 'vatl.js');

export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a user's shell would give vatl: no extra CA file, no forced colour. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.NODE_OPTIONS;
  return env;
}

/** Builds dist/ with `npm run build` when it has not been built yet. */
export function ensureBuilt(): void {
  if (existsSync(join(REPO, 'dist', 'cli', 'main.js'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'pipe' });
}

/** Runs a program to completion; the timeout only keeps a hang from stalling the suite. */
export function spawnProgram(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): SpawnResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `node bin/vatl.js ...args` in `cwd`. */
export function spawnVatl(args: readonly string[], cwd = REPO): SpawnResult {
  return spawnProgram(process.execPath, [BIN, ...args], { cwd });
}
