#!/usr/bin/env bash
# Regenerate, or with --check verify, the goldens of golite's tests with real Go 1.19.
#
#   tests/golden.sh [--check] [--jobs N] [-v] [FILE|DIR|SUBSTRING...]   (default: all tests)
#
# - `// run` tests are built with `go build -trimpath` (GO111MODULE=off, empty GOFLAGS,
#   a temporary GOPATH, and a temporary GOCACHE when the default one is unusable) and
#   run in their directory with their `// args:`.  <name>.out gets the combined
#   stdout+stderr (removed when empty), <name>.exit the exit status (removed when 0).
#   A golden is rewritten only when it differs beyond the parts the runner normalises
#   (trace paths, offsets, argument words).  --check writes nothing and fails on any
#   difference.
# - `// errorcheck` tests are built with `go build -gcflags=-e` (all errors, not 10):
#   go's errors must satisfy the ERROR annotations under golite's matching rule.
# - `// compile` tests must build with go.
# - `// escape` tests: <name>.m gets go's `go build -gcflags='-m -l'` diagnostics (golite's
#   `golite build -m` must print the same; `// differs: L:C reason` excludes a position).
# The work is done by tests/run.py --go, which holds the test conventions, the
# normaliser and the ERROR matcher shared with golite's runner.  Ends with the line
# `N passed, N failed, N skipped`; exit status 1 if anything failed.
set -euo pipefail

if ! command -v go >/dev/null 2>&1; then
    echo "golden.sh: go not found, installing golang-go" >&2
    sudo=()
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-go
fi

exec python3 "$(dirname "$0")/run.py" --go "$@"
