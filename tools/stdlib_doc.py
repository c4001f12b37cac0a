#!/usr/bin/env python3
"""stdlib_doc.py [--check] GOLITE — the generated part of docs/stdlib.md.

Runs `GOLITE stdlib` (every exported function and method of the embedded
standard packages, provided or missing) and writes, below the marker line in
docs/stdlib.md, one section per package: what it provides and what it lacks.
With --check it writes nothing and fails when the file is not current (the
test suite runs it, so the document cannot drift from the binary).
"""
import subprocess
import sys
from collections import OrderedDict
from pathlib import Path

MARKER = "<!-- Everything below is written by tools/stdlib_doc.py from `golite stdlib`; do not edit it. -->"
DOC = Path(__file__).resolve().parent.parent / "docs" / "stdlib.md"


def generated(golite):
    out = subprocess.run([golite, "stdlib"], capture_output=True, text=True, check=True).stdout
    pkgs = OrderedDict()
    for line in out.splitlines():
        pkg, name, state = line.split(" ")
        pkgs.setdefault(pkg, ([], []))[0 if state == "provided" else 1].append(name)
    lines = [MARKER, "", "## Functions and methods, package by package", "",
             "| Package | Provided | Missing |", "|---|---|---|"]
    for pkg in sorted(pkgs):
        have, lack = pkgs[pkg]
        lines.append(f"| `{pkg}` | {len(have)} | {len(lack)} |")
    for pkg in sorted(pkgs):
        have, lack = pkgs[pkg]
        lines += ["", f"### {pkg}", ""]
        lines.append("Provided: " + (", ".join(f"`{n}`" for n in have) if have else "nothing") + ".")
        if lack:
            lines += ["", "Missing (the compile error `undefined: " + pkg.split("/")[-1] + ".F (not provided by golite)`): "
                      + ", ".join(f"`{n}`" for n in lack) + "."]
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    check = bool(args) and args[0] == "--check"
    if check:
        args = args[1:]
    if len(args) != 1:
        sys.exit(__doc__)
    text = DOC.read_text() if DOC.exists() else ""
    head = text.split(MARKER)[0] if MARKER in text else text + "\n"
    new = head + generated(args[0])
    if check:
        if new != text:
            print("docs/stdlib.md is not current: run python3 tools/stdlib_doc.py build/golite")
            sys.exit(1)
        print("docs/stdlib.md is current")
        return
    DOC.write_text(new)


if __name__ == "__main__":
    main()
