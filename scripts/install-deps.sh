#!/usr/bin/env bash
# Installs what building, testing and running Quire needs on Debian 12 / Ubuntu 23.04+ (Qt 6.4+).
# Only missing packages are installed; uses sudo when not root.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n strace time e2fsprogs mount
          libgl-dev python3 "$@")
# The package tests (tests/package): cpack's dpkg-shlibdeps, and the desktop entry and AppStream validators.
packages+=(dpkg-dev desktop-file-utils appstream shared-mime-info)
# The manual and completion tests (tests/manual): man page rendering and the three shells.
packages+=(groff man-db zsh fish bash-completion)
# The desktop notification test (tests/ui/tst_accessibility): a private session bus.
packages+=(dbus-daemon)
# The shard tests (tests/slurm): a private single-node Slurm with munge, and GNU parallel.
packages+=(slurm-wlm munge parallel)
# Content generator tests (tests/cli/tst_generators) and benchmark: reflinks on a loop-mounted btrfs.
packages+=(btrfs-progs)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
