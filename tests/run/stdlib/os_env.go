// run

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func has(env []string, kv string) bool {
	for _, e := range env {
		if e == kv {
			return true
		}
	}
	return false
}

func main() {
	// Setenv / Getenv / LookupEnv / Unsetenv
	fmt.Println("setenv:", os.Setenv("GOLITE_T1", "value one"))
	fmt.Printf("getenv: %q\n", os.Getenv("GOLITE_T1"))
	v, ok := os.LookupEnv("GOLITE_T1")
	fmt.Printf("lookup: %q %v\n", v, ok)
	fmt.Println("setenv empty value:", os.Setenv("GOLITE_EMPTY", ""))
	v, ok = os.LookupEnv("GOLITE_EMPTY")
	fmt.Printf("lookup empty: %q %v\n", v, ok)
	v, ok = os.LookupEnv("GOLITE_NOT_SET_ANYWHERE")
	fmt.Printf("lookup unset: %q %v\n", v, ok)
	fmt.Println("setenv unicode:", os.Setenv("GOLITE_UNI", "héllo, 世界 = x"))
	fmt.Printf("getenv unicode: %q\n", os.Getenv("GOLITE_UNI"))
	fmt.Println("overwrite:", os.Setenv("GOLITE_T1", "two"), os.Getenv("GOLITE_T1"))
	env := os.Environ()
	fmt.Println("environ has:", has(env, "GOLITE_T1=two"), has(env, "GOLITE_EMPTY="), has(env, "GOLITE_UNI=héllo, 世界 = x"))
	fmt.Println("unsetenv:", os.Unsetenv("GOLITE_T1"))
	v, ok = os.LookupEnv("GOLITE_T1")
	fmt.Printf("after unset: %q %v %v\n", v, ok, has(os.Environ(), "GOLITE_T1=two"))
	fmt.Println("unsetenv unset:", os.Unsetenv("GOLITE_T1"))

	// Invalid keys and values
	err := os.Setenv("", "x")
	fmt.Println("setenv empty key:", err)
	var se *os.SyscallError
	fmt.Println("  SyscallError:", errors.As(err, &se), se.Syscall, se.Err.Error(), se.Timeout())
	fmt.Println("setenv key with =:", os.Setenv("A=B", "x"))
	fmt.Println("setenv key with NUL:", os.Setenv("A\x00B", "x"))
	fmt.Println("setenv value with NUL:", os.Setenv("GOLITE_NUL", "a\x00b"))
	fmt.Printf("getenv odd keys: %q %q %q\n", os.Getenv(""), os.Getenv("A=B"), os.Getenv("GOLITE_UNI\x00"))
	fmt.Println("unsetenv odd keys:", os.Unsetenv("A=B"), os.Unsetenv(""), os.Unsetenv("X\x00"))

	// Expand / ExpandEnv
	os.Setenv("GOLITE_NAME", "gopher")
	os.Setenv("GOLITE_DIR", "/home/gopher")
	for _, s := range []string{
		"",
		"plain text",
		"$GOLITE_NAME",
		"hello ${GOLITE_NAME}!",
		"$GOLITE_DIR/bin:$GOLITE_MISSING:end",
		"$$ $1 $* $# $@ $! $? $- $0",
		"${GOLITE_NAME",
		"${}x",
		"$",
		"a$",
		"$ b",
		"${1}${#}",
		"${GOLITE_NAME}${GOLITE_NAME}",
		"price: $5.00",
		"$GOLITE_NAME_suffix",
		"ünï $GOLITE_NAME ¢",
	} {
		fmt.Printf("expandenv %q -> %q\n", s, os.ExpandEnv(s))
	}
	mapping := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"$a$b", "${a b}", "$a-b", "${?}x", "x$_y.z", "$9z"} {
		fmt.Printf("expand %q -> %q\n", s, os.Expand(s, mapping))
	}

	// User directories
	os.Setenv("HOME", "/home/gopher")
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	h, err := os.UserHomeDir()
	fmt.Println("home:", h, err)
	c, err := os.UserCacheDir()
	fmt.Println("cache:", c, err)
	c, err = os.UserConfigDir()
	fmt.Println("config:", c, err)
	os.Setenv("XDG_CACHE_HOME", "/xdg/cache")
	os.Setenv("XDG_CONFIG_HOME", "/xdg/config")
	c, err = os.UserCacheDir()
	fmt.Println("cache xdg:", c, err)
	c, err = os.UserConfigDir()
	fmt.Println("config xdg:", c, err)
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	os.Unsetenv("HOME")
	h, err = os.UserHomeDir()
	fmt.Printf("home unset: %q %v\n", h, err)
	c, err = os.UserCacheDir()
	fmt.Printf("cache unset: %q %v\n", c, err)
	c, err = os.UserConfigDir()
	fmt.Printf("config unset: %q %v\n", c, err)

	// TempDir
	os.Setenv("TMPDIR", "/my/tmp")
	fmt.Println("tempdir:", os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println("tempdir default:", os.TempDir())
	_, err = os.MkdirTemp("/nonexistent-dir", "x")
	fmt.Println("mkdirtemp missing:", err, errors.Is(err, fs.ErrNotExist))
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println("mkdirtemp bad pattern:", err)
	_, err = os.CreateTemp("", "a/b*")
	fmt.Println("createtemp bad pattern:", err)
	_, err = os.CreateTemp("/nonexistent-dir", "x*y")
	fmt.Println("createtemp missing:", strings.HasPrefix(err.Error(), "open /nonexistent-dir/x"), strings.HasSuffix(err.Error(), "y: no such file or directory"))

	// Clearenv
	os.Setenv("GOLITE_KEEP", "1")
	os.Clearenv()
	env = os.Environ()
	fmt.Println("clearenv:", len(env), env != nil, os.Getenv("GOLITE_KEEP") == "", os.Getenv("PATH") == "")
	os.Setenv("B", "2")
	os.Setenv("A", "1")
	env = os.Environ()
	sort.Strings(env)
	fmt.Println("after clearenv:", env)
	fmt.Println("expand after clearenv:", os.ExpandEnv("[$A$B$C]"))
}
