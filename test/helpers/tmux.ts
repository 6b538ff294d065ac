import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, cleanEnv } from './spawn.js';

/** How long one step may take before the test fails with the screen it was stuck on. */
export const STEP_TIMEOUT = 15_000;
const POLL = 25;

/** Fails, rather than skips, when tmux is missing: the pseudo-terminal tests must run in CI. */
export function requireTmux(): void {
  const found = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    throw new Error(
      'tmux is not installed, and the pseudo-terminal tests need it. CI must install it (.ci/run does: apt-get install tmux).',
    );
}

let sessions = 0;

export interface TerminalOptions {
  /** The working folder; the exit code is written to `exitcode` in it. */
  cwd: string;
  /** Arguments to `node bin/vatl.js`. */
  args: readonly string[];
  /** Extra environment for vatl (e.g. NO_COLOR). */
  env?: Record<string, string>;
  width?: number;
  height?: number;
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The built vatl running in a real pseudo-terminal: a detached tmux session of a fixed size,
 * on a tmux server of its own (`-L`), driven with send-keys and read with capture-pane.
 */
export class Terminal {
  readonly socket: string;
  readonly cwd: string;
  private readonly exitFile: string;

  private constructor(socket: string, cwd: string) {
    this.socket = socket;
    this.cwd = cwd;
    this.exitFile = join(cwd, 'exitcode');
  }

  static start(options: TerminalOptions): Terminal {
    const socket = `vatl-test-${process.pid}-${++sessions}`;
    const term = new Terminal(socket, options.cwd);
    rmSync(term.exitFile, { force: true });
    // The pane stays after vatl exits, so its last screen can still be read.
    const conf = join(options.cwd, `.tmux-${sessions}.conf`);
    writeFileSync(
      conf,
      'set -g remain-on-exit on\nset -g history-limit 10000\nset -g status off\n',
    );
    const env = cleanEnv();
    const vars = { TERM: 'xterm-256color', ...options.env };
    const assignments = Object.entries(vars)
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join(' ');
    const unset = ['NODE_EXTRA_CA_CERTS', 'FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS']
      .map((v) => `-u ${v}`)
      .join(' ');
    const vatl = [process.execPath, BIN, ...options.args].map(quote).join(' ');
    const command = `env ${unset} ${assignments} ${vatl}; echo $? > exitcode.tmp && mv exitcode.tmp exitcode`;
    execFileSync(
      'tmux',
      [
        '-L',
        socket,
        '-f',
        conf,
        'new-session',
        '-d',
        '-s',
        'vatl',
        '-x',
        String(options.width ?? 120),
        '-y',
        String(options.height ?? 50),
        '-c',
        options.cwd,
        'sh',
        '-c',
        command,
      ],
      { cwd: options.cwd, env, stdio: 'pipe' },
    );
    return term;
  }

  private tmux(args: readonly string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: 'pipe' });
  }

  /** Presses keys by tmux name: Enter, Down, Up, Space, C-c, BSpace. */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'vatl', ...keys]);
  }

  /** Types text literally. */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'vatl', '-l', text]);
  }

  /** Types text and presses Enter. */
  enter(text = ''): void {
    if (text) this.type(text);
    this.press('Enter');
  }

  /** The screen as shown; with `escapes`, with its colour codes; with `history`, all of it. */
  screen(options: { escapes?: boolean; history?: boolean } = {}): string {
    return this.tmux([
      'capture-pane',
      '-p',
      '-t',
      'vatl',
      ...(options.escapes ? ['-e'] : []),
      ...(options.history ? ['-S', '-'] : []),
    ]);
  }

  /**
   * The prompt waiting for an answer: from the last line starting a prompt (`? `) to the end
   * of the screen, lines joined by spaces; undefined while the last prompt is an answered one.
   */
  activePrompt(): string | undefined {
    const lines = this.screen().split('\n');
    let start = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i] ?? '';
      if (line.startsWith('✔ ')) return undefined;
      if (line.startsWith('? ')) {
        start = i;
        break;
      }
    }
    if (start < 0) return undefined;
    return lines.slice(start).join(' ').replace(/\s+/g, ' ').trim();
  }

  /** Waits until `test` passes on what `read` returns, or fails showing the screen. */
  async waitUntil<T>(
    what: string,
    read: () => T,
    test: (value: T) => boolean,
    timeout = STEP_TIMEOUT,
  ): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = read();
      if (test(value)) return value;
      if (Date.now() > deadline || this.exited())
        if (!test(read()))
          throw new Error(
            `Timed out after ${timeout} ms waiting for ${what}${this.exited() ? ` (vatl exited ${this.exitCode()})` : ''}. The screen:\n${this.screen({ history: true })}`,
          );
      await sleep(POLL);
    }
  }

  /** Waits for a prompt whose text (message, choices, help) matches. */
  async prompt(pattern: RegExp): Promise<string> {
    return (await this.waitUntil(
      `a prompt matching ${String(pattern)}`,
      () => this.activePrompt(),
      (p) => p !== undefined && pattern.test(p),
    )) as string;
  }

  /** Waits for text anywhere on the screen (with its history). */
  async text(pattern: RegExp): Promise<string> {
    return this.waitUntil(
      `text matching ${String(pattern)}`,
      () => this.screen({ history: true }),
      (s) => pattern.test(s),
    );
  }

  exited(): boolean {
    return existsSync(this.exitFile);
  }

  exitCode(): number {
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  /** Waits for vatl to end and returns its exit code. */
  async exit(timeout = STEP_TIMEOUT): Promise<number> {
    await this.waitUntil(
      'vatl to exit',
      () => this.exited(),
      (done) => done,
      timeout,
    );
    return this.exitCode();
  }

  /** Ends the tmux server of this terminal (and vatl, if it still runs). */
  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
    // tmux leaves the socket file behind; it lives in tmux's folder, not the workspace.
    const uid = process.getuid?.() ?? 0;
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${uid}`, this.socket), { force: true });
  }
}
