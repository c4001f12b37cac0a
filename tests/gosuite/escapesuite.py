#!/usr/bin/env python3
"""escapesuite.py — golite's escape analysis against Go 1.19's own -m tests.

Runs `golite build -m` on every `// errorcheck -0 -m -l` test of
/usr/share/go-1.19/test and judges it as Go's test/run.go judges errorcheck
tests: every `// ERROR "regexp"` must match a diagnostic on its line, and no
diagnostic may be left unmatched (tests/run.py's matcher).

usage: tests/gosuite/escapesuite.py [--golite build/golite] [--check FILE] [-v]
  --check F  run only the tests listed in F; exit 1 unless every one passes
Needs golang-1.19-src (apt-get install golang-1.19-src).
"""
import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOTEST = Path("/usr/share/go-1.19/test")
sys.path.insert(0, str(REPO / "tests"))
import run as R  # noqa: E402


def judge(golite, f):
    src = f.read_text(errors="replace")
    p = subprocess.run([golite, "build", "-m", f.name], cwd=f.parent, capture_output=True,
                       text=True, timeout=120)
    out = p.stdout + p.stderr
    if p.returncode != 0:
        reason = out.strip().split("\n")[0] if out.strip() else f"exit status {p.returncode}"
        return "fail", reason
    diags, bad = R.parse_diagnostics(out, f.name)
    problems = bad + R.match_errors(R.parse_annotations(src, f.name), diags)
    return ("fail", "; ".join(problems[:3])) if problems else ("pass", "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--golite", default=str(REPO / "build" / "golite"))
    ap.add_argument("--check")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    a.golite = str(Path(a.golite).resolve())    # the tests run in their directory
    if not GOTEST.is_dir():
        print("escapesuite.py: needs golang-1.19-src (apt-get install golang-1.19-src)")
        return 1
    tests = [f for f in sorted(GOTEST.glob("*.go"))
             if f.read_text(errors="replace").split("\n")[0].strip() == "// errorcheck -0 -m -l"]
    if a.check:
        names = set(Path(a.check).read_text().split())
        tests = [f for f in tests if f.name in names]
    npass = 0
    for f in tests:
        status, why = judge(a.golite, f)
        npass += status == "pass"
        if a.v or status != "pass":
            print(f"{status:5} {f.name} {why[:300]}")
    print(f"{npass} of {len(tests)} pass")
    return 0 if not a.check or npass == len(tests) else 1


if __name__ == "__main__":
    sys.exit(main())
