#!/usr/bin/env bash
# Installs what is missing, builds Quire and launches the desktop app (arguments go to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_BUILD_GUI=ON >/dev/null
cmake --build build --target quire quire-cli
exec build/app/quire "$@"
