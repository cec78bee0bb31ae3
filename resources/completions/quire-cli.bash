# bash completion for quire-cli                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/quire-cli (loaded on demand by bash-completion);
# from the source tree: source resources/completions/quire-cli.bash
# tests/manual checks that every option of "quire-cli --help" (and of each command's --help) is here.

_quire_cli_run_options='--folder --from --to --step --name --content --content-file --content-encoding
    --encoding --bom --no-bom --eol --if-exists --jobs --durable --no-durable --stop-on-error
    --no-stop-on-error --dry-run --list --format --job --save-job --report --report-format
    --list-encodings --quiet --progress --write-method --seed --backup --no-backup --no-journal
    --rows --delimiter --header --no-header --rows-encoding --trim --no-trim
    --help --version
    --size --random-bytes --copy-from --sparse --verify'
# One job over many machines (--shard K/N, --run-time ISO8601).
_quire_cli_run_options+=' --shard --run-time'
_quire_cli_commands='history show undo resume retry'

# The encodings come from the program itself, so the list is the one it accepts.
_quire_cli_encodings()
{
    "$1" --list-encodings 2>/dev/null
}

# Run ids for show/undo/resume/retry: the "id" fields of "history --json", newest first, and "last".
_quire_cli_runs()
{
    printf '%s\n' last
    "$1" history --json 2>/dev/null | sed -n 's/^ *"id": "\([^"]*\)".*/\1/p'
}

# Sets COMPREPLY to the words of $1 (one per line) that start with $2.
_quire_cli_matching()
{
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$1" -- "$2"))
}

_quire_cli_files()
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$1"))
}

_quire_cli_dirs()
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -d -- "$1"))
}

# Completes the value of option $1; returns 1 if $1 takes no value.
_quire_cli_value()
{
    local option=$1 cur=$2 program=$3
    case $option in
    --encoding | --content-encoding | --rows-encoding) _quire_cli_matching "$(_quire_cli_encodings "$program")" "$cur" ;;
    --eol) _quire_cli_matching $'lf\ncrlf\ncr' "$cur" ;;
    --if-exists) _quire_cli_matching $'fail\nskip\noverwrite\nrename' "$cur" ;;
    --write-method) _quire_cli_matching $'direct\natomic' "$cur" ;;
    --report-format) _quire_cli_matching $'csv\njson' "$cur" ;;
    --progress) _quire_cli_matching $'auto\nbar\nplain\njson\nnone' "$cur" ;;
    --format) _quire_cli_matching $'text\njson' "$cur" ;;
    --files) _quire_cli_matching $'all\nfailed\nincomplete\ncreated\nnone' "$cur" ;;
    --job | --content-file | --report | --save-job | --rows | --copy-from) _quire_cli_files "$cur" ;;
    --delimiter) _quire_cli_matching $',\n;\ntab' "$cur" ;;
    --size | --random-bytes | --sparse) _quire_cli_matching $'4KiB\n1MiB\n1GiB\n4kB\n1MB\n1GB' "$cur" ;;
    --folder) _quire_cli_dirs "$cur" ;;
    --from | --to | --step | --jobs | --seed | --name | --content | --keep) COMPREPLY=() ;;
    --shard | --run-time) COMPREPLY=() ;;
    *) return 1 ;;
    esac
    return 0
}

_quire_cli_command_options()
{
    case $1 in
    history) printf '%s' '--json --prune --keep --help' ;;
    show) printf '%s' '--files --json --help' ;;
    undo) printf '%s' '--dry-run --help' ;;
    resume | retry) printf '%s' '--quiet --progress --help' ;;
    esac
}

_quire_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev= program=${COMP_WORDS[0]}
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # "--eol=c": bash splits at "=", so the option is two words back.
    if [[ $cur == = ]]; then
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    COMPREPLY=()
    [[ $prev == -* ]] && _quire_cli_value "$prev" "$cur" "$program" && return 0

    local command=
    ((COMP_CWORD > 1)) && [[ " $_quire_cli_commands " == *" ${COMP_WORDS[1]} "* ]] && command=${COMP_WORDS[1]}
    if [[ -n $command ]]; then
        if [[ $cur == -* ]]; then
            _quire_cli_matching "$(_quire_cli_command_options "$command" | tr ' ' '\n')" "$cur"
        elif [[ $command != history ]]; then
            _quire_cli_matching "$(_quire_cli_runs "$program")" "$cur"
        fi
    elif [[ $cur == -* ]]; then
        _quire_cli_matching "$(printf '%s\n' $_quire_cli_run_options)" "$cur"
    elif ((COMP_CWORD == 1)); then
        _quire_cli_matching "$(printf '%s\n' $_quire_cli_commands)" "$cur"
    fi
    return 0
}

complete -F _quire_cli quire-cli
