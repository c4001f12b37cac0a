// Package flag: the API golite's type checker sees for import "flag".
//
// Names, signatures and constant values are Go 1.19's (src/flag, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// TextVar (FlagSet.TextVar) is left out: its encoding.TextMarshaler/TextUnmarshaler types are
// outside golite's set.
package flag

import (
	"io"
	"time"
)

// These constants cause FlagSet.Parse to behave as described if the parse fails.
const (
	ContinueOnError ErrorHandling = 0
	ExitOnError     ErrorHandling = 1
	PanicOnError    ErrorHandling = 2
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no such flag is defined.
var ErrHelp error // errors.New("flag: help requested")

// Usage prints a usage message documenting all defined command-line flags to CommandLine's
// output, which by default is os.Stderr.
var Usage func()

// CommandLine is the default set of command-line flags, parsed from os.Args.
var CommandLine *FlagSet

// Arg returns the i'th command-line argument.
func Arg(i int) string

// Args returns the non-flag command-line arguments.
func Args() []string

// Bool defines a bool flag with specified name, default value, and usage string.
func Bool(name string, value bool, usage string) *bool

// BoolVar defines a bool flag with specified name, default value, and usage string.
func BoolVar(p *bool, name string, value bool, usage string)

// Duration defines a time.Duration flag with specified name, default value, and usage string.
func Duration(name string, value time.Duration, usage string) *time.Duration

// DurationVar defines a time.Duration flag with specified name, default value, and usage
// string.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string)

// Float64 defines a float64 flag with specified name, default value, and usage string.
func Float64(name string, value float64, usage string) *float64

// Float64Var defines a float64 flag with specified name, default value, and usage string.
func Float64Var(p *float64, name string, value float64, usage string)

// Func defines a flag with the specified name and usage string.
func Func(name, usage string, fn func(string) error)

// Int defines an int flag with specified name, default value, and usage string.
func Int(name string, value int, usage string) *int

// Int64 defines an int64 flag with specified name, default value, and usage string.
func Int64(name string, value int64, usage string) *int64

// Int64Var defines an int64 flag with specified name, default value, and usage string.
func Int64Var(p *int64, name string, value int64, usage string)

// IntVar defines an int flag with specified name, default value, and usage string.
func IntVar(p *int, name string, value int, usage string)

// Lookup returns the Flag structure of the named command-line flag, returning nil if none
// exists.
func Lookup(name string) *Flag

// NArg is the number of arguments remaining after flags have been processed.
func NArg() int

// NFlag returns the number of command-line flags that have been set.
func NFlag() int

// NewFlagSet returns a new, empty flag set with the specified name and error handling property.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet

// Parse parses the command-line flags from os.Args[1:].
func Parse()

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool

// PrintDefaults prints, to standard error unless configured otherwise, a usage message showing
// the default settings of all defined command-line flags.
func PrintDefaults()

// Set sets the value of the named command-line flag.
func Set(name, value string) error

// String defines a string flag with specified name, default value, and usage string.
func String(name string, value string, usage string) *string

// StringVar defines a string flag with specified name, default value, and usage string.
func StringVar(p *string, name string, value string, usage string)

// Uint defines a uint flag with specified name, default value, and usage string.
func Uint(name string, value uint, usage string) *uint

// Uint64 defines a uint64 flag with specified name, default value, and usage string.
func Uint64(name string, value uint64, usage string) *uint64

// Uint64Var defines a uint64 flag with specified name, default value, and usage string.
func Uint64Var(p *uint64, name string, value uint64, usage string)

// UintVar defines a uint flag with specified name, default value, and usage string.
func UintVar(p *uint, name string, value uint, usage string)

// UnquoteUsage extracts a back-quoted name from the usage string for a flag and returns it and
// the un-quoted usage.
func UnquoteUsage(flag *Flag) (name string, usage string)

// Var defines a flag with the specified name and usage string.
func Var(value Value, name string, usage string)

// Visit visits the command-line flags in lexicographical order, calling fn for each.
func Visit(fn func(*Flag))

// VisitAll visits the command-line flags in lexicographical order, calling fn for each.
func VisitAll(fn func(*Flag))

// ErrorHandling defines how FlagSet.Parse behaves if the parse fails.
type ErrorHandling int

// A Flag represents the state of a flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

// A FlagSet represents a set of defined flags.
type FlagSet struct {
	Usage         func()
	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string
	errorHandling ErrorHandling
}

// Arg returns the i'th argument.
func (f *FlagSet) Arg(i int) string

// Args returns the non-flag arguments.
func (f *FlagSet) Args() []string

// Bool defines a bool flag with specified name, default value, and usage string.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool

// BoolVar defines a bool flag with specified name, default value, and usage string.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string)

// Duration defines a time.Duration flag with specified name, default value, and usage string.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration

// DurationVar defines a time.Duration flag with specified name, default value, and usage
// string.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string)

// ErrorHandling returns the error handling behavior of the flag set.
func (f *FlagSet) ErrorHandling() ErrorHandling

// Float64 defines a float64 flag with specified name, default value, and usage string.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64

// Float64Var defines a float64 flag with specified name, default value, and usage string.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string)

// Func defines a flag with the specified name and usage string.
func (f *FlagSet) Func(name, usage string, fn func(string) error)

// Init sets the name and error handling property for a flag set.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling)

// Int defines an int flag with specified name, default value, and usage string.
func (f *FlagSet) Int(name string, value int, usage string) *int

// Int64 defines an int64 flag with specified name, default value, and usage string.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64

// Int64Var defines an int64 flag with specified name, default value, and usage string.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string)

// IntVar defines an int flag with specified name, default value, and usage string.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string)

// Lookup returns the Flag structure of the named flag, returning nil if none exists.
func (f *FlagSet) Lookup(name string) *Flag

// NArg is the number of arguments remaining after flags have been processed.
func (f *FlagSet) NArg() int

// NFlag returns the number of flags that have been set.
func (f *FlagSet) NFlag() int

// Name returns the name of the flag set.
func (f *FlagSet) Name() string

// Output returns the destination for usage and error messages.
func (f *FlagSet) Output() io.Writer

// Parse parses flag definitions from the argument list, which should not include the command
// name.
func (f *FlagSet) Parse(arguments []string) error

// Parsed reports whether f.Parse has been called.
func (f *FlagSet) Parsed() bool

// PrintDefaults prints, to standard error unless configured otherwise, the default values of
// all defined command-line flags in the set.
func (f *FlagSet) PrintDefaults()

// Set sets the value of the named flag.
func (f *FlagSet) Set(name, value string) error

// SetOutput sets the destination for usage and error messages.
func (f *FlagSet) SetOutput(output io.Writer)

// String defines a string flag with specified name, default value, and usage string.
func (f *FlagSet) String(name string, value string, usage string) *string

// StringVar defines a string flag with specified name, default value, and usage string.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string)

// Uint defines a uint flag with specified name, default value, and usage string.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint

// Uint64 defines a uint64 flag with specified name, default value, and usage string.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64

// Uint64Var defines a uint64 flag with specified name, default value, and usage string.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string)

// UintVar defines a uint flag with specified name, default value, and usage string.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string)

// Var defines a flag with the specified name and usage string.
func (f *FlagSet) Var(value Value, name string, usage string)

// Visit visits the flags in lexicographical order, calling fn for each.
func (f *FlagSet) Visit(fn func(*Flag))

// VisitAll visits the flags in lexicographical order, calling fn for each.
func (f *FlagSet) VisitAll(fn func(*Flag))

// Getter is an interface that allows the contents of a Value to be retrieved.
type Getter interface {
	Value
	Get() any
}

// Value is the interface to the dynamic value stored in a flag.
type Value interface {
	String() string
	Set(string) error
}
