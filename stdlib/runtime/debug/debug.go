// Package debug: the API golite's type checker sees for import "runtime/debug".
//
// Names, signatures and constant values are Go 1.19's (src/runtime/debug, Copyright The Go
// Authors, BSD-style licence). Functions without bodies are natives
// (stdlib/native_runtime.c); the bodies are Go's where noted. Checked against Go by
// stdlib/verify_api.sh.
//
// Not provided (bodiless, no native: a compile error where used):
//   - SetPanicOnFault: golite takes no fault at an unexpected address that it could
//     turn into a panic (it has no signal handler for the program's memory accesses).
//   - SetMemoryLimit: the collector's pacer would need the memory the runtime holds
//     ready (golite counts whole reserved arenas) and Go's GC CPU limiter, which
//     keeps a limit below the live heap from collecting without end; it has neither.
//   - SetTraceback: golite's crash report has one level (Go's default, "single"):
//     "all" needs the other goroutines stopped while a crash is reported, and
//     "system" and "crash" show Go's runtime frames and registers, or dump core.
package debug

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// FreeOSMemory forces a garbage collection followed by an attempt to return as much memory to
// the operating system as possible.
func FreeOSMemory()

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
//
// Its trace starts, as Go's, with the frames of runtime/debug.Stack and PrintStack at
// their Go 1.19 lines.
func PrintStack()

// ReadBuildInfo returns the build information embedded in the running binary.
//
// golite runs a program from its source, with no binary and no module: there is no
// build information, and it answers as Go does for a binary without any (nil, false).
func ReadBuildInfo() (info *BuildInfo, ok bool) {
	return nil, false
}

// ReadGCStats reads statistics about garbage collection into stats.
//
// From Go's garbage.go.
func ReadGCStats(stats *GCStats) {
	// Create a buffer with space for at least two copies of the
	// pause history tracked by the runtime. One will be returned
	// to the caller and the other will be used as transfer buffer
	// for end times history and as a temporary buffer for
	// computing quantiles.
	const maxPause = len(((*runtime.MemStats)(nil)).PauseNs)
	if cap(stats.Pause) < 2*maxPause+3 {
		stats.Pause = make([]time.Duration, 2*maxPause+3)
	}

	// readGCStats fills in the pause and end times histories (up to
	// maxPause entries) and then three more: Unix ns time of last GC,
	// number of GC, and total pause time in nanoseconds. Here we
	// depend on the fact that time.Duration's native unit is
	// nanoseconds, so the pauses and the total pause time do not need
	// any conversion.
	readGCStats(&stats.Pause)
	n := len(stats.Pause) - 3
	stats.LastGC = time.Unix(0, int64(stats.Pause[n]))
	stats.NumGC = int64(stats.Pause[n+1])
	stats.PauseTotal = stats.Pause[n+2]
	n /= 2 // buffer holds pauses and end times
	stats.Pause = stats.Pause[:n]

	if cap(stats.PauseEnd) < maxPause {
		stats.PauseEnd = make([]time.Time, 0, maxPause)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	for _, ns := range stats.Pause[n : n+n] {
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ns)))
	}

	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
		} else {
			// There's room for a second copy of the data in stats.Pause.
			// See the allocation at the top of the function.
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}

// readGCStats is Go's readGCStats_m (runtime/mgc.go) over the collector's figures
// as runtime.ReadMemStats reads them, with the world stopped: the pauses, most
// recent first, then their end times, then the last collection's time (Unix ns),
// the number of collections and the total pause.
func readGCStats(pauses *[]time.Duration) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p := *pauses
	n := ms.NumGC
	if n > uint32(len(ms.PauseNs)) {
		n = uint32(len(ms.PauseNs))
	}

	// The pause buffer is circular. The most recent pause is at
	// pause_ns[(numgc-1)%len(pause_ns)], and then backward
	// from there to go back farther in time. We deliver the times
	// most recent first (in p[0]).
	p = p[:cap(p)]
	for i := uint32(0); i < n; i++ {
		j := (ms.NumGC - 1 - i) % uint32(len(ms.PauseNs))
		p[i] = time.Duration(ms.PauseNs[j])
		p[n+i] = time.Duration(ms.PauseEnd[j])
	}

	p[n+n] = time.Duration(ms.LastGC)
	p[n+n+1] = time.Duration(ms.NumGC)
	p[n+n+2] = time.Duration(ms.PauseTotalNs)
	*pauses = p[:n+n+3]
}

// SetGCPercent sets the garbage collection target percentage: a collection is triggered when
// the ratio of freshly allocated data to live data remaining after the previous collection
// reaches this percentage.
func SetGCPercent(percent int) int

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack.
//
// The limit is on golite's VM stacks (1000000000 bytes at start, as Go's), whose
// frames are smaller than Go's machine frames: a recursion goes deeper under the same
// limit.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads that the Go program can
// use.
//
// golite counts the threads that run goroutines and sysmon's, as Go counts its Ms
// (Go's runtime has a few more of its own).
func SetMaxThreads(threads int) int

// SetMemoryLimit provides the runtime with a soft memory limit.
//
// Not provided (no native): see the package comment.
func SetMemoryLimit(limit int64) int64

// SetPanicOnFault controls the runtime's behavior when a program faults at an unexpected
// (non-nil) address.
//
// Not provided (no native): see the package comment.
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets the amount of detail printed by the runtime in the traceback it prints
// before exiting due to an unrecovered panic or an internal runtime error.
//
// Not provided (no native): see the package comment.
func SetTraceback(level string)

// Stack returns a formatted stack trace of the goroutine that calls it.
//
// Its trace starts, as Go's, with the frame of runtime/debug.Stack at its Go 1.19
// line.
func Stack() []byte

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

// From Go's mod.go, as quoteKey and quoteValue.
func (bi *BuildInfo) String() string {
	buf := new(strings.Builder)
	if bi.GoVersion != "" {
		fmt.Fprintf(buf, "go\t%s\n", bi.GoVersion)
	}
	if bi.Path != "" {
		fmt.Fprintf(buf, "path\t%s\n", bi.Path)
	}
	var formatMod func(string, Module)
	formatMod = func(word string, m Module) {
		buf.WriteString(word)
		buf.WriteByte('\t')
		buf.WriteString(m.Path)
		buf.WriteByte('\t')
		buf.WriteString(m.Version)
		if m.Replace == nil {
			buf.WriteByte('\t')
			buf.WriteString(m.Sum)
		} else {
			buf.WriteByte('\n')
			formatMod("=>", *m.Replace)
		}
		buf.WriteByte('\n')
	}
	if bi.Main != (Module{}) {
		formatMod("mod", bi.Main)
	}
	for _, dep := range bi.Deps {
		formatMod("dep", *dep)
	}
	for _, s := range bi.Settings {
		key := s.Key
		if quoteKey(key) {
			key = strconv.Quote(key)
		}
		value := s.Value
		if quoteValue(value) {
			value = strconv.Quote(value)
		}
		fmt.Fprintf(buf, "build\t%s=%s\n", key, value)
	}

	return buf.String()
}

func quoteKey(key string) bool {
	return len(key) == 0 || strings.ContainsAny(key, "= \t\r\n\"`")
}

func quoteValue(value string) bool {
	return strings.ContainsAny(value, " \t\r\n\"`")
}

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
