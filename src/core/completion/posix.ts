import type { CommandSpec, Value } from './spec.js';
import {
  FRAMEWORK_IDS,
  all,
  key,
  optionsOf,
  positionalCases,
  sq,
  valueCases,
  walkWords,
} from './spec.js';

export function bashScript(root: CommandSpec, header: string): string {
  const complete = (value: Value): string => {
    switch (value.kind) {
      case 'choices':
        return `_vatl_words ${sq(value.values.join(' '))}`;
      case 'files':
        return '_vatl_files -f';
      case 'folders':
        return '_vatl_files -d';
      case 'frameworks':
        return `_vatl_words "$(${FRAMEWORK_IDS})"; _vatl_files -f`;
      case 'text':
        return ':';
    }
  };
  const optionWords = all(root).map(
    (spec) =>
      `    ${key(spec) || "''"}) words=${sq(
        optionsOf(spec, root)
          .flatMap((o) => o.names)
          .join(' '),
      )} ;;`,
  );
  const subWords = all(root)
    .filter((s) => s.subcommands.length > 0)
    .map(
      (s) =>
        `    ${key(s) || "''"}) words=${sq(s.subcommands.map((c) => c.path[c.path.length - 1]).join(' '))} ;;`,
    );
  return `# ${header}
# Install: vatl completion bash > ~/.local/share/bash-completion/completions/vatl
# (or add \`source <(vatl completion bash)\` to ~/.bashrc).

_vatl_words() {
  local word
  while IFS= read -r word; do
    [[ -n $word ]] && COMPREPLY+=("$word")
  done < <(compgen -W "$1" -- "$cur")
}

_vatl_files() {
  local path
  compopt -o filenames 2>/dev/null
  while IFS= read -r path; do
    COMPREPLY+=("$path")
  done < <(compgen "$1" -- "$cur")
}

_vatl() {
  local cur=\${COMP_WORDS[COMP_CWORD]} words=''
  COMPREPLY=()
${walkWords(root, 1, '${COMP_WORDS[i]}', 'COMP_CWORD').join('\n')}
  if [[ $cur == '=' && -n $skip ]]; then
    cur=''
  elif [[ $cur == --*=* ]]; then
    skip=\${cur%%=*}
    cur=\${cur#*=}
  fi
  if [[ -n $skip ]]; then
    case "$cmd:$skip" in
${valueCases(root, complete).join('\n')}
    esac
    return 0
  fi
  if [[ $cur == -* ]]; then
    case "$cmd" in
${optionWords.join('\n')}
    esac
    _vatl_words "$words"
    return 0
  fi
  if [[ $n -eq 0 ]]; then
    case "$cmd" in
${subWords.join('\n')}
    esac
    if [[ -n $words ]]; then
      _vatl_words "$words"
      return 0
    fi
  fi
  case "$cmd:$n" in
${positionalCases(root, complete).join('\n')}
  esac
  return 0
}

complete -F _vatl vatl
`;
}

export function zshScript(root: CommandSpec, header: string): string {
  const complete = (value: Value): string => {
    switch (value.kind) {
      case 'choices':
        return `compadd -- ${value.values.map(sq).join(' ')}`;
      case 'files':
        return '_files';
      case 'folders':
        return '_files -/';
      case 'frameworks':
        return `compadd -- \${(f)"$(${FRAMEWORK_IDS})"}; _files`;
      case 'text':
        return `_message 'a value'`;
    }
  };
  const described = (pairs: [string, string][]) =>
    pairs.map(([name, text]) => sq(`${name.replace(/:/g, '\\:')}:${text}`)).join(' ');
  const optionSpecs = all(root).map(
    (spec) =>
      `    ${key(spec) || "''"}) specs=(${described(optionsOf(spec, root).flatMap((o) => o.names.map((n): [string, string] => [n, o.description])))}) ;;`,
  );
  const subSpecs = all(root)
    .filter((s) => s.subcommands.length > 0)
    .map(
      (s) =>
        `    ${key(s) || "''"}) specs=(${described(s.subcommands.map((c): [string, string] => [c.path[c.path.length - 1] ?? '', c.description]))}) ;;`,
    );
  return `#compdef vatl
# ${header}
# Install: vatl completion zsh > "\${fpath[1]}/_vatl", then start a new shell
# (or add \`source <(vatl completion zsh)\` to ~/.zshrc, after compinit).

_vatl() {
  local -a specs
${walkWords(root, 2, '${words[i]}', 'CURRENT').join('\n')}
  local cur=\${words[CURRENT]}
  if [[ $cur == --*=* ]]; then
    skip=\${cur%%=*}
    compset -P '*='
  fi
  if [[ -n $skip ]]; then
    case "$cmd:$skip" in
${valueCases(root, complete).join('\n')}
    esac
    return
  fi
  if [[ $cur == -* ]]; then
    case "$cmd" in
${optionSpecs.join('\n')}
    esac
    _describe -t options option specs
    return
  fi
  if [[ $n -eq 0 ]]; then
    case "$cmd" in
${subSpecs.join('\n')}
    esac
    if (( \${#specs} )); then
      _describe -t commands command specs
      return
    fi
  fi
  case "$cmd:$n" in
${positionalCases(root, complete).join('\n')}
  esac
}

if [[ "\${funcstack[1]}" == _vatl ]]; then
  _vatl "$@"
else
  compdef _vatl vatl
fi
`;
}
