/** The command line as data, for writing completion scripts: commands, options, arguments. */

/** What a value on the command line is completed with. */
export type Value =
  | { kind: 'choices'; values: readonly string[] }
  | { kind: 'files' }
  | { kind: 'folders' }
  | { kind: 'frameworks' }
  | { kind: 'text' };

export interface OptionSpec {
  names: string[];
  description: string;
  /** Undefined for a flag that takes no value. */
  value?: Value;
}

export interface CommandSpec {
  /** The words that name it: [] for vatl itself, ['frameworks', 'show'] for a subcommand. */
  path: string[];
  description: string;
  subcommands: CommandSpec[];
  options: OptionSpec[];
  /** Positional arguments in order; the last one repeats when `variadic`. */
  args: Value[];
  variadic: boolean;
}

export function all(spec: CommandSpec): CommandSpec[] {
  return [spec, ...spec.subcommands.flatMap(all)];
}

/** The options a command accepts: its own, and vatl's global ones (accepted anywhere). */
export function optionsOf(spec: CommandSpec, root: CommandSpec): OptionSpec[] {
  if (spec === root) return spec.options;
  const own = new Set(spec.options.flatMap((o) => o.names));
  return [...spec.options, ...root.options.filter((o) => !o.names.some((n) => own.has(n)))];
}

/** The id of a command path in the scripts' `case` patterns: `frameworks show` → `frameworks_show`. */
export const key = (spec: CommandSpec) => spec.path.join('_');

/** Single-quoted for sh, bash and zsh. */
export const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The id list both POSIX-like scripts read framework ids from. */
export const FRAMEWORK_IDS = `vatl frameworks list --json 2>/dev/null | sed -n 's/^    "id": "\\([^"]*\\)",$/\\1/p'`;

/**
 * The shared walk over the words before the cursor, for bash and zsh: finds the command
 * (`cmd`), counts positional arguments (`n`) and notes when the word before the cursor is an
 * option waiting for its value (`skip`).
 */
export function walkWords(
  root: CommandSpec,
  first: number,
  words: string,
  current: string,
): string[] {
  const valued = all(root).flatMap((spec) =>
    optionsOf(spec, root)
      .filter((o) => o.value)
      .flatMap((o) => o.names.map((n) => `${key(spec)}:${n}`)),
  );
  const commands = all(root)
    .filter((s) => s !== root)
    .map((s) => `${key({ ...s, path: s.path.slice(0, -1) })}:${s.path[s.path.length - 1] ?? ''}`);
  return [
    `  local cmd='' n=0 skip='' opt='' w i`,
    `  for (( i = ${first}; i < ${current}; i++ )); do`,
    `    w=${words}`,
    // bash splits `--format=json` into three words: the `=` keeps the option waiting.
    `    if [[ $w == '=' && -n $opt ]]; then skip=$opt`,
    `    elif [[ -n $skip ]]; then skip=''`,
    `    elif [[ $w == -* ]]; then`,
    `      opt=''`,
    `      case "$cmd:$w" in`,
    `        ${valued.join('|') || '__none'}) skip=$w opt=$w ;;`,
    `      esac`,
    `    elif [[ $n -eq 0 ]] && case "$cmd:$w" in ${commands.join('|')}) true ;; *) false ;; esac; then`,
    `      cmd=\${cmd:+\${cmd}_}$w`,
    `    else`,
    `      n=$((n + 1))`,
    `    fi`,
    `  done`,
  ];
}

/** `case` branches for the positional argument `$n` of each command. */
export function positionalCases(root: CommandSpec, complete: (value: Value) => string): string[] {
  const lines: string[] = [];
  for (const spec of all(root)) {
    spec.args.forEach((value, index) => {
      const last = index === spec.args.length - 1 && spec.variadic;
      lines.push(`      ${key(spec)}:${last ? '*' : String(index)}) ${complete(value)} ;;`);
    });
  }
  return lines;
}

/** `case` branches for the value of each option that takes one. */
export function valueCases(root: CommandSpec, complete: (value: Value) => string): string[] {
  return all(root).flatMap((spec) =>
    optionsOf(spec, root).flatMap((o) =>
      o.value
        ? [`      ${o.names.map((n) => `${key(spec)}:${n}`).join('|')}) ${complete(o.value)} ;;`]
        : [],
    ),
  );
}
