#!/usr/bin/env bash
# tests/cli/run.sh GOLITE — what `golite` does with input that is not a program: an
# empty file, a binary file, a malformed one, a missing one, no program at all. Each
# must end with an error message and its exit status (1 for bad input, 2 for a usage
# mistake), never a crash or a hang. Prints one line per failure and `N passed, N failed`.
set -u
golite=${1:?usage: tests/cli/run.sh GOLITE}
golite=$(cd "$(dirname "$golite")" && pwd)/$(basename "$golite")
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
pass=0 fail=0
check() {  # check NAME WANT-STATUS MESSAGE-REGEX -- COMMAND...
  local name=$1 want=$2 re=$3; shift 4
  local out status
  out=$(timeout 20 "$@" 2>&1 </dev/null); status=$?
  if [[ $status == "$want" ]] && grep -Eq "$re" <<<"$out"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL cli/$name: exit status $status (want $want), output:"; sed 's/^/    /' <<<"$out"; fi
}
: >"$tmp/empty.go"
check empty_file 1 '^empty\.go:1:1: syntax error: package statement must be first$' -- "$golite" run empty.go
head -c 4096 "$golite" >"$tmp/binary.go"
check binary_file 1 '^binary\.go:1:1: ' -- "$golite" run binary.go
printf 'package main\n\nfunc main() {\n\tx := \n' >"$tmp/malformed.go"
check malformed_file 1 '^malformed\.go:[0-9]+:[0-9]+: syntax error: ' -- "$golite" run malformed.go
printf 'package main\n\nfunc main() { undefinedName() }\n' >"$tmp/undefined.go"
check compile_error 1 '^undefined\.go:3:15: undefined: undefinedName$' -- "$golite" run undefined.go
check missing_file 1 '^golite: open .*missing\.go: No such file or directory$' -- "$golite" run missing.go
check directory 1 '^golite: ' -- "$golite" run "$tmp"
check no_program 2 '^usage: golite' -- "$golite" run
check unknown_command 2 '^golite: unknown command "frobnicate"' -- "$golite" frobnicate
check dev_null 1 '^/dev/null:1:1: syntax error: package statement must be first$' -- "$golite" run /dev/null
check empty_stdin 1 '^<stdin>:1:1: syntax error: package statement must be first$' -- "$golite" -
echo "$pass passed, $fail failed"
((fail == 0))
