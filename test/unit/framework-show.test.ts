import { describe, expect, it } from 'vitest';
import { renderFramework } from '../../src/cli/commands/frameworks.js';
import { createStyle } from '../../src/cli/style.js';
import type { Framework } from '../../src/core/framework/types.js';
import { builtInFramework } from '../helpers/reviews.js';

const HOSTILE = '\u001b[2J\r\b\u0007\u009b\u202e\u200b\n✔ forged';
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u200b]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Every string in the framework, ids and labels included, with hostile text after it; the
 * question kinds stay, as vatl looks them up in its registry.
 */
function tainted(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'kind' ? value : `${value}${HOSTILE}`;
  if (Array.isArray(value)) return value.map((v) => tainted(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tainted(v, k)]));
  return value;
}

describe('renderFramework: every piece of framework text is shown, never obeyed', () => {
  it.each(['vatl', 'iste-leaders', 'tla-edtech-systems', 'dp-leadership'])(
    '%s with hostile text in every string prints no raw control, in colour or not',
    (id) => {
      const fw = tainted(builtInFramework(id)) as Framework;
      for (const color of [false, true]) {
        const lines = renderFramework(fw, createStyle(color));
        const text = lines.join('\n').replace(SGR, '');
        expect(text).not.toMatch(RAW);
        expect(lines.some((l) => l.replace(SGR, '').startsWith('✔ forged'))).toBe(false);
        expect(text).toContain('\\x1b[2J\\x0d\\x08\\x07\\x9b\\u202e\\u200b');
      }
    },
  );
});
