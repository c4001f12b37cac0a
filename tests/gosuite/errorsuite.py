#!/usr/bin/env python3
"""errorsuite.py — does golite report the compile errors Go 1.19's `// errorcheck` tests want?

Runs `golite build -e` (every error, as `go tool compile -e`) on each `// errorcheck`
test of /usr/share/go-1.19/test (top level, ken, chan, interface, fixedbugs) and judges
it exactly as Go's test/run.go judges errorcheck tests:

  - the compilation must fail ("compilation succeeded unexpectedly" otherwise);
  - output lines starting with a tab continue the previous error;
  - for each `// ERROR "re" "re2"...` comment (not on a line containing `////`), in
    file order, each quoted regexp takes the error lines of `NAME.go:LINE` (the file
    name without its directory, then `:` or `[`; LINE, LINE+N, LINE-N inside a
    regexp name lines too); the regexp
    must match at least one of them after the first space (past `file:line:col:`);
    those it matches are used up, the others go back; none left: "missing error";
  - every error line left over at the end is "unmatched": the test fails.

Two kinds of line are dropped from golite's output first, because `go build` (whose
output golite's matches) reports them and `go tool compile` without -complete (run.go's
command) does not: the linker's "function main is undeclared in the main package" and
"missing function body" (gc expects assembly for a bodyless function; not for init,
which gc reports too).

Which tests count: recipes `errorcheck` alone or with `-d=panic`/`-e`/`-C`, which
do not change what gc reports. Tests with other compiler flags (-m, -l, -live,
-d=ssa/..., -lang, -std, -+, -race) judge optimiser output, another language
version or the runtime's own rules, and are skipped as "compiler-flag test";
escapesuite.py judges the `-0 -m -l` ones. Build constraints are honoured as in
runsuite.py. A skip reason also comes from golite's own message when it declines a
program (an unsupported package, generics).

Go's regexps are RE2; they are compiled with Python's re, which agrees on the ones
the suite uses (a regexp Python cannot compile fails its test, with the reason).

usage: tests/gosuite/errorsuite.py [--golite build/golite] [--jobs 2] [--timeout 30]
           [--write] [--passing FILE] [--check FILE] [-v] [FILTER...]
  (the options mean what they mean to runsuite.py; --write rewrites the "Error
  checks" section of docs/conformance.md)
Needs golang-1.19-src (apt-get install golang-1.19-src).
"""
import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import runsuite as S  # noqa: E402

HEADING = "## Error checks"
# The standard library's import paths (a test importing another path wants an error).
GO_PACKAGES = {str(p.relative_to(Path("/usr/share/go-1.19/src")).parent)
               for p in Path("/usr/share/go-1.19/src").glob("**/*.go")}
HARMLESS_FLAGS = ("-d=panic", "-e", "-C")

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])(\d+))?")


def load(path):
    """The Test for an `// errorcheck` file, or None for any other file."""
    r = S.recipe(path, "errorcheck")
    if not r:
        return None
    src, flags = r
    t = S.Test(path=path, name=path.relative_to(S.GOTEST).as_posix(), args=[], flags=flags)
    if S.constrained_out(src):
        t.skip = "build constraint"
    elif [f for f in flags if f not in HARMLESS_FLAGS]:
        t.skip = "compiler-flag test"
    return t


def all_tests():
    tests = []
    for d in S.DIRS:
        for f in sorted((S.GOTEST / d).glob("*.go")):
            t = load(f)
            if t:
                tests.append(t)
    return tests


def wanted_errors(src, short):
    """run.go's wantedErrors: [(regexp text, compiled or error, prefix, line)]."""
    wants = []
    for lineno, line in enumerate(src.split("\n"), 1):
        if "////" in line:
            continue
        m = ERR_AUTO_RX.search(line)
        if m:
            continue            # ERRORAUTO: only errorcheckwithauto tests, not selected
        m = ERR_RX.search(line)
        if not m:
            continue
        quoted = QUOTES_RX.findall(m.group(1))
        if not quoted:
            raise ValueError("%s:%d: invalid errchk line: %s" % (short, lineno, line))
        for q in quoted:
            def line_ref(mm, lineno=lineno):
                n = lineno
                if mm.group(2) == "+":
                    n += int(mm.group(3))
                elif mm.group(2) == "-":
                    n -= int(mm.group(3))
                return "%s:%d" % (short, n)
            rx = LINE_RX.sub(line_ref, q)
            try:
                compiled = re.compile(rx)
            except re.error as e:
                compiled = e
            wants.append((rx, compiled, "%s:%d" % (short, lineno), lineno))
    return wants


# What `go build` reports and `go tool compile` without -complete (run.go's
# command) does not: the linker's missing main, and bodyless functions (gc
# expects their assembly).
LINK_ONLY = re.compile(r"^[^:\s]+: function main is undeclared in the main package$")


def not_compile_error(line, src_lines):
    if LINK_ONLY.match(line):
        return True
    if line.endswith(": missing function body"):
        # gc reports it without -complete too, for init alone
        m = re.match(r"[^:]+:(\d+):", line)
        n = int(m.group(1)) if m else 0
        return not (0 < n <= len(src_lines) and re.search(r"\bfunc\s+init\b", src_lines[n - 1]))
    return False


def match_prefix(s, prefix):
    """run.go's matchPrefix: s's file (directory cut) and line are prefix, followed
    by ':' or '['."""
    i = s.find(":")
    if i < 0:
        return False
    s = s[s.rfind("/", 0, i) + 1:]
    return len(s) > len(prefix) and s.startswith(prefix) and s[len(prefix)] in ":["


def error_check(out, src, long, short):
    """run.go's errorCheck: a list of problems (empty when the test passes)."""
    lines = []
    for line in out.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and lines:
            lines[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or line.startswith("<autogenerated>"):
            continue
        elif line.strip():
            lines.append(line)
    src_lines = src.split("\n")
    lines = [l.replace(long, short) for l in lines if not not_compile_error(l, src_lines)]
    problems = []
    for rx, compiled, prefix, lineno in wanted_errors(src, short):
        msgs = [l for l in lines if match_prefix(l, prefix)]
        lines = [l for l in lines if not match_prefix(l, prefix)]
        if not msgs:
            problems.append("%s:%d: missing error %r" % (short, lineno, rx))
            continue
        if isinstance(compiled, re.error):
            problems.append("%s:%d: regexp %r is not Python's: %s" % (short, lineno, rx, compiled))
            lines += msgs
            continue
        matched = False
        rest = []
        for msg in msgs:
            text = msg.split(" ", 1)[1] if " " in msg else msg
            if compiled.search(text):
                matched = True
            else:
                rest.append(msg)
        lines += rest
        if not matched:
            problems.append("%s:%d: no match for %r in: %s" % (
                short, lineno, rx, " | ".join(m.split("\n")[0] for m in rest)))
    for l in lines:
        problems.append("unmatched: " + l.split("\n")[0])
    return problems


def judge(golite, t, timeout):
    if t.skip:
        return S.Result(t, "skip", t.skip)
    status, got, timed_out = S.execute(golite, t, timeout, command=("build", "-e"))
    if timed_out:
        return S.Result(t, "timeout", "timed out after %gs" % timeout, "", got)
    if status < 0:
        return S.Result(t, "crash", "killed by " + S.describe_signal(status),
                        got.split("\n")[0], got)
    src = t.path.read_text(errors="replace")
    if status == 0:
        return S.Result(t, "fail", "compilation succeeded unexpectedly", "(no error)", got)
    try:
        problems = error_check(got, src, t.name, t.path.name)
    except ValueError as e:
        return S.Result(t, "skip", "malformed ERROR comment", str(e), got)
    if not problems:
        return S.Result(t, "pass")
    # Declined, not judged: a package golite does not provide, generics. (An
    # `undefined: pkg.Name` may be the very error the test wants: not a skip.)
    why = S.unsupported(got, src)
    if why and not why.startswith("unsupported API") and (
            not why.startswith("unsupported package ") or why.split()[-1] in GO_PACKAGES):
        return S.Result(t, "skip", why, got.split("\n")[0], got)
    return S.Result(t, "fail", "%d problem%s" % (len(problems), "s" * (len(problems) > 1)),
                    problems[0], got)


SECTION = """## Error checks: `golite build -e` on the `// errorcheck` tests

Made by

    {command}

(golite built from commit {head}; {jobs} jobs, {timeout:g} s timeout per test).
Each `// errorcheck` test of test/ (top level), ken, chan, interface and fixedbugs is
judged as Go's test/run.go judges it (tests/gosuite/errorsuite.py says how): the
compilation fails, every `// ERROR "regexp"` matches an error golite reports on its line,
and golite reports no other error. Recipes with compiler flags other than `-d=panic`
judge gc's optimiser or another language version and are skipped ("compiler-flag
test"; tests/gosuite/escapesuite.py runs the `-0 -m -l` ones against golite's escape
analysis). `tests/gosuite/errorcheck_passing.txt` lists the passing tests;
`python3 tests/gosuite/errorsuite.py --check tests/gosuite/errorcheck_passing.txt`
checks that they still pass, as tests/check.sh does.

{table}

Why tests were skipped:

{why}

Failing tests (the first problem):

{fails}

Crashing tests:

{crashes}

Timeouts:

{timeouts}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--golite", default=str(S.REPO / "build" / "golite"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--passing", metavar="FILE")
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("filters", nargs="*")
    opts = ap.parse_args()
    if not S.GOTEST.is_dir():
        sys.exit("errorsuite.py: %s missing (apt-get install golang-1.19-src)" % S.GOTEST)
    golite = os.path.abspath(opts.golite)
    if opts.write and (opts.filters or opts.check):
        sys.exit("errorsuite.py: --write needs a full run (no FILTER, no --check)")
    tests = all_tests()
    missing = []
    if opts.check:
        listed = [l.strip() for l in Path(opts.check).read_text().split("\n")
                  if l.strip() and not l.startswith("#")]
        by_name = {t.name: t for t in tests}
        missing = [n for n in listed if n not in by_name]
        tests = [by_name[n] for n in listed if n in by_name]
    if opts.filters:
        tests = [t for t in tests if any(f in t.name for f in opts.filters)]
    if not tests:
        sys.exit("errorsuite.py: no test selected")
    with tempfile.TemporaryDirectory(prefix="errorsuite.") as tmp:
        results = S.run_all(S.snapshot(golite, tmp), tests, opts.jobs, opts.timeout, opts.verbose,
                             judge_fn=judge)
    text, why = S.table(results, "`// errorcheck` tests")
    print(text)
    if why:
        print()
        print(why)
    for r in results:
        if r.status in ("crash", "timeout") or (r.status == "fail" and opts.check):
            print("%s: %s: %s: %s" % (r.status, r.test.name, r.reason, r.first))
    if opts.passing:
        Path(opts.passing).write_text("".join(r.test.name + "\n" for r in results
                                              if r.status == "pass"))
    if opts.write:
        argv = ["tests/gosuite/errorsuite.py", "--golite", os.path.relpath(golite, S.REPO)]
        if opts.jobs != 2:
            argv += ["--jobs", str(opts.jobs)]
        if opts.timeout != 30:
            argv += ["--timeout", "%g" % opts.timeout]
        argv.append("--write")
        if opts.passing:
            argv += ["--passing", os.path.relpath(os.path.abspath(opts.passing), S.REPO)]
        pick = lambda s: [r for r in results if r.status == s]
        S.write_doc(SECTION.format(
            command="python3 " + " ".join(argv), head=S.git_head(), jobs=opts.jobs,
            timeout=opts.timeout, table=text, why=why or "None.",
            fails=S.detail_table(pick("fail")), crashes=S.detail_table(pick("crash")),
            timeouts=S.detail_table(pick("timeout"))), HEADING)
    if opts.check:
        bad = [r for r in results if r.status != "pass"]
        for n in missing:
            print("check: %s: not an `// errorcheck` test of %s" % (n, S.GOTEST))
        for r in bad:
            print("check: %s no longer passes: %s %s" % (r.test.name, r.status, r.reason))
        print("check: %d of %d listed tests pass" % (len(results) - len(bad),
                                                      len(results) + len(missing)))
        return 1 if bad or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
