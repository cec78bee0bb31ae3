#!/usr/bin/env bash
# Refreshes the translation catalogues (resources/translations/quire_<lang>.ts) from every source folder:
# new strings are added unfinished, strings gone from the sources are dropped (no obsolete entries kept).
#   scripts/update-translations.sh         update every existing language
#   scripts/update-translations.sh fr      also start a French catalogue (quire_fr.ts), then open it in Linguist
# QUIRE_TS_DIR overrides the folder (scripts/check-translations.sh runs it on a copy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ts_dir=${QUIRE_TS_DIR:-$root/resources/translations}
lupdate=$(command -v lupdate-qt6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate || true)
[ -n "$lupdate" ] || { echo "lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh)" >&2; exit 2; }

ts_files=()
for lang in "$@"; do
    ts_files+=("$ts_dir/quire_$lang.ts")
done
for ts in "$ts_dir"/quire_*.ts; do
    [ -e "$ts" ] && [[ " ${ts_files[*]} " != *" $ts "* ]] && ts_files+=("$ts")
done
[ ${#ts_files[@]} -gt 0 ] || { echo "no catalogue in $ts_dir: name a language (e.g. de)" >&2; exit 2; }

cd "$root"
# trCore (core/base/translations.h) is the core's QCoreApplication::translate; no line numbers, so a
# catalogue only changes when a string does.
"$lupdate" -silent -tr-function-alias translate+=trCore -locations none -no-obsolete -extensions cpp,h -I "$root" \
    core cli ui app -ts "${ts_files[@]}"
