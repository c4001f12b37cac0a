#!/usr/bin/env bash
# tools/build.sh — set-up and build on a fresh Debian 12 machine.
# Installs the missing build packages (apt-get, with sudo when not root), configures
# the `build` directory if needed (with --werror when $CI is set) and builds it.
#   tools/build.sh DIR [MESON OPTIONS...]  configures and builds DIR instead, e.g.
#   tools/build.sh build-switch -Dvm_switch=true   (the switch-dispatch VM)
# Exit status non-zero when any step fails.
set -uo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(re2c bison meson ninja-build pkg-config libffi-dev libedit-dev libgmp-dev python3 gcc)

install_missing() {
    command -v dpkg-query >/dev/null 2>&1 || return 0     # not Debian: trust the machine
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "build.sh: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "build.sh: need root or sudo"; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

dir=${1:-build}
shift $(($# > 0 ? 1 : 0))
install_missing || { echo "build.sh: could not install the build packages"; exit 1; }
if [ ! -f "$dir/meson-private/coredata.dat" ]; then
    setup=(meson setup "$dir" "$@")
    [ -n "${CI:-}" ] && setup+=(--werror)
    "${setup[@]}" || { echo "build.sh: meson setup failed"; exit 1; }
fi
ninja -C "$dir" || { echo "build.sh: build failed"; exit 1; }
