#!/usr/bin/env python3
r"""golite's conformance test runner, and the one place that knows the test conventions.

Test files (Go's own test/ convention)
  tests/<area>/<name>.go at any depth, except under tests/unit (C unit tests),
  tests/selftest (this runner's fixtures), tests/gosuite, and any directory
  named testdata.  The first line says what kind of test the file is:

  // run         A program, valid for `go run`.  Its expected stdout and stderr,
                 combined (2>&1) exactly as the program built by real Go printed
                 them, are in <name>.out beside it (absent: no output); its
                 expected exit status is in <name>.exit, a single number (absent:
                 0).  An optional second line `// args: a b c` gives the
                 command-line arguments (split at white space, no quoting).
                 golite must pass `golite check FILE` silently with status 0,
                 then `golite run FILE ARGS...` must print the golden output and
                 exit with the golden status.
  // errorcheck  A file with compile errors.  Each line that must produce an
                 error carries `// ERROR "regexp"...`.  `golite check FILE` must
                 exit 1 and its errors must satisfy the annotations (below).
  // compile     `golite check FILE` must exit 0 and print nothing.
  // unprovided  A valid Go program using standard functions golite does not
                 provide: `golite build FILE` must fail as an errorcheck test
                 does (exit 1, errors matching the ERROR annotations, "undefined:
                 os.Pipe (not provided by golite)").  golden.sh only checks that
                 go builds it.
  // ffi         A program using golite's ffi package (Go has none): the expected
                 output is what <name>.c, compiled with `cc ... -lm` and run in
                 the test's directory, printed (stdout and stderr combined) and
                 its exit status.  golite must run the program and print the
                 same, or, with a <name>.lines file beside it, exit as the C
                 program does and print those lines (as for run tests: a crash
                 the C program cannot reproduce exactly).  golden.sh skips
                 these: go cannot run them.
  // escape      A program whose escape analysis `golite build -m FILE` prints:
                 the lines must equal <name>.m, what `go build -gcflags='-m -l'`
                 printed (file paths without ./).  A line `// differs: L:C
                 reason` in the test leaves out the diagnostics at L:C on both
                 sides, for a known, explained difference.

  A run test with a <name>.lines file beside it is judged on its exit status
  and on those lines instead of the whole output: each line of <name>.lines
  must appear, in order, as a whole line of the output.  This is for programs
  whose full output cannot be normalised (a stack overflow makes go print
  runtime frames and addresses); <name>.out is then absent.

  // repl      A program, valid for `go run`, that does what <name>.repl, a REPL
                 session, does: the session's output must equal the program's
                 golden (<name>.out from real Go, as for run tests), so the values
                 the REPL echoes are checked against what Go prints for them.
                 golite must check the program, then `golite repl < <name>.repl`
                 must print the golden and exit 0.
  A <name>.repl file without a <name>.go beside it is a REPL test of golite's
  own interface (meta-commands, errors positioned in an entry, prompts): its
  expected output, hand-written since it is not Go's, is <name>.out.

  Any other first line is an error.  A .out or .exit file without a `// run`
  test beside it is an error (checked on full runs).  Programs run in their
  test's directory, with stdin from /dev/null, without GOTRACEBACK, GODEBUG,
  GOGC and GOMAXPROCS in their environment, and with a per-test timeout.

ERROR annotations (match_errors), as in Go's test/run.go
  `// ERROR` is followed by one or more regexps, each "double-quoted" or
  `backquoted`.  The quoted text is the regexp as written, as in Go's test/run.go,
  so `\(` is a regexp escape and \" embeds a quote; LINE, LINE+n and LINE-n stand
  for `name.go:N` (the file and that line, offset by n).  Errors are lines
  `FILE:LINE:COL: message` (golite must give the column; go may omit it); lines
  that start with a tab continue the previous message, and a `too many errors`
  line is ignored.  A regexp is searched for (unanchored) in the message only.
  The check passes when, on every line:
    - each regexp is matched by an error of its own (two regexps on a line need
      two errors; the pairing is a maximum matching, so order does not matter);
    - every other error on the line matches one of the line's regexps (Go's rule:
      a regexp takes every matching error on its line);
  so a line without annotation must have no error at all.  Regexps are Python's
  `re`, which agrees with Go's RE2 for the usual patterns (no \pL classes).

Output normalisation (normalise), applied to both sides before comparing
  Goroutine traces differ between Go builds and golite in addresses and paths:
    - a location line `\t<dir>/<file>.go:<line> +0x<hex>` becomes `\t<file>.go:<line>`
      (directory and offset dropped; the offset may be absent);
    - the line before a location line is a frame, `pkg.fn(args)`: its last
      parenthesised argument list becomes `(...)` (Go prints register words);
    - `[signal SIGSEGV: ... code=0x1 addr=0x0 pc=0x45a3b2]` gets `code=? addr=? pc=?`;
    - `exit status N` lines (printed by `go run`) are dropped;
    - everything else, `goroutine N [running]:` included, must match exactly.

Modes
  run.py [--golite PATH] [--jobs N] [--timeout S] [--vm|--no-vm] [-v] [FILTER...]
      Run the suite against golite.  A FILTER is a file or directory path (files
      are taken even from excluded directories) or a substring of the test path
      relative to tests/.  tests/xfail.txt lists tests known to fail: a listed
      test that fails is an expected failure (counted as skipped); one that
      passes is an XPASS failure, so the list can only shrink.
      --meson-unit BUILDDIR first runs the meson C unit tests (all registered
      tests except those that run this script) and counts them in the total;
      --with-selftest counts the selftest below as one more test.
  run.py --go [--check] [--jobs N] [FILE...]
      What tests/golden.sh runs, with real Go: rewrite goldens of `// run` tests
      (--check: only report differences), verify that go's errors satisfy the
      ERROR annotations of `// errorcheck` tests, and that `// compile` tests build.
  run.py --selftest
      Check this runner's own logic against the fixtures in tests/selftest with
      fake golite outputs.

Every mode ends with exactly one closing line `N passed, N failed, N skipped`,
and exits 0 if and only if nothing failed.  Selecting no test at all is a failure.
"""

import argparse
import collections
import concurrent.futures
import dataclasses
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

# golite has no VM yet: `// run` tests are only type-checked (`golite check`) and
# their execution counts as skipped, never as passed.  The VM issue turns this on;
# --vm / --no-vm override it for one run.
VM_AVAILABLE = True

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
XFAIL_FILE = TESTS_DIR / "xfail.txt"
SELFTEST_DIR = TESTS_DIR / "selftest"
SAMPLES_DIR = REPO_DIR / "samples"     # showcase programs: part of the suite
EXCLUDED_TOP = {"unit", "selftest", "gosuite", "fuzz", "sched"}   # directories directly under tests/ (sched: tests/sched/run.sh)
EXCLUDED_ANY = {"testdata"}
KINDS = {"// run": "run", "// errorcheck": "errorcheck", "// compile": "compile", "// escape": "escape",
         "// ffi": "ffi", "// unprovided": "unprovided", "// repl": "repl"}
UNSET_ENV = ("GOTRACEBACK", "GODEBUG", "GOGC", "GOMAXPROCS")
DIFF_LINES = 80      # longest diff printed for one failure


# ---------------------------------------------------------------- test files

@dataclasses.dataclass
class Test:
    path: Path               # absolute
    name: str                # tests/-relative path when inside tests/, else as found
    kind: str = ""           # run, errorcheck, compile; "" when the header is bad
    args: list = dataclasses.field(default_factory=list)
    problem: str = ""        # why the file is not a valid test


def display_name(path):
    for base in (TESTS_DIR, REPO_DIR):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return str(path)


def test_files(top):
    """The tests under top: .go files, and .repl files without a .go beside them."""
    return [p for p in walk_tests(top, (".go", ".repl"))
            if p.suffix == ".go" or not p.with_suffix(".go").exists()]


def all_tests():
    return test_files(TESTS_DIR) + walk_tests(SAMPLES_DIR)


def load_test(path):
    t = Test(path=path, name=display_name(path))
    if path.suffix == ".repl":
        t.kind = "replui"       # golite's own REPL interface: a hand-written .out
        return t
    try:
        lines = path.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
    except OSError as e:
        t.problem = f"cannot read: {e.strerror}"
        return t
    first = lines[0].rstrip()
    t.kind = KINDS.get(first, "")
    if not t.kind:
        t.problem = (f"first line {first!r} is not one of "
                     + ", ".join(repr(k) for k in KINDS))
        return t
    if len(lines) > 1 and lines[1].startswith("// args:"):
        if t.kind != "run":
            t.problem = "`// args:` is only for `// run` tests"
        t.args = lines[1][len("// args:"):].split()
    return t


def read_lines_golden(t):
    """The required lines of a .lines run test, or None."""
    f = t.path.with_suffix(".lines")
    if not f.exists():
        return None
    return f.read_text(encoding="utf-8").splitlines()


def lines_in_order(required, output):
    """The first required line not found (in order) in output, or None."""
    got = output.split("\n")
    k = 0
    for want in required:
        while k < len(got) and got[k] != want:
            k += 1
        if k == len(got):
            return want
        k += 1
    return None


def read_golden(t):
    """Expected (output, exit status) of a run test; raises ValueError on a bad .exit."""
    out_file, exit_file = t.path.with_suffix(".out"), t.path.with_suffix(".exit")
    out = out_file.read_bytes().decode("utf-8", "surrogateescape") if out_file.exists() else ""
    status = 0
    if exit_file.exists():
        text = exit_file.read_text().strip()
        if not re.fullmatch(r"[0-9]+", text):
            raise ValueError(f"{exit_file.name}: {text!r} is not an exit status")
        status = int(text)
    return out, status


def escape_lines(output, filename):
    """The -m diagnostics of a build as `file.go:L:C: text` lines (go's header and ./ dropped)."""
    lines = []
    for line in output.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("./"):
            line = line[2:]
        lines.append(line)
    return lines


def escape_differs(t):
    """Positions `L:C` whose -m lines a `// differs: L:C reason` comment excludes."""
    text = t.path.read_text(encoding="utf-8", errors="surrogateescape")
    return set(re.findall(r"^\s*// differs: ([0-9]+:[0-9]+) ", text, re.M))


def escape_compare(t, got_lines):
    """None if golite's -m lines equal the golden .m ones outside the excluded positions."""
    golden = t.path.with_suffix(".m")
    if not golden.exists():
        return f"no golden {golden.name}"
    want = escape_lines(golden.read_text(), t.path.name)
    skip = escape_differs(t)
    keep = lambda ls: [l for l in ls if l.split(": ", 1)[0].split(":", 1)[-1] not in skip]
    want, got = keep(want), keep(got_lines)
    if want != got:
        return unified_diff("\n".join(want) + "\n", "\n".join(got) + "\n")
    return None


def walk_tests(top, suffixes=(".go",)):
    """The test files (by default .go) under top, pruning excluded directories below it."""
    top = top.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames
                             if d not in EXCLUDED_ANY
                             and not (here == TESTS_DIR and d in EXCLUDED_TOP))
        found += [here / f for f in sorted(filenames) if f.endswith(suffixes)]
    return found


def select_tests(filters):
    """(paths, notes): the tests named by filters (all tests when there are none)."""
    if not filters:
        return all_tests(), []
    everything = None
    chosen, notes = {}, []
    for f in filters:
        matched = []
        for p in (Path(f), TESTS_DIR / f):
            if p.is_file():
                matched = [p.resolve()]
                break
            if p.is_dir():
                matched = test_files(p)
                break
        else:
            if everything is None:
                everything = all_tests()
            matched = [p for p in everything if f in display_name(p)]
        if not matched:
            notes.append(f"note: filter {f!r} selected no test")
        for p in matched:
            chosen[p] = True
    return sorted(chosen), notes


def orphan_goldens(tests):
    """Failures for the .out/.exit files under tests/ that belong to no `// run` test."""
    run_stems = {t.path.with_suffix("") for t in tests if t.kind in ("run", "ffi", "repl", "replui")}
    return [Outcome(display_name(f), "fail", f"no `// run` test {f.stem}.go beside it")
            for f in walk_tests(TESTS_DIR, (".out", ".exit", ".lines"))
            if f.with_suffix("") not in run_stems] + \
        [Outcome(display_name(f), "fail", f"no `// escape` test {f.stem}.go beside it")
         for f in walk_tests(TESTS_DIR, (".m",))
         if f.with_suffix("") not in {t.path.with_suffix("") for t in tests if t.kind == "escape"}]


def load_xfail(path=XFAIL_FILE):
    """{test name: reason} from tests/xfail.txt; `#` starts a comment."""
    entries = {}
    if not path.exists():
        return entries
    for line in path.read_text().split("\n"):
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line:
            name, *reason = line.split(None, 1)
            entries[name] = reason[0] if reason else ""
    return entries


# ---------------------------------------------------------------- normalisation

LOC_RE = re.compile(r"^\t(?:.*/)?([^/]+\.go):([0-9]+)(?: \+0x[0-9a-f]+)?$")
FRAME_ARGS_RE = re.compile(r"\([^()]*\)$")
SIGNAL_RE = re.compile(r"\b(code|addr|pc)=0x[0-9a-f]+")
EXIT_LINE_RE = re.compile(r"^exit status [0-9]+$")


def normalise(text):
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if EXIT_LINE_RE.match(line):
            continue
        m = LOC_RE.match(line)
        if m:
            line = f"\t{m[1]}:{m[2]}"
        elif i + 1 < len(lines) and LOC_RE.match(lines[i + 1]):
            line = FRAME_ARGS_RE.sub("(...)", line)
        elif line.startswith("[signal "):
            line = SIGNAL_RE.sub(r"\1=?", line)
        out.append(line)
    return "\n".join(out)


def unified_diff(want, got):
    diff = list(difflib.unified_diff(want.split("\n"), got.split("\n"),
                                     "expected", "got", lineterm=""))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f"... ({len(diff) - DIFF_LINES} more diff lines)"]
    return "\n".join(diff)


# ---------------------------------------------------------------- ERROR annotations

ERROR_RE = re.compile(r"// (?:GC_)?ERROR (.*)")
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')
LINE_REF_RE = re.compile(r"LINE(?:([+-])([0-9]+))?")
DIAG_RE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>[0-9]+)(?::(?P<col>[0-9]+))?: (?P<msg>.*)$")

Diag = collections.namedtuple("Diag", "line col msg")


def parse_annotations(source, filename):
    """{line number: [regexp, ...]} from the file's `// ERROR` comments.
    Raises ValueError for an annotation without a quoted regexp."""
    wants = {}
    for lineno, line in enumerate(source.split("\n"), 1):
        m = ERROR_RE.search(line)
        if not m:
            continue
        regexps = []
        for dq, bq in QUOTED_RE.findall(m[1]):
            rx = dq or bq
            def line_ref(r, lineno=lineno):
                n = lineno + (int(r[2]) if r[1] == "+" else -int(r[2]) if r[1] else 0)
                return re.escape(f"{filename}:{n}")
            regexps.append(LINE_REF_RE.sub(line_ref, rx))
        if not regexps:
            raise ValueError(f"line {lineno}: ERROR annotation without a quoted regexp")
        wants[lineno] = regexps
    return wants


def parse_diagnostics(output, filename, go_output=False):
    """(diags, bad lines) from a compiler's output.  With go_output, `#` header
    lines are skipped and the column is optional."""
    diags, bad = [], []
    for line in output.split("\n"):
        if line == "" or (go_output and line.startswith("#")):
            continue
        if line.startswith("\t") and diags:
            d = diags[-1]
            diags[-1] = d._replace(msg=d.msg + "\n" + line)
            continue
        if line == "too many errors":
            continue
        m = DIAG_RE.match(line)
        if not m or (m["col"] is None and not go_output):
            bad.append(f"not an error line `FILE:LINE:COL: message`: {line}")
        elif os.path.basename(m["file"]) != filename:
            bad.append(f"error in another file: {line}")
        elif m["msg"] != "too many errors":
            diags.append(Diag(int(m["line"]), int(m["col"] or 0), m["msg"]))
    return diags, bad


def max_matching(regexps, msgs):
    """{regexp index: msg index}, a maximum matching of regexps to messages they match."""
    owner = {}                                  # msg index -> regexp index
    def augment(r, seen):
        for e, msg in enumerate(msgs):
            if e not in seen and regexps[r].search(msg):
                seen.add(e)
                if e not in owner or augment(owner[e], seen):
                    owner[e] = r
                    return True
        return False
    for r in range(len(regexps)):
        augment(r, set())
    return {r: e for e, r in owner.items()}


def match_errors(wants, diags):
    """Problems (strings) when diags do not satisfy the annotations wants."""
    by_line = collections.defaultdict(list)
    for d in diags:
        by_line[d.line].append(d)
    problems = []
    for lineno in sorted(set(wants) | set(by_line)):
        got = by_line.get(lineno, [])
        regexps = []
        for rx in wants.get(lineno, []):
            try:
                regexps.append(re.compile(rx))
            except re.error as e:
                problems.append(f"line {lineno}: bad regexp {rx!r}: {e}")
        paired = max_matching(regexps, [d.msg for d in got])
        for r, rx in enumerate(regexps):
            if r not in paired:
                seen = "; got: " + " | ".join(d.msg.split("\n")[0] for d in got) if got else ""
                problems.append(f"line {lineno}: missing error matching {rx.pattern!r}{seen}")
        taken = set(paired.values())
        for e, d in enumerate(got):
            if e not in taken and not any(rx.search(d.msg) for rx in regexps):
                problems.append(f"line {lineno}: unexpected error: {d.line}:{d.col}: {d.msg}")
    return problems


def check_errors(t, output, go_output=False):
    """Problems with a compiler's output for errorcheck test t."""
    source = t.path.read_bytes().decode("utf-8", "surrogateescape")
    try:
        wants = parse_annotations(source, t.path.name)
    except ValueError as e:
        return [str(e)]
    if not wants:
        return ["errorcheck test without any // ERROR annotation"]
    diags, bad = parse_diagnostics(output, t.path.name, go_output)
    return match_errors(wants, diags) + bad


# ---------------------------------------------------------------- running programs

@dataclasses.dataclass
class Proc:
    status: int              # exit status; negative: killed by that signal
    output: str              # stdout and stderr combined
    timed_out: bool = False


@dataclasses.dataclass
class Outcome:
    name: str
    status: str              # pass, fail, skip, xfail
    reason: str = ""
    detail: str = ""


EXTRA_ENV = {}     # --env KEY=VALUE: set for every program run (GOMAXPROCS=1, stress modes)


def child_env(extra=None):
    env = {k: v for k, v in os.environ.items() if k not in UNSET_ENV}
    env.update(EXTRA_ENV)
    env.update(extra or {})
    return env


def invoke(argv, cwd, timeout, env=None, stdin=None):
    """Run argv in cwd (stdin from the file stdin, else /dev/null), stdout and stderr
    combined, killing its process group on timeout."""
    inp = open(stdin, "rb") if stdin else subprocess.DEVNULL
    p = subprocess.Popen(argv, cwd=cwd, stdin=inp, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, env=env or child_env(),
                         start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        timed_out = True
    if stdin:
        inp.close()
    return Proc(p.returncode, out.decode("utf-8", "surrogateescape"), timed_out)


def describe(p, timeout):
    if p.timed_out:
        return f"timed out after {timeout:g}s"
    if p.status < 0:
        try:
            return f"killed by {signal.Signals(-p.status).name}"
        except ValueError:
            return f"killed by signal {-p.status}"
    return f"exit status {p.status}"


def indent(text):
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


def eval_golite(t, golite, vm, timeout, run=invoke):
    """The outcome of test t under golite; run(argv, cwd, timeout) executes a command."""
    fail = lambda reason, detail="": Outcome(t.name, "fail", reason, detail)
    if t.problem:
        return fail(t.problem)
    cwd, file = t.path.parent, t.path.name
    if t.kind == "replui":
        return eval_repl(t, golite, t.path, t.path.with_suffix(".out").read_text()
                         if t.path.with_suffix(".out").exists() else "", timeout, run)
    check = run([golite, "build" if t.kind == "unprovided" else "check", file], cwd, timeout)
    if t.kind in ("errorcheck", "unprovided"):
        if check.timed_out or check.status < 0:
            return fail(f"golite check: {describe(check, timeout)}", check.output)
        problems = check_errors(t, check.output)
        if check.status != 1:
            problems.insert(0, f"golite check: {describe(check, timeout)}, want exit status 1")
        if problems:
            return fail(problems[0], "\n".join(problems[1:]))
        return Outcome(t.name, "pass")
    if check.timed_out or check.status != 0 or check.output:
        printed = " and output" if check.output and not check.timed_out else ""
        return fail(f"golite check: {describe(check, timeout)}{printed}, "
                    "want exit status 0 and no output", check.output)
    if t.kind == "compile":
        return Outcome(t.name, "pass")
    if t.kind == "escape":
        got = run([golite, "build", "-m", file], cwd, timeout)
        if got.timed_out or got.status != 0:
            return fail(f"golite build -m: {describe(got, timeout)}", got.output[-2000:])
        diff = escape_compare(t, escape_lines(got.output, file))
        if diff:
            return fail("golite build -m: diagnostics differ from go's", diff)
        return Outcome(t.name, "pass")
    if t.kind == "ffi":
        want, problem = c_reference(t, timeout)
        if problem:
            return fail(problem, want.output[-2000:] if want else "")
        want_out, want_status = want.output, want.status
    else:
        try:
            want_out, want_status = read_golden(t)
        except ValueError as e:
            return fail(str(e))
    if not vm:
        return Outcome(t.name, "skip", "execution skipped: no VM")
    if t.kind == "repl":
        if want_status != 0:
            return fail("a `// repl` test's program must exit 0")
        return eval_repl(t, golite, t.path.with_suffix(".repl"), want_out, timeout, run)
    got = run([golite, "run", file] + t.args, cwd, timeout)
    if got.timed_out:
        return fail(f"golite run: {describe(got, timeout)}", got.output[-2000:])
    required = read_lines_golden(t)
    if required is not None:
        missing = lines_in_order(required, got.output)
        if got.status != want_status:
            return fail(f"golite run: {describe(got, timeout)}, want exit status {want_status}",
                        got.output[-2000:])
        if missing is not None:
            return fail(f"golite run: output lacks the line {missing!r}", got.output[-2000:])
        return Outcome(t.name, "pass")
    diff = ""
    if normalise(got.output) != normalise(want_out):
        diff = unified_diff(normalise(want_out), normalise(got.output))
    if got.status != want_status:
        return fail(f"golite run: {describe(got, timeout)}, want exit status {want_status}", diff)
    if diff:
        return fail("golite run: output differs from the golden", diff)
    return Outcome(t.name, "pass")


def eval_repl(t, golite, session, want_out, timeout, run=invoke):
    """`golite repl < session` must print want_out and exit 0."""
    fail = lambda reason, detail="": Outcome(t.name, "fail", reason, detail)
    if not session.exists():
        return fail(f"no REPL session {session.name} beside it")
    got = run([golite, "repl"], session.parent, timeout, stdin=session) if run is invoke \
        else run([golite, "repl"], session.parent, timeout)
    if got.timed_out or got.status != 0:
        return fail(f"golite repl: {describe(got, timeout)}", got.output[-2000:])
    if normalise(got.output) != normalise(want_out):
        return fail("golite repl: output differs from the golden",
                    unified_diff(normalise(want_out), normalise(got.output)))
    return Outcome(t.name, "pass")


def c_reference(t, timeout):
    """For an ffi test: (Proc of <name>.c compiled and run, None) or (Proc or None, problem)."""
    csrc = t.path.with_suffix(".c")
    if not csrc.exists():
        return None, f"{csrc.name} is missing: an ffi test is compared with its C program"
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return None, "no C compiler (cc) for the ffi test's reference program"
    with tempfile.TemporaryDirectory(prefix="golite-ffi-") as tmp:
        exe = str(Path(tmp) / "ref")
        built = invoke([cc, "-O1", "-w", "-o", exe, str(csrc), "-lm"], t.path.parent, max(timeout, 60))
        if built.timed_out or built.status != 0:
            return built, f"cc {csrc.name}: {describe(built, timeout)}"
        ref = invoke([exe] + t.args, t.path.parent, timeout)
    if ref.timed_out or ref.status < 0:
        return ref, f"{csrc.name}'s program: {describe(ref, timeout)}"
    return ref, None


def apply_xfail(outcome, xfail):
    if outcome.name not in xfail:
        return outcome
    if outcome.status == "fail":
        return dataclasses.replace(outcome, status="xfail")
    if outcome.status == "pass":
        return Outcome(outcome.name, "fail", "XPASS (remove it from tests/xfail.txt)")
    return outcome


# ---------------------------------------------------------------- reporting

def report(outcomes, notes, verbose, selected):
    """Print failures, summary and the closing line; return the exit status.
    selected is the number of test files chosen: none at all is a failure."""
    outcomes = sorted(outcomes, key=lambda o: o.name)
    counts = collections.Counter(o.status for o in outcomes)
    for o in outcomes:
        if o.status == "fail":
            print(f"FAIL {o.name}: {o.reason}")
            if o.detail.strip():
                print(indent(o.detail))
        elif verbose:
            print(f"{o.status.upper():5} {o.name}" + (f": {o.reason}" if o.reason else ""))
    for n in notes:
        print(n)
    if counts["xfail"]:
        print(f"{counts['xfail']} expected failure(s), listed in tests/xfail.txt")
    novm = sum(1 for o in outcomes if o.status == "skip" and o.reason.endswith("no VM"))
    if novm:
        print(f"{novm} run tests passed `golite check`; their execution was skipped "
              f"(VM_AVAILABLE is off; --vm forces it)")
    if not selected:
        print("error: no test was selected")
        counts["fail"] += 1
    print(f"{counts['pass']} passed, {counts['fail']} failed, "
          f"{counts['skip'] + counts['xfail']} skipped")
    return 1 if counts["fail"] else 0


def run_parallel(fn, items, jobs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(fn, items))


# ---------------------------------------------------------------- meson unit tests

def meson_unit(builddir, timeout):
    """Run the meson-registered C unit tests (not those that run this script)."""
    try:
        info = json.loads(subprocess.run(["meson", "introspect", builddir, "--tests"],
                                         capture_output=True, check=True, text=True).stdout)
    except (OSError, subprocess.CalledProcessError, json.JSONDecodeError) as e:
        return [Outcome("unit", "fail", f"meson introspect {builddir} --tests: {e}")]
    names = [t["name"] for t in info
             if not any(Path(str(c)).name == "run.py" for c in t["cmd"])]
    if not names:
        return []
    sys.stdout.flush()
    subprocess.run(["meson", "test", "-C", builddir, "--no-rebuild", "--print-errorlogs"]
                   + names, stdin=subprocess.DEVNULL)
    outcomes = []
    try:
        with open(Path(builddir) / "meson-logs" / "testlog.json") as log:
            results = [json.loads(line) for line in log if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        return [Outcome("unit", "fail", f"no meson test log: {e}")]
    for r in results:
        # meson logs "project:suite / name"; introspection gives the bare name
        r["name"] = r["name"].split(" / ")[-1]
        status = {"OK": "pass", "EXPECTEDFAIL": "pass", "SKIP": "skip"}.get(r["result"], "fail")
        outcomes.append(Outcome(f"unit:{r['name']}", status,
                                "" if status != "fail" else f"meson test: {r['result']} (log above)"))
    missing = set(names) - {r["name"] for r in results}
    outcomes += [Outcome(f"unit:{n}", "fail", "meson test did not report it") for n in sorted(missing)]
    return outcomes


# ---------------------------------------------------------------- mode: golite

def main_golite(opts):
    golite = str(Path(opts.golite).resolve())
    vm = VM_AVAILABLE if opts.vm is None else opts.vm
    outcomes = meson_unit(opts.meson_unit, opts.timeout) if opts.meson_unit else []
    if opts.with_selftest:
        outcomes.append(selftest_outcome())
    paths, notes = select_tests(opts.filters)
    tests = [load_test(p) for p in paths]
    if tests and not os.access(golite, os.X_OK):
        print(f"error: golite binary {golite} is missing or not executable")
        print(f"0 passed, {len(tests)} failed, 0 skipped")
        return 1
    xfail = load_xfail()
    for name in sorted(xfail):
        if not (TESTS_DIR / name).is_file():
            outcomes.append(Outcome(f"xfail.txt:{name}", "fail", "no such test; remove the entry"))
    if not opts.filters:
        outcomes += orphan_goldens(tests)     # now: tests may be added while we run
    selected = len(tests)
    excluded = [t for t in tests if any(x in t.name for x in opts.exclude)]
    for t in excluded:
        outcomes.append(Outcome(t.name, "skip", "excluded by --exclude"))
    tests = [t for t in tests if t not in excluded]
    def one(t):
        return apply_xfail(eval_golite(t, golite, vm, opts.timeout), xfail)
    outcomes += run_parallel(one, tests, opts.jobs)
    return report(outcomes, notes, opts.verbose, selected)


# ---------------------------------------------------------------- mode: go (golden.sh)

def go_env(tmp):
    env = child_env({"GO111MODULE": "off", "GOFLAGS": "", "GOPATH": str(Path(tmp) / "gopath")})
    cache = subprocess.run(["go", "env", "GOCACHE"], capture_output=True, text=True, env=env)
    gocache = cache.stdout.strip()
    if cache.returncode != 0 or gocache in ("", "off"):
        env["GOCACHE"] = str(Path(tmp) / "gocache")
    else:
        try:
            os.makedirs(gocache, exist_ok=True)
            if not os.access(gocache, os.W_OK):
                raise OSError
        except OSError:
            env["GOCACHE"] = str(Path(tmp) / "gocache")
    return env


def eval_go(t, env, tmp, check_only, timeout):
    """The outcome of test t under real Go; for run tests (not check_only) the goldens
    are rewritten when what go prints now differs in more than the normalised parts."""
    fail = lambda reason, detail="": Outcome(t.name, "fail", reason, detail)
    if t.problem:
        return fail(t.problem)
    if t.kind == "ffi":
        return Outcome(t.name, "skip", "ffi test: compared with its C program, not with go")
    if t.kind == "replui":
        return Outcome(t.name, "skip", "REPL interface test: golite's own text, not go's")
    cwd, file = t.path.parent, t.path.name
    work = Path(tempfile.mkdtemp(dir=tmp))
    binary = str(work / "prog")
    gcflags = ["-gcflags=-e"] if t.kind == "errorcheck" else []
    if t.kind == "escape":
        gcflags = ["-gcflags=-m -l"]
    build = invoke(["go", "build", "-trimpath"] + gcflags + ["-o", binary, file],
                   cwd, max(timeout, 120), env)
    if t.kind == "errorcheck":
        if build.timed_out or build.status == 0:
            return fail(f"go build: {describe(build, timeout)}, want compile errors", build.output)
        problems = check_errors(t, build.output, go_output=True)
        if problems:
            return fail("go's errors do not satisfy the ERROR annotations: " + problems[0],
                        "\n".join(problems[1:] + ["go printed:", build.output]))
        return Outcome(t.name, "pass")
    if build.timed_out or build.status != 0:
        return fail(f"go build: {describe(build, timeout)}", build.output)
    if t.kind in ("compile", "unprovided"):
        return Outcome(t.name, "pass")
    if t.kind == "escape":
        text = "\n".join(escape_lines(build.output, file)) + "\n"
        golden = t.path.with_suffix(".m")
        old = golden.read_text() if golden.exists() else None
        if old == text:
            return Outcome(t.name, "pass")
        if check_only:
            return fail("golden .m differs from what go build -gcflags='-m -l' prints now",
                        unified_diff(old or "", text))
        golden.write_text(text)
        return Outcome(t.name, "pass", "golden written")
    got = invoke([binary] + t.args, cwd, timeout, env)
    if got.timed_out or got.status < 0:
        return fail(f"program built by go: {describe(got, timeout)}", got.output[-2000:])
    try:
        want_out, want_status = read_golden(t)
    except ValueError as e:
        if check_only:
            return fail(str(e))
        want_out, want_status = "", None        # rewritten below
    required = read_lines_golden(t)
    if required is not None:
        missing = lines_in_order(required, got.output)
        if missing is not None:
            return fail(f"go's output lacks the line {missing!r} of {t.path.with_suffix('.lines').name}",
                        got.output[-2000:])
        if want_status != got.status:
            if check_only:
                return fail(f"golden exit status {want_status}, go exits {got.status}")
            t.path.with_suffix(".exit").write_text(f"{got.status}\n")
            return Outcome(t.name, "pass", "golden written")
        return Outcome(t.name, "pass")
    same = want_status == got.status and normalise(want_out) == normalise(got.output)
    if same:
        return Outcome(t.name, "pass")
    if check_only:
        diff = unified_diff(normalise(want_out), normalise(got.output))
        reason = "golden differs from what go prints now"
        if want_status != got.status:
            reason += f" (exit status {got.status}, golden {want_status})"
        return fail(reason, diff)
    out_file, exit_file = t.path.with_suffix(".out"), t.path.with_suffix(".exit")
    if got.output:
        out_file.write_bytes(got.output.encode("utf-8", "surrogateescape"))
    elif out_file.exists():
        out_file.unlink()
    if got.status:
        exit_file.write_text(f"{got.status}\n")
    elif exit_file.exists():
        exit_file.unlink()
    return Outcome(t.name, "pass", "golden written")


def main_go(opts):
    if not shutil.which("go"):
        print("error: go is not installed (apt-get install golang-go)")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    paths, notes = select_tests(opts.filters)
    tests = [load_test(p) for p in paths]
    version = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    if " go1.19" not in version:
        notes.append(f"warning: the goldens are Go 1.19's, this is {version or 'an unknown go'}")
    with tempfile.TemporaryDirectory(prefix="golite-golden-") as tmp:
        env = go_env(tmp)
        outcomes = run_parallel(lambda t: eval_go(t, env, tmp, opts.check, opts.timeout),
                                tests, opts.jobs)
    written = [o for o in outcomes if o.reason == "golden written"]
    for o in sorted(written, key=lambda o: o.name):
        print(f"wrote golden of {o.name}")
    if not opts.check:
        notes.append(f"{len(written)} goldens written, "
                     f"{sum(1 for t in tests if t.kind in ('run', 'escape')) - len(written)} unchanged")
    return report(outcomes, notes, opts.verbose, len(tests))


# ---------------------------------------------------------------- mode: selftest

# What golite might print for tests/selftest/panic.go: other paths, no offsets, no
# argument words, and `exit status 2` as `go run` adds it.
FAKE_PANIC = """\
panic: runtime error: index out of range [5] with length 3

goroutine 1 [running]:
main.(*T).get(...)
	/elsewhere/tests/selftest/panic.go:9
main.main()
	/elsewhere/tests/selftest/panic.go:13
exit status 2
"""

# What golite should print for tests/selftest/errors.go, shuffled by the cases below.
FAKE_ERRORS = [
    'errors.go:8:14: cannot use "one" (untyped string constant) as int value in variable declaration',
    "errors.go:9:6: undefined: missing",
    "errors.go:9:16: undefined: alsoMissing",
    "too many errors",
]


def fake_golite(check, run=None):
    """A stand-in for invoke that answers `golite check` and `golite run` with the
    given Procs and records the command lines it was asked to run."""
    def invoke_fake(argv, cwd, timeout):
        invoke_fake.calls.append(argv)
        return {"check": check, "run": run}[argv[1]]
    invoke_fake.calls = []
    return invoke_fake


def selftest_results():
    """[(case, failure or "")]: the normaliser, the ERROR matcher, the golite evaluation
    and the xfail rules checked against the fixtures in tests/selftest, with fake
    golite outputs.  Needs neither go nor golite."""
    fixture = lambda name: load_test(SELFTEST_DIR / name)
    hello, panics = fixture("hello.go"), fixture("panic.go")
    errs, comp = fixture("errors.go"), fixture("compile.go")
    go_panic, _ = read_golden(panics)
    ok = Proc(0, "")

    def status(t, check, run=None, vm=True, xfail=()):
        outcome = eval_golite(t, "golite", vm, 5, fake_golite(check, run))
        return apply_xfail(outcome, set(xfail)).status

    def errors(drop=None, add=(), edit=lambda s: s, reverse=False):
        lines = [edit(l) for i, l in enumerate(FAKE_ERRORS) if i != drop] + list(add)
        return Proc(1, "\n".join(reversed(lines) if reverse else lines) + "\n")

    def args_are_passed():
        fake = fake_golite(ok, Proc(0, ""))
        eval_golite(hello, "g", True, 5, fake)
        return fake.calls == [["g", "check", "hello.go"], ["g", "run", "hello.go", "one", "two"]]

    def xfail_syntax():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "xfail.txt"
            path.write_text("# header\n\na/b.go \t reason here # note\nc.go\n")
            return load_xfail(path) == {"a/b.go": "reason here", "c.go": ""}

    bad_header = load_test(Path(__file__))
    segv = "[signal SIGSEGV: segmentation violation code={} addr={} pc={}]"
    cases = {
        "fixtures: headers and args": lambda:
            [(t.kind, t.args) for t in (hello, panics, errs, comp)]
            == [("run", ["one", "two"]), ("run", []), ("errorcheck", []), ("compile", [])],
        "fixtures: goldens": lambda: read_golden(panics)[1] == 2 and read_golden(hello)[0] != "",
        "bad first line is an error": lambda:
            bad_header.problem != "" and status(bad_header, ok) == "fail",
        "normalise: golite trace equals go's": lambda:
            "+0x" in go_panic and "0x" in go_panic.split("\n")[4]
            and normalise(FAKE_PANIC) == normalise(go_panic),
        "normalise: another line number differs": lambda:
            normalise(FAKE_PANIC.replace("panic.go:13", "panic.go:12")) != normalise(go_panic),
        "normalise: another goroutine differs": lambda:
            normalise(FAKE_PANIC.replace("goroutine 1 ", "goroutine 2 ")) != normalise(go_panic),
        "normalise: SIGSEGV values masked": lambda:
            normalise(segv.format("0x1", "0x0", "0x457c76"))
            == normalise(segv.format("0x2", "0x8", "0x1")),
        "normalise: other output kept": lambda:
            normalise("f(0x1)\n\tgo:3 +0x1\n") == "f(0x1)\n\tgo:3 +0x1\n",
        "errorcheck: right errors pass": lambda: status(errs, errors()) == "pass",
        "errorcheck: order does not matter": lambda: status(errs, errors(reverse=True)) == "pass",
        "errorcheck: missing error fails": lambda: status(errs, errors(drop=0)) == "fail",
        "errorcheck: second regexp on a line needs its own error": lambda:
            status(errs, errors(drop=2)) == "fail",
        "errorcheck: error on an unannotated line fails": lambda:
            status(errs, errors(add=["errors.go:5:1: undefined: x"])) == "fail",
        "errorcheck: unmatched message fails": lambda:
            status(errs, errors(edit=lambda l: l.replace("missing", "mising"))) == "fail",
        "errorcheck: extra matching error on the line passes (Go's rule)": lambda:
            status(errs, errors(add=["errors.go:9:30: undefined: missing"])) == "pass",
        "errorcheck: golite error without column fails": lambda:
            status(errs, errors(edit=lambda l: l.replace(":9:6:", ":9:"))) == "fail",
        "errorcheck: stray output line fails": lambda:
            status(errs, errors(add=["something else"])) == "fail",
        "errorcheck: go output (# header, ./ paths, no column) passes": lambda:
            not check_errors(errs, "# command-line-arguments\n" + "\n".join(
                "./" + l.replace(":9:6:", ":9:") for l in FAKE_ERRORS[:3]), go_output=True),
        "errorcheck: exit status 0 fails": lambda: status(errs, Proc(0, errors().output)) == "fail",
        "errorcheck: timeout fails": lambda: status(errs, Proc(-9, errors().output, True)) == "fail",
        "errorcheck: LINE and backquotes": lambda:
            parse_annotations('x // ERROR `a\\(b` "at LINE-1"', "f.go") == {1: ["a\\(b", "at f\\.go:0"]},
        "compile: silent check passes": lambda: status(comp, ok) == "pass",
        "compile: output from check fails": lambda: status(comp, Proc(0, "warning\n")) == "fail",
        "compile: check crash fails": lambda: status(comp, Proc(-11, "")) == "fail",
        "run: without VM a passed check is skipped": lambda: status(panics, ok, vm=False) == "skip",
        "run: without VM a failed check fails": lambda:
            status(panics, Proc(1, "panic.go:1:1: e\n"), vm=False) == "fail",
        "run: matching run passes": lambda: status(panics, ok, Proc(2, FAKE_PANIC)) == "pass",
        "run: wrong exit status fails": lambda: status(panics, ok, Proc(1, FAKE_PANIC)) == "fail",
        "run: wrong output fails": lambda: status(hello, ok, Proc(0, "nope\n")) == "fail",
        "run: timeout fails": lambda: status(hello, ok, Proc(-9, "", True)) == "fail",
        "run: args are passed": args_are_passed,
        "xfail: listed failure is expected": lambda:
            status(hello, ok, Proc(0, "nope\n"), xfail=[hello.name]) == "xfail",
        "xfail: listed pass is an XPASS failure": lambda: status(comp, ok, xfail=[comp.name]) == "fail",
        "xfail: listed skip stays skipped": lambda:
            status(hello, ok, vm=False, xfail=[hello.name]) == "skip",
        "xfail: file syntax": xfail_syntax,
        "default selection leaves fixtures out": lambda:
            not any(SELFTEST_DIR in p.parents for p in select_tests([])[0]),
    }
    results = []
    for name, case in cases.items():
        try:
            results.append((name, "" if case() else "wrong result"))
        except Exception as e:          # a crash in the logic is a failure too
            results.append((name, f"{type(e).__name__}: {e}"))
    return results


def selftest():
    results = selftest_results()
    for name, why in results:
        print(f"FAIL {name}: {why}" if why else f"ok   {name}")
    failed = sum(1 for _, why in results if why)
    print(f"{len(results) - failed} passed, {failed} failed, 0 skipped")
    return 1 if failed else 0


def selftest_outcome():
    """The selftest as one outcome of a suite run (--with-selftest)."""
    failures = [f"{name}: {why}" for name, why in selftest_results() if why]
    if failures:
        return Outcome("run.py --selftest", "fail", f"{len(failures)} selftest cases failed",
                       "\n".join(failures))
    return Outcome("run.py --selftest", "pass")


# ---------------------------------------------------------------- main

def main():
    sys.stdout.reconfigure(errors="backslashreplace")
    ap = argparse.ArgumentParser(description="golite's test runner (conventions: see the top of this file)")
    ap.add_argument("--golite", default=str(REPO_DIR / "build" / "golite"),
                    help="golite binary (default: build/golite)")
    ap.add_argument("--jobs", "-j", type=int, default=len(os.sched_getaffinity(0)),
                    help="tests run at once (default: CPUs available)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per test (default 30)")
    ap.add_argument("--vm", dest="vm", action="store_true", default=None,
                    help="execute run tests with `golite run` (default: VM_AVAILABLE)")
    ap.add_argument("--no-vm", dest="vm", action="store_false", help="only check run tests")
    ap.add_argument("--meson-unit", metavar="BUILDDIR", help="also run meson's C unit tests")
    ap.add_argument("--go", action="store_true", help="golden mode with real Go (tests/golden.sh)")
    ap.add_argument("--check", action="store_true", help="with --go: report, write nothing")
    ap.add_argument("--selftest", action="store_true", help="check the runner itself")
    ap.add_argument("--with-selftest", action="store_true",
                    help="count the selftest as one test of the suite run")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per test")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                    help="set in the environment of the programs run (after the variables "
                         "the runner removes), e.g. GOMAXPROCS=1 or GOLITE_PREEMPT_STRESS=1")
    ap.add_argument("--exclude", action="append", default=[], metavar="SUBSTRING",
                    help="skip the tests whose path contains SUBSTRING (tests/sanitize.sh: "
                         "what a sanitizer cannot run, with the reason there)")
    ap.add_argument("filters", nargs="*", help="test paths or substrings of them")
    opts = ap.parse_args()
    for kv in opts.env:
        k, sep, v = kv.partition("=")
        if not sep:
            ap.error(f"--env wants KEY=VALUE, not {kv!r}")
        EXTRA_ENV[k] = v
    opts.jobs = max(1, opts.jobs)
    if opts.selftest:
        return selftest()
    if opts.go:
        return main_go(opts)
    return main_golite(opts)


if __name__ == "__main__":
    sys.exit(main())
