#!/usr/bin/env python3
"""pty_test.py GOLITE — the REPL on a terminal, driven through a pseudo-terminal.
(PTY_TEST_GOMAXPROCS=N runs the sessions with GOMAXPROCS=N.)

Each check starts `golite` (no arguments: the REPL, since stdin and stdout are a
terminal) with HOME in a fresh directory, types keys, and reads what the
terminal receives. The screen text is the output with the line editor's
escape sequences and carriage returns taken out; a check passes when its
expected lines appear in it in order (and its forbidden ones do not).
What runs concurrently (a goroutine printing while the prompt waits) is
waited for with a deadline, never a fixed sleep alone.

Ends with `N passed, N failed, N skipped`, exit status 0 only if none failed.
"""
import os
import pty
import re
import select
import shutil
import signal
import sys
import tempfile
import time

GOLITE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/golite")
ESC = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x07")


class Term:
    def __init__(self, home):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            for k in ("GODEBUG", "GOGC"):
                os.environ.pop(k, None)
            if os.environ.get("PTY_TEST_GOMAXPROCS"):
                os.environ["GOMAXPROCS"] = os.environ["PTY_TEST_GOMAXPROCS"]
            else:
                os.environ.pop("GOMAXPROCS", None)
            os.execv(GOLITE, [GOLITE])
        self.raw = b""

    def read(self, seconds):
        end = time.time() + seconds
        while time.time() < end:
            r, _, _ = select.select([self.fd], [], [], 0.02)
            if not r:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            self.raw += data

    def screen(self):
        text = ESC.sub(b"", self.raw).replace(b"\r", b"")
        return text.decode("utf-8", "replace")

    def wait_for(self, text, seconds=10):
        """Reads until text appears after what was seen so far (or the deadline)."""
        end = time.time() + seconds
        while time.time() < end and text not in self.screen():
            self.read(0.05)
        return text in self.screen()

    def type(self, keys, settle=0.15):
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)
        self.read(settle)

    def entry(self, line, expect=None, seconds=10):
        """Types line and Enter; with expect, waits until expect shows."""
        self.type(line + "\r")
        if expect is not None:
            self.wait_for(expect, seconds)
        else:
            self.wait_for("\n> ", 0.1)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        os.close(self.fd)

    def exit_status(self, seconds=10):
        end = time.time() + seconds
        while time.time() < end:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                return os.waitstatus_to_exitcode(status)
        return None


def in_order(screen, lines):
    """None if every line occurs in screen, in order; else the first missing one."""
    at = 0
    for line in lines:
        k = screen.find(line, at)
        if k < 0:
            return line
        at = k + len(line)
    return None


CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


@check
def multiline_func_then_call(t):
    t.wait_for("> ")
    t.type("func sq(n int) int {\r")
    t.wait_for("... ")
    t.type("return n * n\r")
    t.type("}\r")
    t.entry("sq(12)", "144")
    return ["> func sq(n int) int {", "... return n * n", "... }", "> sq(12)", "144", "> "]


@check
def expression_value_and_type(t):
    t.wait_for("> ")
    t.entry('s := strings.Repeat("go", 2)')
    t.entry("s + \"!\"", "gogo!")
    t.entry(":type s", "string")
    t.entry(":type strconv.Atoi", "func(s string) (int, error)")
    return ["gogo!", "> :type s", "string", "func(s string) (int, error)"]


@check
def panic_then_working_entry(t):
    t.wait_for("> ")
    t.entry("var a []int")
    t.entry("a[3]", "panic: runtime error: index out of range [3] with length 0")
    t.entry('"still here"', "still here\n")
    return ["panic: runtime error: index out of range [3] with length 0", "still here"]


@check
def ctrl_c_out_of_a_loop(t):
    t.wait_for("> ")
    t.entry("n := 0")
    t.type("for { n++ }\r", settle=0.3)
    t.type("\x03")
    t.wait_for("interrupted")
    t.entry("n > 0", "true")
    return ["> for { n++ }", "interrupted", "> n > 0", "true"]


@check
def ctrl_c_out_of_a_blocked_receive(t):
    t.wait_for("> ")
    t.entry("c := make(chan int)")
    t.type("<-c\r", settle=0.3)
    t.type("\x03")
    t.wait_for("interrupted")
    t.entry("1 + 2", "3\n")
    return ["> <-c", "interrupted", "> 1 + 2", "3"]


@check
def ctrl_c_at_the_prompt(t):
    t.wait_for("> ")
    t.type("this is dropped")
    t.type("\x03")
    t.type("func f() {\r")
    t.type("\x03")
    t.entry("40 + 2", "42")
    return ["this is dropped^C", "> func f() {", "... ^C", "> 40 + 2", "42"], ["syntax error"]


@check
def goroutine_prints_while_the_prompt_waits(t):
    t.wait_for("> ")
    t.entry('go func() { time.Sleep(300 * time.Millisecond); fmt.Println("tick from a goroutine") }()')
    t.wait_for("tick from a goroutine")
    t.entry('"after"', "after\n")
    return ["> go func()", "tick from a goroutine", "after"]


@check
def history_recall_with_up(t):
    t.wait_for("> ")
    t.entry("6 * 7", "42")
    t.entry('"other"', "other\n")
    t.type("\x1b[A")     # Up: "other"
    t.type("\x1b[A")     # Up: 6 * 7
    t.type("\r")
    t.wait_for("42\n> ", 5)
    screen = t.screen()
    if screen.count("42") < 2:
        return ["42 twice (the recalled entry ran again)"]
    return ["42", "other", "42"]


@check
def history_persists_in_home(t):
    t.wait_for("> ")
    t.entry('"remember me"', "remember me\n")
    t.type("\x04")      # Ctrl-D: end
    status = t.exit_status()
    hist = os.path.join(os.environ["PTY_TEST_HOME"], ".golite_history")
    if status != 0:
        return [f"exit status 0 after Ctrl-D (got {status})"]
    # libedit's file format escapes the space: "remember\040me"
    if not os.path.exists(hist) or "remember" not in open(hist, errors="replace").read():
        return ["~/.golite_history holding the entry"]
    return []


@check
def tab_completion(t):
    t.wait_for("> ")
    t.type("strings.ToUp\t", settle=0.3)
    t.type('("tab")\r')
    t.wait_for("TAB")
    t.entry("longVariableName := 5")
    t.type("longVar\t", settle=0.3)
    t.type(" * 2\r")
    t.wait_for("10\n")
    return ['strings.ToUpper("tab")', "TAB", "longVariableName * 2", "10"]


@check
def gc_summary(t):
    t.wait_for("> ")
    t.entry("b := make([]byte, 1<<20)")
    t.entry(":gc", "goroutines")
    return ["> :gc", "heap: ", "collections, the next at", "goroutines"]


@check
def package_name_completion(t):
    t.wait_for("> ")
    t.type("strc\t", settle=0.3)
    t.type('.Itoa(7) + "!"\r')
    t.wait_for("7!")
    return ['strconv.Itoa(7) + "!"', "7!"]


def not_a_terminal():
    """Without a terminal: `golite -` runs a whole program from stdin, and golite
    alone prints its usage (exit 2) instead of starting a session."""
    import subprocess
    prog = 'package main\nimport "fmt"\nfunc main() { fmt.Println("whole program") }\n'
    p = subprocess.run([GOLITE, "-"], input=prog, capture_output=True, text=True, timeout=20)
    if p.returncode != 0 or p.stdout != "whole program\n":
        return f"golite - printed {p.stdout!r} (exit {p.returncode})"
    p = subprocess.run([GOLITE], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=20)
    if p.returncode != 2 or "usage: golite" not in p.stderr:
        return f"golite alone without a terminal: exit {p.returncode}, {p.stderr[:80]!r}"
    return None


def main():
    if not os.path.exists(GOLITE):
        print(f"pty_test.py: no golite at {GOLITE}")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    passed = failed = 0
    for fn in CHECKS:
        home = tempfile.mkdtemp(prefix="golite-pty-")
        os.environ["PTY_TEST_HOME"] = home
        t = Term(home)
        problem = None
        try:
            want = fn(t)
            forbid = []
            if isinstance(want, tuple):
                want, forbid = want
            t.read(0.1)
            screen = t.screen()
            missing = in_order(screen, want)
            if missing is not None:
                problem = f"the screen lacks {missing!r} (in order)"
            for bad in forbid:
                if bad in screen:
                    problem = f"the screen shows {bad!r}"
        except Exception as e:  # a harness error is a failure, with its reason
            problem = f"{type(e).__name__}: {e}"
        if t.pid:
            t.close()
        shutil.rmtree(home, ignore_errors=True)
        if problem:
            failed += 1
            print(f"FAIL {fn.__name__}: {problem}")
            print("    screen:\n" + "\n".join("    | " + l for l in t.screen().split("\n")[-25:]))
        else:
            passed += 1
            print(f"ok   {fn.__name__}")
    problem = not_a_terminal()
    if problem:
        failed += 1
        print(f"FAIL not_a_terminal: {problem}")
    else:
        passed += 1
        print("ok   not_a_terminal")
    print(f"{passed} passed, {failed} failed, 0 skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
