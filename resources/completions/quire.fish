# fish completion for quire, the desktop app. Installed as share/fish/vendor_completions.d/quire.fish.
complete -c quire -f -a '(__fish_complete_directories)'
complete -c quire -s h -l help -d 'Show the help'
complete -c quire -s V -l version -d 'Show the version'
