import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The three rings of tests; unit and CLI tests run in-process and may not start processes. */
const RINGS = ['unit', 'cli', 'e2e'] as const;
const NO_SPAWN = ['test/setup/no-spawn.ts'];

// A test file outside the rings would silently never run.
const stray = readdirSync(fileURLToPath(new URL('test', import.meta.url)), { recursive: true })
  .map(String)
  .filter(
    (file) => file.endsWith('.test.ts') && !RINGS.some((ring) => file.startsWith(`${ring}/`)),
  );
if (stray.length > 0)
  throw new Error(`test files outside test/{${RINGS.join(',')}}/: ${stray.join(', ')}`);

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: RINGS.map((ring) => ({
      extends: true,
      test: {
        name: ring,
        include: [`test/${ring}/**/*.test.ts`],
        ...(ring === 'e2e' ? {} : { setupFiles: NO_SPAWN }),
      },
    })),
  },
});
