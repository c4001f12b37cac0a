// run

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// FlagSet with ContinueOnError: every parse error and its message, -h and
// -help (ErrHelp), the "--" and "-" terminators, bool flags with values,
// Func errors, a custom Usage, SetOutput, Init, Name, and the exact format
// of PrintDefaults (back-quoted names, multi-line usage, defaults shown or
// not, custom Value types).

type point struct{ x, y int }

func (p *point) String() string {
	if p == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%d,%d", p.x, p.y)
}

func (p *point) Set(s string) error {
	xs, ys, ok := strings.Cut(s, ",")
	if !ok {
		return errors.New("want x,y")
	}
	var err error
	if p.x, err = strconv.Atoi(xs); err != nil {
		return err
	}
	p.y, err = strconv.Atoi(ys)
	return err
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 0
	case "high":
		*l = 9
	default:
		return errors.New("unknown level " + s)
	}
	return nil
}

type boolish struct{ on bool }

func (b *boolish) String() string     { return fmt.Sprint(b != nil && b.on) }
func (b *boolish) Set(s string) error { b.on = s == "true"; return nil }
func (b *boolish) IsBoolFlag() bool   { return true }

func newSet(out *strings.Builder) (*flag.FlagSet, *int, *bool, *string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(out)
	n := fs.Int("n", 0, "count")
	b := fs.Bool("b", false, "a bool")
	s := fs.String("s", "", "a string")
	fs.Func("check", "must be even", func(v string) error {
		if len(v)%2 != 0 {
			return errors.New("odd length")
		}
		return nil
	})
	return fs, n, b, s
}

func try(args ...string) {
	var out strings.Builder
	fs, n, b, s := newSet(&out)
	err := fs.Parse(args)
	fmt.Printf("%q\n  err=%v help=%v n=%d b=%v s=%q args=%q nflag=%d\n",
		args, err, errors.Is(err, flag.ErrHelp), *n, *b, *s, fs.Args(), fs.NFlag())
	if out.Len() > 0 {
		fmt.Print("  output:\n", indent(out.String()))
	}
}

func indent(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return "  | " + strings.Join(lines, "\n  | ") + "\n"
}

func main() {
	try()
	try("-n", "5", "x")
	try("-n=5", "-b", "-s", "hi", "--", "-n", "6")
	try("--n=5", "--b=false", "-", "-n", "6")
	try("-b=true", "-b=0", "-b=T")
	try("-b", "false") // bool flag does not take the next argument
	try("-nope")
	try("-n")
	try("-n", "abc")
	try("-n=99999999999999999999")
	try("-b=maybe")
	try("-h")
	try("-help")
	try("---n=1")
	try("-=1")
	try("-check=abc")
	try("-check=abcd", "end")
	try("-s=a=b", "plain")

	// Custom Usage is called instead of the default one.
	var out strings.Builder
	fs, _, _, _ := newSet(&out)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-zzz"}))
	fmt.Print(indent(out.String()))

	// A FlagSet with an empty name (the zero FlagSet, Init).
	var zero flag.FlagSet
	zero.SetOutput(os.Stdout)
	zero.Int("k", 3, "k value")
	fmt.Println("zero:", zero.Parse([]string{"-q"}), zero.Name() == "", zero.ErrorHandling() == flag.ContinueOnError)
	zero.Init("renamed", flag.ContinueOnError)
	fmt.Println("renamed:", zero.Name(), zero.Parse([]string{"-k", "x"}))
	fmt.Println("Output is stdout:", zero.Output() == os.Stdout)

	// PrintDefaults formats.
	pd := flag.NewFlagSet("defaults", flag.ContinueOnError)
	pd.SetOutput(os.Stdout)
	pd.Bool("x", false, "one-letter bool")
	pd.Bool("long", true, "long bool, default true")
	pd.Int("I", 0, "search `directory` for include files")
	pd.Int("count", 10, "how many")
	pd.Int64("big", -1, "an int64")
	pd.Uint("u", 0, "a uint")
	pd.Uint64("u64", 7, "a uint64")
	pd.String("str", "", "empty string default")
	pd.String("s2", "hello world", "quoted default")
	pd.Float64("ratio", 1.5, "a float")
	pd.Float64("zf", 0, "zero float")
	pd.Duration("wait", 0, "zero duration")
	pd.Duration("timeout", 90*time.Second, "a duration")
	pd.String("multi", "", "first line\nsecond line\nthird `thing`")
	pd.Func("fn", "a func `value`", func(string) error { return nil })
	pd.Var(&point{1, 2}, "p", "a point")
	var lv level = 3
	pd.Var(&lv, "level", "low or high")
	var lz level
	pd.Var(&lz, "lz", "zero level")
	pd.Var(&boolish{}, "bo", "bool-ish custom flag")
	pd.Var(&boolish{true}, "bon", "bool-ish custom flag, on")
	pd.PrintDefaults()
	fmt.Println("--- Usage:")
	pd.Usage()
	fmt.Println("--- parse custom:")
	fmt.Println(pd.Parse([]string{"-p", "3,4", "-level=high", "-bo", "-level", "medium"}))
	pd.Visit(func(f *flag.Flag) { fmt.Println(" ", f.Name, f.Value) })

	// UnquoteUsage.
	for _, name := range []string{"x", "I", "count", "big", "u", "u64", "str", "ratio", "timeout", "multi", "fn", "p", "bo"} {
		n, u := flag.UnquoteUsage(pd.Lookup(name))
		fmt.Printf("UnquoteUsage(%s) = %q, %q\n", name, n, u)
	}
	fmt.Println(flag.UnquoteUsage(&flag.Flag{Name: "q", Usage: "one `quote only", Value: &lv}))

	// Redefinition panics after printing to the output.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pd.Int("count", 1, "again")
	}()
	// PanicOnError panics with the error.
	pe := flag.NewFlagSet("pe", flag.PanicOnError)
	pe.SetOutput(os.Stdout)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %T %v\n", r, r)
		}()
		pe.Parse([]string{"-what"})
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered help: %v %v\n", r, r == flag.ErrHelp)
		}()
		pe.Parse([]string{"-help"})
	}()
}
