# fish completion for quire-cli. Installed as share/fish/vendor_completions.d/quire-cli.fish; from the
# source tree: source resources/completions/quire-cli.fish
# tests/manual checks that every option of "quire-cli --help" (and of each command's --help) is here.

set -l commands history show undo resume retry

# The encodings come from the program itself, so the list is the one it accepts.
function __quire_cli_encodings
    set -l program (commandline -opc)[1]
    command -q -- $program; or return
    $program --list-encodings 2>/dev/null
end

# Run ids for show/undo/resume/retry: the "id" fields of "history --json", newest first, and "last".
function __quire_cli_runs
    set -l program (commandline -opc)[1]
    echo last
    command -q -- $program; or return
    $program history --json 2>/dev/null | string replace -rf '^\s*"id": "([^"]*)".*' '$1'
end

complete -c quire-cli -f

# Commands, only as the first argument.
complete -c quire-cli -n "__fish_is_first_arg; and not string match -q -- '-*' (commandline -ct)" -a history -d 'List the runs, newest first'
complete -c quire-cli -n "__fish_is_first_arg; and not string match -q -- '-*' (commandline -ct)" -a show -d 'Show one run and its files'
complete -c quire-cli -n "__fish_is_first_arg; and not string match -q -- '-*' (commandline -ct)" -a undo -d 'Delete what a run created, unless changed since'
complete -c quire-cli -n "__fish_is_first_arg; and not string match -q -- '-*' (commandline -ct)" -a resume -d 'Finish an interrupted or cancelled run'
complete -c quire-cli -n "__fish_is_first_arg; and not string match -q -- '-*' (commandline -ct)" -a retry -d 'Write again only the files that failed'

# Options of a run (no command given).
set -l run "not __fish_seen_subcommand_from $commands"
complete -c quire-cli -n $run -l folder -x -a '(__fish_complete_directories)' -d 'Target folder (repeat for several)'
complete -c quire-cli -n $run -l from -x -d 'First index'
complete -c quire-cli -n $run -l to -x -d 'Last index, inclusive'
complete -c quire-cli -n $run -l step -x -d 'Step between indexes'
complete -c quire-cli -n $run -l name -x -d 'File name template'
complete -c quire-cli -n $run -l content -x -d 'Content template'
complete -c quire-cli -n $run -l content-file -r -F -d 'Read the content template from a file'
complete -c quire-cli -n $run -l content-encoding -x -a '(__quire_cli_encodings)' -d 'Encoding of --content-file'
complete -c quire-cli -n $run -l encoding -x -a '(__quire_cli_encodings)' -d 'Encoding of the files written'
complete -c quire-cli -n $run -l bom -d 'Write a byte order mark'
complete -c quire-cli -n $run -l no-bom -d 'Write no byte order mark'
complete -c quire-cli -n $run -l eol -x -a 'lf crlf cr' -d 'Line ending'
complete -c quire-cli -n $run -l if-exists -x -a 'fail skip overwrite rename' -d 'When a file exists'
complete -c quire-cli -n $run -l jobs -x -d 'Parallel writes, 1-256'
complete -c quire-cli -n $run -l durable -d 'Sync everything to disk before reporting success'
complete -c quire-cli -n $run -l no-durable -d 'Do not sync'
complete -c quire-cli -n $run -l stop-on-error -d 'Stop at the first file that fails'
complete -c quire-cli -n $run -l no-stop-on-error -d 'Go on after a failed file'
complete -c quire-cli -n $run -l dry-run -d 'Validate and show the plan; write nothing'
complete -c quire-cli -n $run -l list -d 'With --dry-run: print every planned path'
complete -c quire-cli -n $run -l format -x -a 'text json' -d 'With --dry-run: format of the plan'
complete -c quire-cli -n $run -l job -r -F -d 'Read the job from a JSON file'
complete -c quire-cli -n $run -l save-job -r -F -d 'Write the job as JSON to a file'
complete -c quire-cli -n $run -l report -r -F -d 'Write a per-file report (CSV or JSON)'
complete -c quire-cli -n $run -l report-format -x -a 'csv json' -d 'Format of --report'
complete -c quire-cli -n $run -l progress -x -a 'auto bar plain json none' -d 'How to show progress'
complete -c quire-cli -n $run -l write-method -x -a 'direct atomic' -d 'How to write each file'
complete -c quire-cli -n $run -l seed -x -d 'Fix {random} and {uuid}'
complete -c quire-cli -n $run -l shard -x -d 'Write only slice K/N of the job'
complete -c quire-cli -n $run -l run-time -x -d 'Fix {date} and {time} (ISO 8601)'
complete -c quire-cli -n $run -l rows -r -F -d 'One file per row of a CSV file'
complete -c quire-cli -n $run -l delimiter -x -a ', ; tab' -d 'Delimiter of --rows'
complete -c quire-cli -n $run -l header -d 'The first line of --rows names the columns'
complete -c quire-cli -n $run -l no-header -d 'The first line of --rows is data'
complete -c quire-cli -n $run -l rows-encoding -x -a '(__quire_cli_encodings)' -d 'Encoding of --rows'
complete -c quire-cli -n $run -l trim -d 'Strip spaces around values of --rows'
complete -c quire-cli -n $run -l no-trim -d 'Values of --rows exactly'
complete -c quire-cli -n $run -l backup -d 'With --if-exists overwrite: keep replaced files for undo'
complete -c quire-cli -n $run -l no-backup -d 'Keep no backup'
complete -c quire-cli -n $run -l no-journal -d 'Keep no journal of this run'
complete -c quire-cli -n $run -l size -x -a '4KiB 1MiB 1GiB 4kB 1MB 1GB' -d 'Repeat the content template to SIZE bytes'
complete -c quire-cli -n $run -l random-bytes -x -a '4KiB 1MiB 1GiB 4kB 1MB 1GB' -d 'SIZE random bytes per file'
complete -c quire-cli -n $run -l copy-from -r -F -d 'Every file gets the bytes of FILE'
complete -c quire-cli -n $run -l sparse -x -a '4KiB 1MiB 1GiB 4kB 1MB 1GB' -d 'SIZE bytes with no data written'
complete -c quire-cli -n $run -l verify -d 'Read every file back and compare'
complete -c quire-cli -n $run -l quiet -d 'Print only errors'
complete -c quire-cli -n $run -l list-encodings -d 'List every encoding available'
complete -c quire-cli -s h -l help -d 'Show the help'
complete -c quire-cli -n $run -s V -l version -d 'Show the version'

# The commands' own options, and their RUN argument.
complete -c quire-cli -n '__fish_seen_subcommand_from history' -l json -d 'Print the runs as a JSON array'
complete -c quire-cli -n '__fish_seen_subcommand_from history' -l prune -d 'Remove the oldest journals'
complete -c quire-cli -n '__fish_seen_subcommand_from history' -l keep -x -d 'With --prune: how many runs to keep'
complete -c quire-cli -n '__fish_seen_subcommand_from show' -l files -x -a 'all failed incomplete created none' -d 'Which files to list'
complete -c quire-cli -n '__fish_seen_subcommand_from show' -l json -d 'Print the run as a JSON object'
complete -c quire-cli -n '__fish_seen_subcommand_from undo' -l dry-run -d 'List what would be deleted and kept'
complete -c quire-cli -n '__fish_seen_subcommand_from resume retry' -l quiet -d 'No summary, and no progress unless --progress asks'
complete -c quire-cli -n '__fish_seen_subcommand_from resume retry' -l progress -x -a 'auto bar plain json none' -d 'Progress on standard error'
complete -c quire-cli -n '__fish_seen_subcommand_from show undo resume retry' -k -a '(__quire_cli_runs)' -d 'Run'
