/**
 * Shell completion scripts made from COMMAND_HELP: the commands, each
 * command's options, and for a command that takes a model the model folders
 * under models/ of the current folder (read by the shell when completing).
 */
import { COMMAND_HELP, type CommandHelp } from './command-help.js';

const entries = () => Object.entries(COMMAND_HELP as Record<string, CommandHelp>);
const flags = (help: CommandHelp) => [...Object.keys(help.options).map((name) => `--${name}`), '--help'];

/** Top-level words: commands, and the first word of subcommands (`import` for `import gto`). */
const topWords = () => [...new Set(entries().map(([name]) => name.split(' ')[0]))];
const subWords = (top: string) => entries().flatMap(([name]) => (name.startsWith(`${top} `) ? [name.slice(top.length + 1)] : []));

export function bashCompletion(): string {
  const groups = topWords().filter((top) => subWords(top).length > 0);
  const cases = entries().map(([name, help]) => {
    const valued = Object.entries(help.options)
      .filter(([, o]) => o.type === 'string')
      .map(([n]) => `--${n}`);
    return `    '${name}') opts='${flags(help).join(' ')}'; valued='${valued.join(' ')}'; models=${help.takesModel ? 1 : 0} ;;`;
  });
  const subs = groups.map((top) => `    ${top}) subs='${subWords(top).join(' ')}' ;;`);
  return `# bash completion for model-registry: source <(model-registry completion bash)
_model_registry_models() {
  local d
  for d in models/*/; do [ -d "$d" ] && d=\${d%/} && printf '%s\\n' "\${d#models/}"; done
}
_model_registry() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd=\${COMP_WORDS[1]}
  local commands='${topWords().join(' ')}' subs='' opts='' valued='' models=0
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands help --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${subs.join('\n')}
  esac
  if [ -n "$subs" ]; then
    if [ "$COMP_CWORD" -eq 2 ]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
      return
    fi
    cmd="$cmd \${COMP_WORDS[2]}"
  fi
  case "$cmd" in
${cases.join('\n')}
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    *) return ;;
  esac
  case " $valued " in *" $prev "*) return ;; esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [ "$models" = 1 ]; then
    COMPREPLY=($(compgen -W "$(_model_registry_models)" -- "$cur"))
  fi
}
complete -o default -F _model_registry model-registry
`;
}

/** zsh's _arguments text: brackets, colons and quotes in the help escaped. */
const zshText = (text: string) => text.replace(/[[\]:\\]/g, '\\$&').replace(/'/g, `'\\''`);

export function zshCompletion(): string {
  const described = topWords().map((top) => {
    const help = (COMMAND_HELP as Record<string, CommandHelp>)[top] as CommandHelp | undefined;
    return `    '${top}:${zshText(
      help?.summary ??
        subWords(top)
          .map((sub) => `${top} ${sub}`)
          .join(', '),
    )}'`;
  });
  const cases = entries().map(([name, help]) => {
    const specs = Object.entries(help.options).map(([option, o]) => {
      const repeat = o.multiple ? '*' : '';
      const value = o.type === 'string' ? `:${zshText(o.arg ?? 'value')}:_files` : '';
      return `'${repeat}--${option}[${zshText(o.help)}]${value}'`;
    });
    specs.push("'(-h --help)'{-h,--help}'[this help]'");
    if (help.takesModel) specs.push("'1:model:_model_registry_models'");
    else if (help.rootPositional) specs.push("'1:registry folder:_files -/'");
    else specs.push("'*:file:_files'");
    return `    '${name}') _arguments ${specs.join(' ')} ;;`;
  });
  const subs = topWords()
    .filter((top) => subWords(top).length > 0)
    .map((top) => `    ${top}) subs=(${subWords(top).join(' ')}) ;;`);
  return `#compdef model-registry
# zsh completion for model-registry: source <(model-registry completion zsh), after compinit
_model_registry_models() {
  local -a models
  models=(models/*(N/:t))
  compadd -a models
}
_model_registry() {
  local -a commands subs
  commands=(
${described.join('\n')}
    'help:a command'"'"'s usage, options and example'
  )
  if (( CURRENT == 2 )); then
    _describe command commands
    return
  fi
  local cmd=$words[2]
  case $cmd in
${subs.join('\n')}
  esac
  if (( $#subs )); then
    if (( CURRENT == 3 )); then
      compadd -a subs
      return
    fi
    cmd="$cmd $words[3]"
    shift words
    (( CURRENT-- ))
  fi
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join('\n')}
    help) _describe command commands ;;
  esac
}
compdef _model_registry model-registry
`;
}
