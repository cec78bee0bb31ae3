# bash completion for quire, the desktop app                       -*- shell-script -*-
# Installed as share/bash-completion/completions/quire; from the source tree:
# source resources/completions/quire.bash

_quire()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
    else
        local IFS=$'\n'
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
    fi
    return 0
}

complete -F _quire quire
