import type { Writer } from './deps.js';

/** Every `vatl: …` line is printed here: the message, and its hint indented below it. */
export function printMessage(out: Writer, message: string, hint?: string): void {
  out.write(`vatl: ${message}\n`);
  if (hint) out.write(`  ${hint}\n`);
}
