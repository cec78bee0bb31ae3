#!/usr/bin/env bash
# CI: builds the two Debian packages as a user would (Release, Debian's hardening flags, no tests), checks the
# installed tree with desktop-file-validate and appstreamcli, runs lintian on both packages (errors and
# warnings fail unless overridden in resources/packaging/*.lintian-overrides), unpacks them into a scratch
# root and runs `quire-cli --version` and `quire --version` from there.
# Runs on a fresh Debian 12 machine as root (or with sudo for apt). About 2-4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

scripts/install-deps.sh lintian
build=${QUIRE_PACKAGE_BUILD_DIR:-build-package}
check=tests/package/check_package.py

# The flags Debian's own packages are built with (fortify, stack protector, relro, bindnow, PIE), so lintian's
# hardening checks see what a Debian build would give.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

echo "-- configure and build ($build, Release)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQUIRE_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" "${launcher[@]}"
cmake --build "$build" -- -j"$(nproc)"

echo "-- the install tree (cmake --install into a scratch prefix) and its validators"
python3 "$check" installtree --build-dir "$build"
python3 "$check" validators --build-dir "$build"

echo "-- cpack -G DEB"
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB)
for deb in "$build"/quire-cli_*.deb "$build"/quire_*.deb; do
    echo "---- $deb"
    dpkg-deb -I "$deb"
done

echo "-- the packages: fields, dependencies, contents, both programs run from a scratch root"
python3 "$check" debs --build-dir "$build" --deb-dir "$build"

echo "-- lintian"
# First every tag, overridden ones with their reason, for the log (with --show-overrides lintian exits 2 when
# any tag is overridden, so that run is not the verdict); then the verdict: errors and warnings that are not
# overridden fail.
lintian --show-overrides "$build"/quire-cli_*.deb "$build"/quire_*.deb || true
lintian --fail-on error,warning "$build"/quire-cli_*.deb "$build"/quire_*.deb

echo "ci-package: packages built and checked: $(cd "$build" && ls quire-cli_*.deb quire_*.deb | tr '\n' ' ')"
