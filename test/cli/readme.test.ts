import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { REPO } from '../helpers/cli.js';
import { fakeDeps } from '../helpers/deps.js';

const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const program = createProgram(fakeDeps({ cwd: REPO }).deps, { code: 0 });

function commands(command: Command, path: string[] = []): { path: string; options: string[] }[] {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [
      { path: [...path, c.name()].join(' '), options: c.options.flatMap((o) => o.long ?? []) },
      ...commands(c, [...path, c.name()]),
    ]);
}

describe('the README keeps step with the commands', () => {
  it.each(commands(program))('documents `vatl $path` and its options', ({ path, options }) => {
    expect(README).toContain(`\`vatl ${path}`);
    for (const option of options) expect(README, option).toContain(`\`${option}`);
  });
});
