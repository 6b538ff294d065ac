import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createInquirerPrompter } from '../../src/prompts/inquirer-prompter.js';
import { BackRequested } from '../../src/prompts/prompter.js';

/** The inquirer prompter over streams: what it writes, and a way to press keys. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  // Like process.stdout, the output outlives each prompt (inquirer ends the stream it pipes to).
  output.end = (() => output) as never;
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const prompter = createInquirerPrompter({ input, output, color: false });
  return {
    prompter,
    press: async (keys: string) => {
      await sleep(20);
      input.write(keys);
    },
    written: () => written,
  };
}

describe('the inquirer prompter: the safe-text boundary and the keys it adds', () => {
  it('shows control and bidi characters in messages, choices and descriptions as escapes', async () => {
    const t = terminal();
    const answer = t.prompter.select({
      message: 'Clear\u001b[2J the screen?',
      choices: [
        { name: 'Yes\u202e', value: 'yes', description: 'Rings\u0007 the bell' },
        { name: 'No\r', value: 'no' },
      ],
    });
    await t.press('\r');
    expect(await answer).toBe('yes');
    const out = t.written();
    expect(out).toContain('Clear\\x1b[2J the screen?');
    expect(out).toContain('Yes\\u202e');
    expect(out).toContain('Rings\\x07 the bell');
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u202e');
    expect(out).not.toContain('\u0007');
  });

  it('a choice marked transient (Help) is not left behind as an answer; others are', async () => {
    const t = terminal();
    const help = t.prompter.select({
      message: 'How well?',
      choices: [
        { name: '3 Solid', value: 3 },
        { name: 'Help: what this question is about', value: 0 },
      ],
      default: 0,
      transient: [0],
    });
    await t.press('\r');
    expect(await help).toBe(0);
    // The prompt clears itself (whether the scrollback keeps it is the tmux ring's to show).
    expect(t.written()).not.toContain('✔ How well? Help: what this question is about\n');
    const u = terminal();
    const real = u.prompter.select({
      message: 'How well?',
      choices: [
        { name: '3 Solid', value: 3 },
        { name: 'Help: what this question is about', value: 0 },
      ],
      transient: [0],
    });
    await u.press('\r');
    expect(await real).toBe(3);
    await sleep(20);
    expect(u.written()).toContain('✔ How well? 3 Solid\n');
  });

  it('Esc goes back where the prompt allows it', async () => {
    const t = terminal();
    const asked = t.prompter.input({ message: 'Who is the vendor?', back: true });
    await t.press('\u001b');
    await expect(asked).rejects.toBeInstanceOf(BackRequested);
  });
});
