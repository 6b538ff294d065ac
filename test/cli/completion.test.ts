import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { fakeDeps } from '../helpers/deps.js';
import { memoryWorkspace } from '../helpers/memory-fs.js';

/** Every command of the real program, by the words that name it, with its options' names. */
function commandsOf(
  command: Command,
  path: string[] = [],
): { path: string[]; options: string[] }[] {
  return command.commands.flatMap((sub) => [
    {
      path: [...path, sub.name()],
      options: sub.options.flatMap((o) => [o.long, o.short].filter((n): n is string => !!n)),
    },
    ...commandsOf(sub, [...path, sub.name()]),
  ]);
}

const program = createProgram(fakeDeps({ cwd: '/' }).deps, { code: 0 });
const COMMANDS = commandsOf(program);

describe('vatl completion', () => {
  it('knows the commands it is tested against', () => {
    expect(COMMANDS.map((c) => c.path.join(' '))).toEqual(
      expect.arrayContaining([
        'review',
        'validate',
        'frameworks list',
        'frameworks show',
        'completion',
      ]),
    );
  });

  it.each(['bash', 'zsh', 'fish'])('%s: names every command and every option', async (shell) => {
    const { code, stdout, stderr } = await memoryWorkspace().run(['completion', shell]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const { path, options } of COMMANDS) {
      const name = path[path.length - 1] ?? '';
      expect(stdout, `command ${path.join(' ')}`).toMatch(new RegExp(`(^|[\\s:'|])${name}\\b`));
      for (const option of options) {
        const word = shell === 'fish' ? option.replace(/^--?/, '') : option;
        expect(stdout, `${path.join(' ')} ${option}`).toContain(word);
      }
    }
    for (const option of ['--no-color', '--verbose', '--help', '--version'])
      expect(stdout).toContain(shell === 'fish' ? `-l ${option.slice(2)}` : option);
  });

  it.each(['bash', 'zsh', 'fish'])(
    '%s: completes choices, and framework ids from vatl frameworks list',
    async (shell) => {
      const { stdout } = await memoryWorkspace().run(['completion', shell]);
      // On one line, in order: each shell quotes them its own way.
      expect(stdout).toMatch(/stylish\W+json\W+github\W+sarif\W+junit/);
      expect(stdout).toMatch(/proposed\W+decided\W+superseded\W+retired/);
      expect(stdout).toContain('vatl frameworks list --json');
      expect(stdout).toMatch(/vatl \d+\.\d+\.\d+ completion for /);
    },
  );

  it('refuses a shell it does not know, naming the ones it does, exit 2', async () => {
    const { code, stderr } = await memoryWorkspace().run(['completion', 'powershell']);
    expect(stderr).toMatch(/bash, zsh, fish/);
    expect(code).toBe(2);
  });

  it('--help shows how to install it', async () => {
    const { stdout } = await memoryWorkspace().run(['completion', '--help']);
    expect(stdout).toContain(
      'vatl completion bash > ~/.local/share/bash-completion/completions/vatl',
    );
    expect(stdout).toContain('vatl completion fish > ~/.config/fish/completions/vatl.fish');
  });
});
