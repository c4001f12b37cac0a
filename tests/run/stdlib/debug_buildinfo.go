// run

// debug.BuildInfo.String, Go's text format: modules, replacements, deps, and
// settings quoted when they need it.

package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	var empty debug.BuildInfo
	fmt.Printf("%q\n", empty.String())

	bi := &debug.BuildInfo{
		GoVersion: "go1.19",
		Path:      "example.com/cmd/tool",
		Main:      debug.Module{Path: "example.com", Version: "(devel)"},
		Deps: []*debug.Module{
			{Path: "golang.org/x/text", Version: "v0.3.7", Sum: "h1:abc="},
			{Path: "example.com/old", Version: "v1.0.0", Replace: &debug.Module{Path: "../local", Version: ""}},
			{Path: "example.com/chain", Version: "v2.0.0", Replace: &debug.Module{Path: "example.com/fork", Version: "v2.0.1", Sum: "h1:xyz="}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "-ldflags", Value: "-s -w"},
			{Key: "CGO_ENABLED", Value: "0"},
			{Key: "", Value: "empty key"},
			{Key: "a=b", Value: "tab\there"},
			{Key: "quote\"d", Value: "back`tick"},
			{Key: "vcs.time", Value: "2022-08-01T00:00:00Z"},
		},
	}
	fmt.Print(bi.String())
	fmt.Println("--")
	fmt.Print(bi)
}
