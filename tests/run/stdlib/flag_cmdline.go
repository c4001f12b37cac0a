// run
// args: -n=3 -v --name x -d 1m30s -f 2.5 -i64 -7 -u 8 -u64=9 -list a -list b rest1 -notflag rest2

package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

// The command-line flag set: every built-in flag type, flag syntaxes (-f=v,
// --f v, -f v, bool -f), Args/NArg/Arg after the first non-flag argument,
// NFlag, Visit and VisitAll order, Lookup, Set, Parsed, Getter, Func and Var.

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }

func (l *listValue) Set(s string) error {
	*l = append(*l, s)
	return nil
}

func main() {
	n := flag.Int("n", 1, "number of items")
	v := flag.Bool("v", false, "verbose")
	name := flag.String("name", "bob", "the name")
	d := flag.Duration("d", time.Second, "delay")
	f := flag.Float64("f", 0, "a float")
	i64 := flag.Int64("i64", 0, "an int64")
	u := flag.Uint("u", 0, "a uint")
	u64 := flag.Uint64("u64", 0, "a uint64")
	var unset int
	flag.IntVar(&unset, "unset", 42, "never set on the command line")
	var q bool
	flag.BoolVar(&q, "q", true, "quiet")
	var list listValue
	flag.Var(&list, "list", "repeatable")
	var calls []string
	flag.Func("fn", "a func flag", func(s string) error {
		calls = append(calls, s)
		return nil
	})

	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(*n, *v, *name, *d, *f, *i64, *u, *u64, unset, q, list)
	fmt.Println("args:", flag.Args(), "narg:", flag.NArg(), "nflag:", flag.NFlag())
	fmt.Printf("arg0=%q arg1=%q arg2=%q arg9=%q\n", flag.Arg(0), flag.Arg(1), flag.Arg(2), flag.Arg(9))

	fmt.Println("Visit:")
	flag.Visit(func(fl *flag.Flag) {
		fmt.Printf("  %s=%s (default %q)\n", fl.Name, fl.Value, fl.DefValue)
	})
	fmt.Println("VisitAll:")
	flag.VisitAll(func(fl *flag.Flag) {
		fmt.Printf("  %s usage=%q\n", fl.Name, fl.Usage)
	})

	if fl := flag.Lookup("d"); fl != nil {
		g := fl.Value.(flag.Getter).Get()
		fmt.Printf("Lookup d: %v %T\n", g, g)
	}
	fmt.Println("Lookup missing:", flag.Lookup("missing") == nil)
	for _, name := range []string{"n", "v", "name", "f", "i64", "u", "u64"} {
		g := flag.Lookup(name).Value.(flag.Getter).Get()
		fmt.Printf("  Get %s: %v %T\n", name, g, g)
	}

	fmt.Println("Set unset:", flag.Set("unset", "7"), unset, "nflag:", flag.NFlag())
	fmt.Println("Set fn:", flag.Set("fn", "hello"), calls)
	fmt.Println("Set missing:", flag.Set("missing", "1"))
	fmt.Println("Set bad int:", flag.Set("n", "x"))
	fmt.Println("Set bad bool:", flag.Set("v", "maybe"))
	fmt.Println("Set bad dur:", flag.Set("d", "5 parsecs"))
	fmt.Println("Set range:", flag.Set("i64", "99999999999999999999"))
	fmt.Println("Set neg uint:", flag.Set("u", "-1"))
	fmt.Println(*n, *v, *d, *i64, *u)
	fmt.Println("nflag:", flag.NFlag())
	_, isFlagSet := interface{}(flag.CommandLine).(*flag.FlagSet)
	fmt.Println(isFlagSet, flag.CommandLine.ErrorHandling() == flag.ExitOnError)
}
