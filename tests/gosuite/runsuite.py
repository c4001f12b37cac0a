#!/usr/bin/env python3
"""runsuite.py — does `golite run` execute Go 1.19's own `// run` tests as go does?

Runs every `// run` test of /usr/share/go-1.19/test (top level, ken, chan, interface,
fixedbugs) under `golite run`, judged as Go's test/run.go judges them: the test passes
when the program exits with status 0 and its combined stdout+stderr equals NAME.out
exactly (empty output when there is no NAME.out).  As run.go does, it

  - reads the recipe from the file's first lines up to the first blank line (a first
    line holding `+build` is skipped), so `// run`, `//run` and `// run ARGS` are all
    run tests; in `// run -flag... ARGS`, the leading `-` words are go tool flags
    (-gcflags, -race, -goexperiment X, ...), which mean nothing to golite and are
    ignored; the remaining words are passed to the program, except leading `*.go`
    words, which `go run` takes as more source files (not supported by golite);
  - honours build constraints (`//go:build` and `// +build` lines before `package`)
    for linux/amd64 with run.go's tag rules (gc, cgo, test_run and Go 1.19's default
    goexperiment tags hold; anything else, `unix` included, does not);
  - runs the program in the test directory's root (`golite run ken/chan.go`), with
    stdin from /dev/null and GOENV=off, GOFLAGS= , GOOS/GOARCH set, and GOROOT set
    to /usr/lib/go-1.19: a `go run` binary has that root built in (runtime.GOROOT()
    returns it), while golite's runtime.GOROOT() reports the environment's, as a
    binary built with -trimpath does.

Each test is classified:
  pass     status 0 and the expected output;
  fail     wrong output or exit status;
  crash    golite killed by a signal (a golite bug);
  timeout  still running after --timeout seconds (killed);
  skip     not run or not supported, with a reason derived from golite's messages:
           `golite: X is not implemented yet (... issue N)` -> `needs issue N (topic)`,
           `package X is not in GOROOT` -> `unsupported package X`, generics,
           `undefined: pkg.Name` (or, for a method called through an interface,
           `fatal error: pkg.(*T).M is not provided by golite`) -> `unsupported API
           pkg.Name`; or not run at all:
           `build constraint`, `multi-file program`.

usage: tests/gosuite/runsuite.py [--golite build/golite] [--jobs 2] [--timeout 10]
           [--write] [--passing FILE] [--check FILE] [-v] [FILTER...]
  FILTER       only tests whose name (e.g. ken/chan.go) contains one of the substrings
  --write      rewrite the "Execution" section of docs/conformance.md (full runs only)
  --passing F  write the names of the passing tests to F, one per line
  --check F    run only the tests listed in F; exit 1 unless every one passes
Exit status: 0, or 1 when --check finds a listed test that does not pass.
Needs golang-1.19-src (apt-get install golang-1.19-src).
"""
import argparse
import collections
import concurrent.futures
import dataclasses
import os
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOTEST = Path("/usr/share/go-1.19/test")
DIRS = ["", "ken", "chan", "interface", "fixedbugs"]
CONFORMANCE = REPO / "docs" / "conformance.md"
EXEC_HEADING = "## Execution"
UNSET_ENV = ("GOTRACEBACK", "GODEBUG", "GOGC", "GOMAXPROCS")
MAX_OUTPUT = 64 << 20          # bytes of output a test may write (RLIMIT_FSIZE)

# run.go's build-tag context for linux/amd64 with cgo (go/build.Default of Go 1.19).
GOOS, GOARCH = "linux", "amd64"
TRUE_TAGS = {GOOS, GOARCH, "gc", "cgo", "test_run",
             "goexperiment.regabiwrappers", "goexperiment.regabiargs"}

# Go tool flags of a recipe that change what the program does (the others, such as
# -gcflags=-l=4, -d=checkptr or -race, do not change a valid program's output).
SEMANTIC_FLAGS = ("-goexperiment", "maymorestack")

# What golite's issues bring (docs/architecture.md); the topic of "needs issue N".
ISSUE_TOPIC = {4: "maps", 5: "defer/recover", 6: "goroutines/channels", 7: "GC"}


# ---------------------------------------------------------------- test selection

@dataclasses.dataclass
class Test:
    path: Path
    name: str                  # relative to GOTEST, e.g. ken/chan.go
    args: list
    flags: list                # go tool flags, ignored
    skip: str = ""             # reason not to run it at all


def tag_true(name):
    """run.go's context.match."""
    if not name or not all(c.isalnum() or c in "_." for c in name):
        return False
    return name in TRUE_TAGS


def eval_gobuild(expr):
    """Evaluates a //go:build expression; raises ValueError when malformed."""
    toks = re.findall(r"\(|\)|!|&&|\|\||[^\s()!&|]+|\S", expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == "||":
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == "&&":
            take()
            v = not_expr() and v
        return v

    def not_expr():
        t = peek()
        if t == "!":
            take()
            return not not_expr()
        if t == "(":
            take()
            v = or_expr()
            if peek() != ")":
                raise ValueError("missing )")
            take()
            return v
        if t is None or t in (")", "&&", "||") or not re.fullmatch(r"[\w.]+", t):
            raise ValueError("bad tag")
        return tag_true(take())

    v = or_expr()
    if pos != len(toks):
        raise ValueError("trailing tokens")
    return v


def eval_plusbuild(rest):
    """Evaluates the words of a `// +build` line: OR of ANDs (a,b) of [!]tags."""
    words = rest.split()
    if not words:
        raise ValueError("empty")
    for w in words:
        ok = True
        for term in w.split(","):
            neg = term.startswith("!")
            tag = term[1:] if neg else term
            if not tag or tag.startswith("!"):
                raise ValueError("bad term")
            ok = ok and (tag_true(tag) != neg)
        if ok:
            return True
    return False


def constraint(line):
    """True/False for a build-constraint line (as go/build/constraint.Parse), else None."""
    try:
        if line.startswith("//go:build") and (len(line) == 10 or line[10] in " \t"):
            return eval_gobuild(line[10:].strip())
        s = line.strip()
        if s.startswith("//"):
            s = s[2:].strip()
            if s.startswith("+build") and (len(s) == 6 or s[6] in " \t"):
                return eval_plusbuild(s[6:])
    except ValueError:
        return None
    return None


def recipe(path, action):
    """(source, the recipe's words after the action) when path is a test of Go's suite
    whose recipe is action (`run`, `errorcheck`), else None. As run.go: the recipe is
    the file's first lines up to a blank line, past a first line holding `+build`."""
    try:
        src = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not src or src[0] == "\n" or "\n\n" not in src:
        return None
    text = src.split("\n\n", 1)[0]
    first, _, rest = text.partition("\n")
    if "+build" in first:
        text = rest
    if text.startswith("//"):
        text = text[2:]
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    if not words or words[0] != action:
        return None
    return src, words[1:]


def constrained_out(src):
    """Whether the build constraints before `package` exclude linux/amd64."""
    for line in src.split("\npackage", 1)[0].split("\n"):
        if line.startswith("package "):
            break
        if constraint(line) is False:
            return True
    return False


def load(path):
    """The Test for a `// run` file of Go's suite, or None for any other file."""
    r = recipe(path, "run")
    if not r:
        return None
    src, words = r
    flags = []
    while words and words[0].startswith("-"):
        flags.append(words.pop(0))
        if flags[-1] in ("-t", "-goexperiment") and words:
            flags.append(words.pop(0))
    t = Test(path=path, name=path.relative_to(GOTEST).as_posix(), args=words, flags=flags)
    if constrained_out(src):
        t.skip = "build constraint"
        return t
    if words and words[0].endswith(".go"):
        t.skip = "multi-file program"
    for f in flags:
        if any(k in f for k in SEMANTIC_FLAGS):
            t.skip = "needs go tool flag " + " ".join(flags[flags.index(f):][:2]
                                                       if f == "-goexperiment" else [f])
    return t


def all_tests():
    tests = []
    for d in DIRS:
        for f in sorted((GOTEST / d).glob("*.go")):
            t = load(f)
            if t:
                tests.append(t)
    return tests


# ---------------------------------------------------------------- running

@dataclasses.dataclass
class Result:
    test: Test
    status: str                # pass, fail, crash, timeout, skip
    reason: str = ""           # skip reason, or what went wrong
    first: str = ""            # golite's first line that differs from go's output
    output: str = ""


def child_env():
    env = {k: v for k, v in os.environ.items() if k not in UNSET_ENV}
    env.update(GOENV="off", GOFLAGS="", GOOS=env.get("GOOS", GOOS),
               GOARCH=env.get("GOARCH", GOARCH), PWD=str(GOTEST),
               GOROOT=env.get("GOROOT", "/usr/lib/go-1.19"))
    return env


def limit_output():
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_OUTPUT, MAX_OUTPUT))


def execute(golite, t, timeout, command=("run",)):
    """(exit status or -signal, output, timed out) of `golite run` on t
    (or of another golite command: `build -e` for errorsuite.py)."""
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen([golite, *command, t.name] + t.args, cwd=GOTEST,
                             stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                             env=child_env(), start_new_session=True, preexec_fn=limit_output)
        try:
            p.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            timed_out = True
        try:                       # reap anything the program left in its group
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out.seek(0)
        text = out.read().decode("utf-8", "surrogateescape")
    return p.returncode, text, timed_out


NOTIMPL = re.compile(r"golite: (.*?) (?:is|are) not implemented yet(?: \((.*)\))?$", re.M)
NOTIMPL_OTHER = re.compile(r"golite: ((?:expression|statement) not implemented.*)$", re.M)


def unsupported(out, src):
    """Why golite does not run this program (from its messages), or ""."""
    m = re.search(r"package (\S+) is not in GOROOT", out)
    if m:
        return "cgo" if m.group(1) == "C" else "unsupported package " + m.group(1)
    if (re.search(r"generic (types|functions) are not supported", out)
            or re.search(r"^func (\(.*?\) )?\w+\[", src, re.M)):
        return "generics"
    issues = {}
    plain = []
    for m in NOTIMPL.finditer(out):
        what, paren = m.group(1), m.group(2) or ""
        n = re.search(r"issues? (\d+)", paren) or re.search(r"issues? (\d+)", what)
        if n:
            issues.setdefault(int(n.group(1)), what)
        else:
            plain.append(what)
    if len(issues) == 1:
        (n, w), = issues.items()
        return "needs issue %d (%s)" % (n, ISSUE_TOPIC.get(n, w))
    if issues:
        ns = sorted(issues)
        return "needs issues %s (%s)" % ("+".join(map(str, ns)),
                                         ", ".join(ISSUE_TOPIC.get(n, issues[n]) for n in ns))
    if plain:
        return "not implemented: " + plain[0]
    m = NOTIMPL_OTHER.search(out)
    if m:
        return "not implemented: " + m.group(1)
    if re.search(r"function too large for golite", out):
        return "golite limit: function too large"
    m = re.search(r"undefined: ([a-z][\w/]*\.\w+)", out)
    if m:
        return "unsupported API " + m.group(1)
    # a method reached through an interface: golite finds it missing when run
    m = re.search(r"fatal error: (\S+) is not provided by golite", out)
    if m:
        return "unsupported API " + m.group(1)
    return ""


def first_difference(got, want):
    if got == "":
        return "(no output)"
    g, w = got.split("\n"), want.split("\n")
    for i, line in enumerate(g):
        if i >= len(w) or line != w[i]:
            if line == "" and i == len(g) - 1:
                break
            return line if i == 0 else "line %d: %s" % (i + 1, line)
    if len(g) < len(w):
        return "(output stops before line %d)" % len(g)
    return ""


def describe_signal(status):
    try:
        return signal.Signals(-status).name
    except ValueError:
        return "signal %d" % -status


def judge(golite, t, timeout):
    if t.skip:
        return Result(t, "skip", t.skip)
    out_file = t.path.with_suffix(".out")
    want = out_file.read_bytes().decode("utf-8", "surrogateescape") if out_file.exists() else ""
    status, got, timed_out = execute(golite, t, timeout)
    got = got.replace("\r\n", "\n")
    if timed_out:
        return Result(t, "timeout", "timed out after %gs" % timeout,
                      first_difference(got, want), got)
    if status == 0 and got == want:
        return Result(t, "pass")
    first = first_difference(got, want) or "(go's output)"
    if status == -signal.SIGXFSZ:
        return Result(t, "fail", "more than %d MB of output" % (MAX_OUTPUT >> 20), first, got)
    if status < 0:
        return Result(t, "crash", "killed by " + describe_signal(status), first, got)
    why = unsupported(got, t.path.read_text(errors="replace"))
    if why:
        return Result(t, "skip", why, first, got)
    return Result(t, "fail", "exit status %d" % status, first, got)


def snapshot(golite, tmpdir, wait=600):
    """A private copy of the golite binary, so that a concurrent rebuild of the build
    directory cannot change it mid-run; waits while it is missing or being written."""
    copy = os.path.join(tmpdir, "golite")
    deadline = time.monotonic() + wait
    while True:
        try:
            size = os.stat(golite).st_size
            time.sleep(1)
            if os.access(golite, os.X_OK) and os.stat(golite).st_size == size:
                shutil.copy2(golite, copy)
                p = subprocess.run([copy, "version"], capture_output=True, timeout=30)
                if p.returncode == 0:
                    return copy
        except (OSError, subprocess.SubprocessError):
            pass
        if time.monotonic() > deadline:
            sys.exit("runsuite.py: %s: no working binary after %ds" % (golite, wait))
        print("runsuite.py: waiting for %s" % golite, file=sys.stderr, flush=True)
        time.sleep(5)


def run_all(golite, tests, jobs, timeout, verbose, judge_fn=None):
    """Results of judge_fn (default: judge, a run test) over tests, jobs at a time."""
    judge_fn = judge_fn or judge
    results = [None] * len(tests)
    done = 0
    lock = threading.Lock()

    def one(i):
        nonlocal done
        r = judge_fn(golite, tests[i], timeout)
        results[i] = r
        with lock:
            done += 1
            if verbose:
                print("%-8s %s%s%s" % (r.status, r.test.name, ": " + r.reason if r.reason else "",
                                        " — " + r.first if r.first and r.status != "pass" else ""),
                      flush=True)
            elif sys.stderr.isatty():
                print("\r%d/%d" % (done, len(tests)), end="", file=sys.stderr, flush=True)

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        list(ex.map(one, range(len(tests))))
    if not verbose and sys.stderr.isatty():
        print(file=sys.stderr)
    return results


# ---------------------------------------------------------------- reports

STATUSES = ("pass", "fail", "crash", "timeout")


def table(results, what="`// run` tests"):
    """The per-directory table of outcomes and the table of skip reasons."""
    names = [d or "test/ (top level)" for d in DIRS]
    by_dir = collections.OrderedDict((n, []) for n in names)
    for r in results:
        d = r.test.name.rpartition("/")[0]
        by_dir[d or "test/ (top level)"].append(r)
    used = [n for n in names if by_dir[n]]
    cols = STATUSES + ("skip",)
    lines = ["| directory | %s | pass | fail | crash | timeout | skipped |" % what,
             "|---|---|---|---|---|---|---|"]
    total = collections.Counter()
    reasons = collections.defaultdict(collections.Counter)
    for n in used:
        c = collections.Counter(r.status for r in by_dir[n])
        total.update(c)
        for r in by_dir[n]:
            if r.status == "skip":
                reasons[r.reason][n] += 1
        lines.append("| %s | %d | %s |" % (n, len(by_dir[n]),
                                           " | ".join(str(c[s]) for s in cols)))
    if len(used) > 1:
        lines.append("| **all** | %d | %s |" % (len(results),
                                                " | ".join(str(total[s]) for s in cols)))
    if not reasons:
        return "\n".join(lines), ""
    heads = ["top" if n.startswith("test/") else n for n in used]
    why = ["| skipped: why | %s | all |" % " | ".join(heads),
           "|---|%s---|" % ("---|" * len(used))]
    for reason, c in sorted(reasons.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        why.append("| %s | %s | %d |" % (md(reason), " | ".join(str(c[n] or "") for n in used),
                                         sum(c.values())))
    return "\n".join(lines), "\n".join(why)


def md(text):
    return text.replace("|", "\\|").replace("`", "'")


def detail_table(rs):
    if not rs:
        return "None."
    lines = ["| test | what | golite's first differing line |", "|---|---|---|"]
    for r in rs:
        lines.append("| %s | %s | `%s` |" % (r.test.name, md(r.reason), md(r.first[:160])))
    return "\n".join(lines)


def command_line(argv):
    words = ["python3", "tests/gosuite/runsuite.py"]
    for a in argv:
        try:
            a = os.path.relpath(a, REPO) if os.path.isabs(a) else a
        except ValueError:
            pass
        words.append(a)
    return " ".join(words)


def git_head():
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--",
                                "compiler", "vm", "runtime", "stdlib", "cli"],
                               capture_output=True, text=True).stdout.strip()
        return head + (" plus uncommitted changes" if dirty else "")
    except OSError:
        return "unknown"


EXECUTION = """## Execution: `golite run` on the `// run` tests

Made by

    {command}

(golite built from commit {head}; {jobs} jobs, {timeout:g} s timeout per test).
Each `// run` test of test/ (top level), ken, chan, interface and fixedbugs is judged
as Go's test/run.go judges it: exit status 0 and stdout+stderr equal to NAME.out (empty
when there is none). Every `// run` recipe counts (`//run`, `// run ARGS`, a `+build`
line first), so the top-level number is larger than the acceptance table's, which takes
the files whose first line is exactly `// run`. Tests whose build constraints exclude
linux/amd64 are skipped; go tool flags in a recipe (`-gcflags`, `-race`) are ignored,
except those that change what the program does (`-goexperiment`, `maymorestack`), whose
tests are skipped; programs that golite declines (a feature of a later issue, a package
or function it does not provide yet) are skipped with the reason it gives. `crash`
means golite was killed by a signal: always a golite bug. `tests/gosuite/passing.txt`
lists the passing tests, and
`python3 tests/gosuite/runsuite.py --golite build/golite --check tests/gosuite/passing.txt`
checks that they still pass (exit status 1 otherwise).

{table}

Why tests were skipped (per directory; "top" is test/ itself):

{why}

Failing tests (golite's first output line that differs from go's):

{fails}

Crashing tests:

{crashes}

Timeouts:

{timeouts}
"""


def write_doc(text, heading=EXEC_HEADING):
    """Replaces the section of docs/conformance.md that starts with heading (up to
    the next `## ` heading) with text, or appends text."""
    old = CONFORMANCE.read_text() if CONFORMANCE.exists() else "# Conformance with Go's own test suite\n"
    parts = old.rstrip("\n").split("\n## ")
    for i in range(1, len(parts)):
        if ("## " + parts[i]).startswith(heading):
            parts[i] = text.rstrip("\n")[3:]
            break
    else:
        parts.append(text.rstrip("\n")[3:])
    CONFORMANCE.write_text("\n## ".join(p.rstrip("\n") + ("\n" if i < len(parts) - 1 else "")
                                        for i, p in enumerate(parts)) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--golite", default=str(REPO / "build" / "golite"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--write", action="store_true", help="rewrite the Execution section "
                    "of docs/conformance.md")
    ap.add_argument("--passing", metavar="FILE", help="write the passing tests to FILE")
    ap.add_argument("--check", metavar="FILE", help="check that the tests in FILE pass")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("filters", nargs="*")
    opts = ap.parse_args()
    if not GOTEST.is_dir():
        sys.exit("runsuite.py: %s missing (apt-get install golang-1.19-src)" % GOTEST)
    golite = os.path.abspath(opts.golite)
    if opts.write and (opts.filters or opts.check):
        sys.exit("runsuite.py: --write needs a full run (no FILTER, no --check)")

    tests = all_tests()
    if opts.check:
        listed = [l.strip() for l in Path(opts.check).read_text().split("\n")
                  if l.strip() and not l.startswith("#")]
        by_name = {t.name: t for t in tests}
        missing = [n for n in listed if n not in by_name]
        tests = [by_name[n] for n in listed if n in by_name]
    if opts.filters:
        tests = [t for t in tests if any(f in t.name for f in opts.filters)]
    if not tests:
        sys.exit("runsuite.py: no test selected")

    with tempfile.TemporaryDirectory(prefix="runsuite.") as tmp:
        results = run_all(snapshot(golite, tmp), tests, opts.jobs, opts.timeout,
                          opts.verbose)
    text, why = table(results)
    print(text)
    if why:
        print()
        print(why)
    bad = [r for r in results if r.status in ("fail", "crash", "timeout")]
    for r in bad:
        print("%s: %s: %s: %s" % (r.status, r.test.name, r.reason, r.first))

    if opts.passing:
        Path(opts.passing).write_text("".join(r.test.name + "\n" for r in results
                                              if r.status == "pass"))
    if opts.write:
        argv = ["--golite", os.path.relpath(golite, REPO)]
        if opts.jobs != 2:
            argv += ["--jobs", str(opts.jobs)]
        if opts.timeout != 10:
            argv += ["--timeout", "%g" % opts.timeout]
        argv.append("--write")
        if opts.passing:
            argv += ["--passing", os.path.relpath(os.path.abspath(opts.passing), REPO)]
        pick = lambda s: [r for r in results if r.status == s]
        write_doc(EXECUTION.format(
            command=command_line(argv), head=git_head(), jobs=opts.jobs,
            timeout=opts.timeout, table=text, why=why or "None.", fails=detail_table(pick("fail")),
            crashes=detail_table(pick("crash")), timeouts=detail_table(pick("timeout"))))

    if opts.check:
        not_passing = [r for r in results if r.status != "pass"]
        for n in missing:
            print("check: %s: not a `// run` test of %s" % (n, GOTEST))
        for r in not_passing:
            print("check: %s no longer passes: %s %s" % (r.test.name, r.status, r.reason))
        print("check: %d of %d listed tests pass" % (len(results) - len(not_passing),
                                                      len(results) + len(missing)))
        return 1 if not_passing or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
