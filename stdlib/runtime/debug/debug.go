// Package debug: the API golite's type checker sees for import "runtime/debug".
//
// Names, signatures and constant values are Go 1.19's (src/runtime/debug, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package debug

import (
	"time"
)

// FreeOSMemory forces a garbage collection followed by an attempt to return as much memory to
// the operating system as possible.
func FreeOSMemory()

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
func PrintStack()

// ReadBuildInfo returns the build information embedded in the running binary.
func ReadBuildInfo() (info *BuildInfo, ok bool)

// ReadGCStats reads statistics about garbage collection into stats.
func ReadGCStats(stats *GCStats)

// SetGCPercent sets the garbage collection target percentage: a collection is triggered when
// the ratio of freshly allocated data to live data remaining after the previous collection
// reaches this percentage.
func SetGCPercent(percent int) int

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that the Go program can
// use.
func SetMaxThreads(threads int) int

// SetMemoryLimit provides the runtime with a soft memory limit.
func SetMemoryLimit(limit int64) int64

// SetPanicOnFault controls the runtime's behavior when a program faults at an unexpected
// (non-nil) address.
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets the amount of detail printed by the runtime in the traceback it prints
// before exiting due to an unrecovered panic or an internal runtime error.
func SetTraceback(level string)

// Stack returns a formatted stack trace of the goroutine that calls it.
func Stack() []byte

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

func (bi *BuildInfo) String() string

// BuildSetting describes a setting that may be used to understand how the binary was built.
type BuildSetting struct {
	Key, Value string
}

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// Module represents a module.
type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}
