import * as childProcess from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** What a unit or CLI test that starts a process is told (test/setup/no-spawn.ts). */
export const NO_SPAWN = 'unit and CLI tests spawn nothing; put this in test/e2e';

/** Every function of `node:child_process` that starts a process. */
export const SPAWNING = [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
] as const;

/**
 * The check that a ring's set-up forbids starting processes: each spawning function of
 * `node:child_process`, as an ES import and as `require` gives it to a dependency, throws.
 */
export function describeNoSpawn(ring: string): void {
  const required = createRequire(import.meta.url)('child_process') as Record<string, unknown>;
  describe(`${ring} tests spawn nothing`, () => {
    it.each(SPAWNING)('child_process.%s throws', (name) => {
      const imported = childProcess[name] as (...args: unknown[]) => unknown;
      expect(() => imported(process.execPath, ['--version'])).toThrow(NO_SPAWN);
      const fromRequire = required[name] as (...args: unknown[]) => unknown;
      expect(() => fromRequire(process.execPath, ['--version'])).toThrow(NO_SPAWN);
    });
  });
}
