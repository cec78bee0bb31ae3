#!/usr/bin/env python3
"""Checks of the manual pages and the shell completions, one per ctest test (label "manual").

    manual_checks.py CHECK --source DIR --cli QUIRE_CLI [--gui QUIRE] --version X.Y.Z [--build DIR --cmake CMAKE]

CHECK is render, options, bash, zsh, fish, gui or install (which also needs --build and --cmake). Every check compares exact output and exits 1 with
the differences; 77 (ctest's SKIP_RETURN_CODE) when the shell or tool it needs is not installed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
COMMANDS = ["history", "show", "undo", "resume", "retry"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def expect_equal(what, actual, expected):
    check(actual == expected, f"{what}:\n  expected {expected!r}\n  got      {actual!r}")


def need(tool):
    """Skips the check when the tool is missing, except in CI (CI=true), which must never pass by skipping."""
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            print(f"FAIL: {tool} is missing (scripts/install-deps.sh installs it; CI must run this check)")
            sys.exit(1)
        print(f"SKIP: {tool} is not installed")
        sys.exit(SKIP)


def run(argv, env=None, stdin=subprocess.DEVNULL, timeout=120):
    return subprocess.run(argv, env=env, stdin=stdin, capture_output=True, text=True, timeout=timeout)


def scratch_env(home):
    """The programs run with a scratch HOME and XDG folders, so no check reads or writes the real ones."""
    env = dict(os.environ, HOME=home, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = os.path.join(home, name.lower())
    env.pop("LANGUAGE", None)
    return env


# --- render -------------------------------------------------------------------------------------------


def check_render(args):
    need("groff")
    need("man")
    pages = [os.path.join(args.source, "docs", "man", page) for page in ("quire-cli.1", "quire.1")]
    for page in pages:
        result = run(["groff", "-man", "-ww", "-z", "-Tutf8", page])
        expect_equal(f"groff -man -ww -z {page}: warnings", result.stdout + result.stderr, "")
        expect_equal(f"groff {page}: exit code", result.returncode, 0)
        env = dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80")
        result = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page], env=env)
        expect_equal(f"man --warnings -l {page}: warnings", result.stderr, "")
        expect_equal(f"man -l {page}: exit code", result.returncode, 0)
        with open(page, encoding="utf-8") as source:
            header = next(line for line in source if line.startswith(".TH "))
        check(f'"Quire {args.version}"' in header, f"{page}: .TH names the version {args.version}: {header.strip()}")
        text = run(["man", "-l", page], env=env).stdout
        for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES",
                        "EXAMPLES", "BUGS", "SEE ALSO"):
            check(re.search(rf"^{section}$", text, re.M), f"{page}: no section {section}")


# --- options ------------------------------------------------------------------------------------------


def long_options(help_text):
    """The long options a --help lists: the option column of each line that starts with a dash."""
    options = set()
    for line in help_text.splitlines():
        match = re.match(r"^\s+(-[^ ].*?)(?:\s{2,}|$)", line)
        if match:
            options.update(re.findall(r"--([a-z][a-z0-9-]*)", match.group(1)))
    return options


def roff_text(path):
    with open(path, encoding="utf-8") as source:
        return source.read().replace("\\-", "-")


def file_text(path):
    with open(path, encoding="utf-8") as source:
        return source.read()


def documented(option, text):
    return re.search(rf"(?<![\w-])--{re.escape(option)}(?![\w-])", text) is not None


def fish_completes(option, text):
    return re.search(rf"(?<![\w-])-l {re.escape(option)}(?![\w-])", text) is not None


def help_of(program, env, *extra):
    result = run([program, *extra, "--help"], env=env)
    expect_equal(f"{' '.join([os.path.basename(program), *extra])} --help: exit code", result.returncode, 0)
    return result.stdout


def command_sections(command, man, bash, zsh, fish):
    """The parts of each file that describe one command, so that its options are looked for there only."""
    names = "|".join(COMMANDS)
    alternatives = rf"(?:[\w-]+\s*\|\s*)*{command}(?:\s*\|\s*[\w-]+)*\)"
    sections = [
        re.search(rf"^\.B {command} \\fR.*?(?=^\.B (?:{names}) \\fR|^\.SH)", man, re.M | re.S),
        re.search(rf"^\s*{alternatives}.*?;;", bash, re.M | re.S),
        re.search(rf"^\s*{alternatives}.*?;;", zsh, re.M | re.S),
    ]
    for part, what in zip(sections, ("manual page", "bash completion", "zsh completion")):
        check(part is not None, f"{command}: no section for it in the {what}")
    fish_lines = "\n".join(line for line in fish.splitlines()
                           if re.search(rf"__fish_seen_subcommand_from [^']*\b{command}\b", line))
    return [part.group(0) for part in sections] + [fish_lines]


def check_program_options(name, helps, source):
    man = roff_text(os.path.join(source, "docs", "man", f"{name}.1"))
    completions = os.path.join(source, "resources", "completions")
    bash = file_text(os.path.join(completions, f"{name}.bash"))
    zsh = file_text(os.path.join(completions, f"_{name}"))
    fish = file_text(os.path.join(completions, f"{name}.fish"))
    whole = (man, bash, zsh, fish)
    for where, text in helps.items():
        command = where.split()[1] if where.split()[1] in COMMANDS else None
        man, bash, zsh, fish = command_sections(command, *whole) if command else whole
        options = long_options(text) - ({"help"} if command else set())
        check(options, f"{where}: no option found in the help")
        for option in sorted(options):
            check(documented(option, man), f"{where}: --{option} is not in docs/man/{name}.1")
            check(documented(option, bash), f"{where}: --{option} is not in resources/completions/{name}.bash")
            check(documented(option, zsh), f"{where}: --{option} is not in resources/completions/_{name}")
            check(fish_completes(option, fish), f"{where}: --{option} is not in resources/completions/{name}.fish")
    return sum(len(long_options(text)) for text in helps.values())


def check_options(args):
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(home)
        helps = {"quire-cli --help": help_of(args.cli, env)}
        for command in COMMANDS:
            helps[f"quire-cli {command} --help"] = help_of(args.cli, env, command)
        count = check_program_options("quire-cli", helps, args.source)
        if args.gui:
            env.pop("DISPLAY", None)
            env.pop("WAYLAND_DISPLAY", None)
            count += check_program_options("quire", {"quire --help": help_of(args.gui, env)}, args.source)
    print(f"{count} options checked")


# --- bash ---------------------------------------------------------------------------------------------

def bash_complete(script, words, env, cwd=None):
    """COMPREPLY of the completion function that SCRIPT registers, for the command line WORDS (last = current)."""
    driver = r"""
source "$1"; shift
function=$(complete -p "${1##*/}" | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
"$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"""
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", driver, "bash", script, *words], env=env,
                            cwd=cwd, capture_output=True, text=True, timeout=60)
    check(result.returncode == 0 and result.stderr == "",
          f"bash completion of {words}: exit {result.returncode}, stderr {result.stderr!r}")
    return sorted(line for line in result.stdout.splitlines() if line)


def make_run(cli, env, folder):
    result = run([cli, "--folder", folder, "--to", "3", "--quiet"], env=env)
    expect_equal("a run to complete the id of: exit code", (result.returncode, result.stderr), (0, ""))
    history = json.loads(run([cli, "history", "--json"], env=env).stdout)
    return [entry["id"] for entry in history]


def check_bash(args):
    need("bash")
    completions = os.path.join(args.source, "resources", "completions")
    script = os.path.join(completions, "quire-cli.bash")
    loaded = run(["bash", "--norc", "-c", f"source '{script}'; complete -p quire-cli"])
    expect_equal("complete -p quire-cli", loaded.stdout, "complete -F _quire_cli quire-cli\n")
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(home)
        cli = args.cli
        encodings = run([cli, "--list-encodings"], env=env).stdout.splitlines()
        utf1 = sorted(name for name in encodings if name.startswith("UTF-1"))
        check("UTF-16LE" in utf1 and "UTF-16BE" in utf1, f"--list-encodings has UTF-16LE and UTF-16BE: {utf1}")
        cases = [
            ([cli, "--eol", ""], ["cr", "crlf", "lf"]),
            ([cli, "--eol", "=", "cr"], ["cr", "crlf"]),
            ([cli, "--if-exists", "s"], ["skip"]),
            ([cli, "--if-exists", ""], ["fail", "overwrite", "rename", "skip"]),
            ([cli, "--write-method", ""], ["atomic", "direct"]),
            ([cli, "--report-format", ""], ["csv", "json"]),
            ([cli, "--progress", ""], ["auto", "bar", "json", "none", "plain"]),
            ([cli, "--format", ""], ["json", "text"]),
            ([cli, "--encoding", "UTF-1"], utf1),
            ([cli, "--content-encoding", "UTF-1"], utf1),
            ([cli, "--no-s"], ["--no-stop-on-error"]),
            ([cli, ""], sorted(COMMANDS)),
            ([cli, "show", "--files", "in"], ["incomplete"]),
            ([cli, "show", "--"], ["--files", "--help", "--json"]),
            ([cli, "history", "--p"], ["--prune"]),
            ([cli, "undo", "--"], ["--dry-run", "--help"]),
            ([cli, "--folder", "sub"], ["subfolder"]),
            ([cli, "--job", "sub"], ["subfile.json", "subfolder"]),
        ]
        work = os.path.join(home, "work")
        os.makedirs(os.path.join(work, "subfolder"))
        open(os.path.join(work, "subfile.json"), "w").close()
        for words, expected in cases:
            expect_equal(f"bash: quire-cli {' '.join(words[1:])}<TAB>", bash_complete(script, words, env, work),
                         expected)
        ids = make_run(cli, env, os.path.join(work, "out"))
        expect_equal("bash: quire-cli show <TAB>", bash_complete(script, [cli, "show", ""], env),
                     sorted(["last", *ids]))
        expect_equal("bash: quire-cli resume l<TAB>", bash_complete(script, [cli, "resume", "l"], env), ["last"])
        gui_script = os.path.join(completions, "quire.bash")
        expect_equal("bash: quire --<TAB>", bash_complete(gui_script, ["quire", "--"], env), ["--help", "--version"])
        expect_equal("bash: quire sub<TAB>", bash_complete(gui_script, ["quire", "sub"], env, work), ["subfolder"])


# --- fish ---------------------------------------------------------------------------------------------


def fish_complete(script, line, env):
    result = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C{line!r}"],
                            env=env, capture_output=True, text=True, timeout=60)
    check(result.returncode == 0 and result.stderr == "",
          f"fish completion of {line!r}: exit {result.returncode}, stderr {result.stderr!r}")
    return sorted(entry.split("\t")[0] for entry in result.stdout.splitlines() if entry)


def check_fish(args):
    need("fish")
    completions = os.path.join(args.source, "resources", "completions")
    for name in ("quire-cli.fish", "quire.fish"):
        syntax = run(["fish", "--no-config", "-n", os.path.join(completions, name)])
        expect_equal(f"fish -n {name}", (syntax.returncode, syntax.stderr), (0, ""))
    script = os.path.join(completions, "quire-cli.fish")
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(home)
        cli = args.cli
        utf1 = sorted(name for name in run([cli, "--list-encodings"], env=env).stdout.splitlines()
                      if name.startswith("UTF-1"))
        cases = [
            ("quire-cli --eol ", ["cr", "crlf", "lf"]),
            ("quire-cli --if-exists s", ["skip"]),
            ("quire-cli --write-method ", ["atomic", "direct"]),
            ("quire-cli --progress ", ["auto", "bar", "json", "none", "plain"]),
            ("quire-cli --format ", ["json", "text"]),
            ("quire-cli --report-format ", ["csv", "json"]),
            ("quire-cli show --files ", ["all", "created", "failed", "incomplete", "none"]),
            ("quire-cli undo --", ["--dry-run", "--help"]),
            ("quire-cli ", sorted(COMMANDS)),
            (f"{cli} --encoding UTF-1", utf1),
        ]
        for line, expected in cases:
            expect_equal(f"fish: {line}<TAB>", fish_complete(script, line, env), expected)
        ids = make_run(cli, env, os.path.join(home, "out"))
        expect_equal("fish: quire-cli show <TAB>", fish_complete(script, f"{cli} show ", env), sorted(["last", *ids]))
        gui = os.path.join(completions, "quire.fish")
        expect_equal("fish: quire --<TAB>", fish_complete(gui, "quire --", env), ["--help", "--version"])


# --- zsh ----------------------------------------------------------------------------------------------

# zsh completes only inside its line editor: a zpty runs an interactive zsh in which compadd is wrapped to
# print every candidate it is given, then Tab is pressed on the line; Tab's widget prints <tabdone> once the
# completion has run, and the output up to there holds the candidates.
ZSH_DRIVER = r"""
zmodload zsh/zpty
zpty -b z 'zsh -f -i'
zpty -w z 'PS1= PS2= LISTMAX=100000; unsetopt zle_bracketed_paste 2>/dev/null; fpath=($COMPLETIONS $fpath)'
zpty -w z 'autoload -Uz compinit && compinit -u -D'
zpty -w z 'compadd() { builtin compadd "$@"; builtin compadd -O __hits "$@"; print -rl -- "<hit>"${^__hits}; }'
zpty -w z 'zstyle ":completion:*" list-prompt ""; zstyle ":completion:*" menu no'
zpty -w z 'tab() { zle complete-word; print -n "<tab""done>"; }; zle -N tab; bindkey "^I" tab'
zpty -w z 'print "<rea""dy>"'
zpty -r -m z line '*<ready>*'
zpty -n -w z "$LINE"$'\t'
zpty -r -m z out '*<tabdone>*'
zpty -d z
for line in "${(@f)out}"; do
  [[ $line == *'<hit>'* ]] && print -r -- "${${line##*<hit>}%%[[:cntrl:]]#}"
done
"""


def zsh_complete(completions, line, env):
    env = dict(env, COMPLETIONS=completions, LINE=line)
    result = subprocess.run(["zsh", "-f", "-c", ZSH_DRIVER], env=env, capture_output=True, text=True, timeout=60)
    return sorted(set(entry for entry in result.stdout.splitlines() if entry))


def check_zsh(args):
    need("zsh")
    completions = os.path.join(args.source, "resources", "completions")
    for name in ("_quire-cli", "_quire"):
        syntax = run(["zsh", "-n", os.path.join(completions, name)])
        expect_equal(f"zsh -n {name}", (syntax.returncode, syntax.stderr), (0, ""))
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(home)
        env["PATH"] = os.path.dirname(args.cli) + os.pathsep + env["PATH"]
        cases = [
            ("quire-cli --eol ", ["cr", "crlf", "lf"]),
            ("quire-cli --if-exists ", ["fail", "overwrite", "rename", "skip"]),
            ("quire-cli --write-method ", ["atomic", "direct"]),
            ("quire-cli --progress ", ["auto", "bar", "json", "none", "plain"]),
            ("quire-cli show --files ", ["all", "created", "failed", "incomplete", "none"]),
            ("quire-cli ", sorted(COMMANDS)),
            ("quire-cli show --", ["--files", "--help", "--json"]),
            ("quire-cli history --", ["--help", "--json", "--keep", "--prune"]),
            ("quire-cli --if-exists=s", ["skip"]),
            ("quire-cli --no-s", ["--no-stop-on-error"]),
        ]
        for line, expected in cases:
            expect_equal(f"zsh: {line}<TAB>", zsh_complete(completions, line, env), expected)
        utf1 = sorted(name for name in run([args.cli, "--list-encodings"], env=env).stdout.splitlines()
                      if name.startswith("UTF-1"))
        expect_equal("zsh: quire-cli --encoding UTF-1<TAB>",
                     zsh_complete(completions, "quire-cli --encoding UTF-1", env), utf1)
        ids = make_run(args.cli, env, os.path.join(home, "out"))
        expect_equal("zsh: quire-cli undo <TAB>", zsh_complete(completions, "quire-cli undo ", env),
                     sorted(["last", *ids]))
        expect_equal("zsh: quire --<TAB>", zsh_complete(completions, "quire --", env), ["--help", "--version"])


# --- gui ----------------------------------------------------------------------------------------------

GUI_HELP_START = "Usage: quire [OPTION...] [FOLDER...] [JOB.quire.json]\n"


def check_gui(args):
    if not args.gui:
        print("SKIP: built without the GUI")
        sys.exit(SKIP)
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(home)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["QT_QPA_PLATFORM"] = "xcb"  # would abort with "could not connect to display" once a QApplication exists
        result = run([args.gui, "--help"], env=env)
        expect_equal("quire --help without a display: exit code and stderr", (result.returncode, result.stderr),
                     (0, ""))
        check(result.stdout.startswith(GUI_HELP_START), f"quire --help: {result.stdout!r}")
        check("-V, --version" in result.stdout and "-h, --help" in result.stdout, f"quire --help: {result.stdout!r}")
        for option in ("--version", "-V"):
            result = run([args.gui, option], env=env)
            expect_equal(f"quire {option} without a display", (result.returncode, result.stdout, result.stderr),
                         (0, f"quire {args.version}\n", ""))
        result = run([args.gui, "--no-such-option"], env=env)
        expect_equal("quire --no-such-option: exit code and stdout", (result.returncode, result.stdout), (2, ""))
        check("no-such-option" in result.stderr and "quire --help" in result.stderr,
              f"quire --no-such-option: stderr {result.stderr!r}")
        # Qt's own options are left for QApplication, not refused: with --help after them, nothing starts.
        result = run([args.gui, "-platform", "offscreen", "-reverse", "--help"], env=env)
        expect_equal("quire -platform offscreen -reverse --help: exit code", result.returncode, 0)
        # The folders given still reach the window: one that is not a folder is named on stderr, and the app
        # runs on (offscreen) until it is stopped.
        # A file is a job to open: one that is not a job is named on stderr too.
        not_folder = os.path.join(home, "no-such-folder")
        not_a_job = os.path.join(home, "not-a-job.txt")
        with open(not_a_job, "w") as text:
            text.write("hello\n")
        try:
            result = run([args.gui, "-platform", "offscreen", home, not_folder, not_a_job], env=env, timeout=10)
            failures.append(f"quire {home} {not_folder}: ended by itself, exit {result.returncode}")
        except subprocess.TimeoutExpired as running:
            stderr = running.stderr.decode() if isinstance(running.stderr, bytes) else (running.stderr or "")
            check(f"quire: not a folder, not added: {not_folder}\n" in stderr,
                  f"quire with a missing folder: stderr {stderr!r}")
            check(f"quire: cannot open the job {not_a_job}: " in stderr and "is not valid JSON" in stderr,
                  f"quire with a file that is not a job: stderr {stderr!r}")


# --- install ------------------------------------------------------------------------------------------


def check_install(args):
    """cmake --install of each component into a scratch root; the shells and man find the files there."""
    need("bash")
    need("man")
    with tempfile.TemporaryDirectory() as root:
        components = {"cli": "quire-cli"}
        if args.gui:
            components["gui"] = "quire"
        for component, program in components.items():
            destdir = os.path.join(root, component)
            result = run([args.cmake, "--install", args.build, "--prefix", "/usr", "--component", component],
                         env=dict(os.environ, DESTDIR=destdir))
            expect_equal(f"cmake --install --component {component}", (result.returncode, result.stderr), (0, ""))
            share = os.path.join(destdir, "usr", "share")
            installed = sorted(os.path.relpath(os.path.join(folder, name), share)
                               for folder, _, names in os.walk(share) for name in names
                               if "completion" in folder or "/man" in folder)
            expect_equal(f"{component}: installed manual and completions", installed, sorted([
                f"bash-completion/completions/{program}", f"fish/vendor_completions.d/{program}.fish",
                f"man/man1/{program}.1.gz", f"zsh/vendor-completions/_{program}"]))
            found = run(["man", "-M", os.path.join(share, "man"), "-w", program]).stdout.strip()
            expect_equal(f"man -w {program} in the installed tree", found,
                         os.path.join(share, "man", "man1", f"{program}.1.gz"))
            loader = run(["bash", "--norc", "--noprofile", "-c",
                          "source /usr/share/bash-completion/bash_completion 2>/dev/null || exit 77; "
                          f"__load_completion {program}; complete -p {program}"],
                         env=dict(os.environ, XDG_DATA_DIRS=share, BASH_COMPLETION_USER_DIR=root))
            if loader.returncode != 77:
                function = "_quire_cli" if program == "quire-cli" else "_quire"
                expect_equal(f"bash-completion loads {program} from the installed tree", loader.stdout,
                             f"complete -F {function} {program}\n")
            if shutil.which("fish"):
                # fish looks for vendor completions in every $XDG_DATA_DIRS/fish/vendor_completions.d, and loads
                # them for a command it finds in PATH.
                line = f"{program} --hel"  # not --h: quire-cli also has --header
                binary = args.cli if program == "quire-cli" else args.gui
                env = dict(scratch_env(root), XDG_DATA_DIRS=share,
                           PATH=os.path.dirname(binary) + os.pathsep + os.environ["PATH"])
                listed = subprocess.run(["fish", "-c", f"complete -C{line!r}"], capture_output=True, text=True,
                                        env=env, timeout=60).stdout
                expect_equal(f"fish loads {program} from the installed tree",
                             sorted(entry.split("\t")[0] for entry in listed.splitlines()), ["--help"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check", choices=["render", "options", "bash", "zsh", "fish", "gui", "install"])
    parser.add_argument("--source", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gui")
    parser.add_argument("--version", required=True)
    parser.add_argument("--build", help="the build folder, for the install check")
    parser.add_argument("--cmake", default="cmake")
    args = parser.parse_args()
    globals()[f"check_{args.check}"](args)
    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        return 1
    print(f"PASS: {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
