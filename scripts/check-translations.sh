#!/usr/bin/env bash
# Fails, listing them, when a source string has no finished translation in a catalogue
# (resources/translations/quire_<lang>.ts). Runs lupdate on a temporary copy, so strings added to the
# sources but not yet to the catalogue count too, and the working tree is left alone. CI runs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/resources/translations/quire_*.ts "$tmp"/
QUIRE_TS_DIR=$tmp "$root/scripts/update-translations.sh"
python3 - "$tmp"/quire_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

missing = 0
for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1]
    for context in ET.parse(path).getroot().iter("context"):
        where = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text or "" if translation is not None else ""]
            if kind in ("unfinished", "missing") or not all(t.strip() for t in texts):
                missing += 1
                print(f"{name}: [{where}] {message.findtext('source')!r} has no finished translation")
if missing:
    print(f"{missing} string(s) without a finished translation: run scripts/update-translations.sh, "
          "translate them in Linguist (linguist resources/translations/quire_<lang>.ts), mark them finished.")
    sys.exit(1)
print("every source string has a finished translation")
PY
