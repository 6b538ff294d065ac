import type { CommandSpec, OptionSpec, Value } from './spec.js';
import { all } from './spec.js';

export function fishScript(root: CommandSpec, header: string): string {
  const q = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = [
    `# ${header}`,
    '# Install: vatl completion fish > ~/.config/fish/completions/vatl.fish',
    '',
    'function __vatl_frameworks',
    `    vatl frameworks list --json 2>/dev/null | string replace -rf '^    "id": "([^"]+)",$' '$1'`,
    'end',
    '',
    '# Paths are offered only where a command takes them.',
    'complete -c vatl -f',
  ];
  const names = (spec: CommandSpec) => spec.path;
  /** The condition that the words so far name exactly this command. */
  const at = (spec: CommandSpec) => {
    if (spec === root) return '__fish_use_subcommand';
    const parts = names(spec).map((n) => `__fish_seen_subcommand_from ${n}`);
    const subs = spec.subcommands.map((s) => s.path[s.path.length - 1] ?? '');
    if (subs.length > 0 && spec.args.length === 0)
      parts.push(`not __fish_seen_subcommand_from ${subs.join(' ')}`);
    return parts.join('; and ');
  };
  const value = (v: Value | undefined): string => {
    if (!v) return '';
    switch (v.kind) {
      case 'choices':
        return ` -x -a ${q(v.values.join(' '))}`;
      case 'files':
        return ' -r -F';
      case 'folders':
        return " -x -a '(__fish_complete_directories)'";
      case 'frameworks':
        return " -r -F -a '(__vatl_frameworks)'";
      case 'text':
        return ' -x';
    }
  };
  for (const o of root.options)
    lines.push(`complete -c vatl${flags(o)}${value(o.value)} -d ${q(o.description)}`);
  for (const spec of all(root)) {
    const condition = q(at(spec));
    if (spec !== root) lines.push('');
    for (const sub of spec.subcommands)
      lines.push(
        `complete -c vatl -n ${condition} -a ${sub.path[sub.path.length - 1] ?? ''} -d ${q(sub.description)}`,
      );
    if (spec === root) continue;
    for (const o of spec.options.filter(
      (o) => !root.options.some((r) => r.names.join() === o.names.join()),
    ))
      lines.push(
        `complete -c vatl -n ${condition}${flags(o)}${value(o.value)} -d ${q(o.description)}`,
      );
    const kinds = new Map(spec.args.map((v) => [JSON.stringify(v), v]));
    for (const v of kinds.values()) {
      if (v.kind === 'files') lines.push(`complete -c vatl -n ${condition} -F`);
      else if (v.kind === 'choices')
        lines.push(`complete -c vatl -n ${condition} -a ${q(v.values.join(' '))}`);
      else if (v.kind === 'frameworks')
        lines.push(`complete -c vatl -n ${condition} -F -a '(__vatl_frameworks)'`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** ` -s a -l answers` for an option's names. */
export function flags(option: OptionSpec): string {
  return option.names
    .map((n) => (n.startsWith('--') ? ` -l ${n.slice(2)}` : ` -s ${n.slice(1)}`))
    .join('');
}
