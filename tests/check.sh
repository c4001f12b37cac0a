#!/usr/bin/env bash
# golite's test command (what .ci/run runs).  On a fresh Debian 12 machine it installs
# the missing build packages, configures `build` if needed (with --werror when $CI is
# set), builds with ninja, then runs tests/run.py, which runs meson's C unit tests (not
# the suite entry that calls run.py itself), its own selftest and the conformance suite,
# and prints the closing line `N passed, N failed, N skipped` as the last line of this
# script.
# Exit status 0 iff nothing failed.  Extra arguments go to tests/run.py
# (filters, --jobs N, --vm, -v).
set -uo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(re2c bison meson ninja-build pkg-config libffi-dev libedit-dev libgmp-dev python3 gcc)

# An early failure still ends with a closing line, so whoever reads the last line sees it.
give_up() {
    echo "check.sh: $1"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
}

install_missing() {
    command -v dpkg-query >/dev/null 2>&1 || return 0     # not Debian: trust the machine
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "check.sh: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "check.sh: need root or sudo"; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

install_missing || give_up "could not install the build packages"

if [ ! -f build/meson-private/coredata.dat ]; then
    setup=(meson setup build)
    [ -n "${CI:-}" ] && setup+=(--werror)
    "${setup[@]}" || give_up "meson setup failed"
fi
ninja -C build || give_up "build failed"

exec python3 tests/run.py --golite build/golite --meson-unit build --with-selftest "$@"
