import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { BIN, cleanEnv, ensureBuilt, spawnProgram, spawnVatl } from '../helpers/spawn.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

let dir: string;
/** The environment of a shell where `vatl` is the built bin, as after a global install. */
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'vatl-completion-'));
  writeFileSync(join(dir, 'vatl'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(dir, 'vatl'), 0o755);
  for (const shell of ['bash', 'zsh', 'fish'])
    writeFileSync(join(dir, `script.${shell}`), spawnVatl(['completion', shell]).stdout);
  env = { ...cleanEnv(), PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What bash offers after `line` (the last word being completed), with the script loaded. */
function bashComplete(line: string): string[] {
  const words = line.split(' ');
  const script = [
    `source ${JSON.stringify(join(dir, 'script.bash'))}`,
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_vatl',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const { stdout, stderr } = spawnProgram('bash', ['-c', script], { cwd: REPO, env });
  expect(stderr).toBe('');
  return stdout.split('\n').filter(Boolean);
}

describe('the bash completion script, in bash', () => {
  it('completes commands, subcommands and options', () => {
    expect(bashComplete('vatl val')).toEqual(['validate']);
    expect(bashComplete('vatl frameworks ')).toEqual(['list', 'show', 'help']);
    expect(bashComplete('vatl review --fr')).toEqual(['--framework']);
    expect(bashComplete('vatl validate --format j')).toEqual(['json', 'junit']);
    expect(bashComplete('vatl status 7 su')).toEqual(['superseded']);
  });

  it('completes framework ids for --framework from the installed frameworks, and paths', () => {
    expect(bashComplete('vatl review --framework ')).toEqual(
      expect.arrayContaining(['vatl', 'iste-leaders', 'frameworks']),
    );
    expect(bashComplete('vatl frameworks show is')).toEqual(['iste-leaders']);
  });

  it('completes file paths where a command takes them', () => {
    expect(bashComplete('vatl render exam')).toEqual(['examples']);
    expect(bashComplete('vatl review --answers examples/lms')).toEqual([
      'examples/lms-replacement',
    ]);
  });
});

describe.each(['zsh', 'fish'])('the %s completion script', (shell) => {
  it.skipIf(!has(shell))(`is valid ${shell}`, () => {
    const { code, stderr } = spawnProgram(shell, ['-n', join(dir, `script.${shell}`)], {
      cwd: REPO,
      env,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('the fish completion script, in fish', () => {
  it.skipIf(!has('fish'))('completes commands, choices and framework ids', () => {
    const complete = (line: string) =>
      spawnProgram(
        'fish',
        ['-c', `source ${join(dir, 'script.fish')}; complete -C ${JSON.stringify(line)}`],
        { cwd: REPO, env },
      )
        .stdout.split('\n')
        .map((l) => l.split('\t')[0]);
    expect(complete('vatl val')).toContain('validate');
    expect(complete('vatl validate --format ')).toEqual(
      expect.arrayContaining(['stylish', 'json', 'github', 'sarif', 'junit']),
    );
    expect(complete('vatl frameworks show ')).toContain('iste-leaders');
  });
});
