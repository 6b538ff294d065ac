import { createRequire, syncBuiltinESMExports } from 'node:module';
import { NO_SPAWN, SPAWNING } from '../helpers/no-spawn.js';

/**
 * Set-up for the unit and CLI rings: they run vatl in-process over fake deps, so starting a
 * process (the built bin, npm, a shell) is a test in the wrong ring. Every way
 * `node:child_process` starts one throws instead.
 *
 * The builtin itself is patched, not mocked with vi.mock: a mock reaches only modules vitest
 * transforms, while this reaches everything in the worker, dependencies loaded natively by
 * Node included. Each test file runs in its own worker, so the e2e ring never sees it.
 */
const childProcess = createRequire(import.meta.url)('node:child_process') as Record<
  string,
  unknown
>;
for (const name of SPAWNING) {
  childProcess[name] = () => {
    throw new Error(`${NO_SPAWN} (child_process.${name} was called)`);
  };
}
syncBuiltinESMExports();
