/**
 * Whether vatl prints colour, by the conventions of Node and chalk, strongest first:
 * `--no-color`; `FORCE_COLOR` (`0` or `false` turns colour off; `1`, `2`, `3`, `true` or empty
 * turns it on, even into a pipe); `NO_COLOR` (set and not empty: off); else whether the output
 * is a terminal that shows colour. As in Node, FORCE_COLOR wins over NO_COLOR. A module of its
 * own, with no imports, so deciding costs nothing at start-up.
 */
export function colorEnabled(
  flag: boolean,
  env: Readonly<Record<string, string | undefined>>,
  terminalSupportsColor: boolean,
): boolean {
  if (!flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return terminalSupportsColor;
}
