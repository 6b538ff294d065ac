import { visible } from '../core/text/terminal-text.js';
import type { Writer } from './deps.js';

/**
 * Every `vatl: …` line is printed here: the message, and its hint indented below it. Both
 * carry paths and text from files and users, so control and bidi characters are shown as
 * escapes and a message stays on its line.
 */
export function printMessage(out: Writer, message: string, hint?: string): void {
  out.write(`vatl: ${visible(message)}\n`);
  if (hint) out.write(`  ${visible(hint)}\n`);
}
