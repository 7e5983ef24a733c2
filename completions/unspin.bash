# bash completion for unspin(1).
#
# The options come from `unspin --help` (and `unspin SUBCOMMAND --help`), read
# once per shell, so completion never falls behind the program; pack names
# come from `unspin rules list`.

_unspin_options() {  # _unspin_options [SUBCOMMAND...]: the options their help lists
  local key="_unspin_opts_${*// /_}"
  if [[ -z "${!key-}" ]]; then
    printf -v "$key" '%s' "$(command unspin "$@" --help 2>/dev/null |
      grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | sed 's/^[ ,]//' | sort -u | tr '\n' ' ')"
  fi
  printf '%s' "${!key}"
}

_unspin() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD - 1]}"
    words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
  fi

  # The subcommand path typed so far: "rules test", "vocab build", ...
  local -a path=()
  local i
  for ((i = 1; i < cword; i++)); do
    case "${words[i]}" in
      review | learn | eval) [[ ${#path[@]} -eq 0 ]] && path=("${words[i]}") ;;
      rules | vocab | lm | lexicon) [[ ${#path[@]} -eq 0 ]] && path=("${words[i]}") ;;
      test | import | list | build | lookup) [[ ${#path[@]} -eq 1 ]] && path+=("${words[i]}") ;;
    esac
  done

  case "$prev" in
    --pack)
      COMPREPLY=($(compgen -W "$(command unspin rules list 2>/dev/null |
        sed -n 's/^\([A-Za-z0-9_-]*\).*rules.*/\1/p')" -- "$cur"))
      return ;;
    --spell) COMPREPLY=($(compgen -W "report fix off" -- "$cur")); return ;;
    --suggest) COMPREPLY=($(compgen -W "fast full off" -- "$cur")); return ;;
    --format)
      if [[ "${path[*]}" == "rules import" ]]; then
        COMPREPLY=($(compgen -W "auto pipe spintax" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "text diff word-diff json lint sarif" -- "$cur"))
      fi
      return ;;
    --config)
      COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
    --original | --spun | --expected)
      COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
    --lang)
      COMPREPLY=($(compgen -W "$(ls /usr/share/hunspell/*.dic 2>/dev/null |
        sed 's|.*/||; s|\.dic$||')" -- "$cur"))
      return ;;
    --rules | --vocab | --vocab-only | --lm | --arpa | --sphinx | --dict | -o | --output | --in-place | \
    --lexicon | --mythes | --wordnet | --moby | --inflections)
      COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
    --min-confidence | --min-score | --threshold | --field | --threads | --max-doc-bytes | \
    --max-rule-file-bytes | --min-count | --max-words | --number-word | --max-candidates | --limit | \
    --exclude | --sources | --disable | --enable)
      return ;;  # a value of the user's
  esac

  # --color takes its value only after '=' (a bare --color is always).
  if [[ "$cur" == --color=* ]]; then
    COMPREPLY=($(compgen -P "--color=" -W "auto always never" -- "${cur#--color=}"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(_unspin_options "${path[@]}")" -- "$cur"))
    return
  fi
  case "${path[*]}" in
    "") COMPREPLY=($(compgen -W "review rules vocab lm lexicon learn eval" -- "$cur")) ;;
    rules) COMPREPLY=($(compgen -W "test import list" -- "$cur")) ;;
    vocab | lm) COMPREPLY=($(compgen -W "build" -- "$cur")) ;;
    lexicon) COMPREPLY=($(compgen -W "build lookup" -- "$cur")) ;;
  esac
  COMPREPLY+=($(compgen -f -- "$cur"))
  compopt -o filenames 2>/dev/null
}
complete -F _unspin unspin
