// Package sort: the API golite's type checker sees for import "sort".
//
// Names, signatures and constant values are Go 1.19's (src/sort, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package sort

// Find uses binary search to find and return the smallest index i in [0, n) at which cmp(i) <=
// 0.
func Find(n int, cmp func(int) int) (i int, found bool)

// Float64s sorts a slice of float64s in increasing order.
func Float64s(x []float64)

// Float64sAreSorted reports whether the slice x is sorted in increasing order, with
// not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i) is
// true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
func Search(n int, f func(int) bool) int

// SearchFloat64s searches for x in a sorted slice of float64s and returns the index as
// specified by Search.
func SearchFloat64s(a []float64, x float64) int

// SearchInts searches for x in a sorted slice of ints and returns the index as specified by
// Search.
func SearchInts(a []int, x int) int

// SearchStrings searches for x in a sorted slice of strings and returns the index as specified
// by Search.
func SearchStrings(a []string, x string) int

// Slice sorts the slice x given the provided less function.
func Slice(x any, less func(i, j int) bool)

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order.
func SliceStable(x any, less func(i, j int) bool)

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface)

// Stable sorts data in ascending order as determined by the Less method, while keeping the
// original order of equal elements.
func Stable(data Interface)

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool

// Float64Slice implements Interface for a []float64, sorting in increasing order, with
// not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int

// Less reports whether x[i] should be ordered before x[j], as required by the sort Interface.
func (x Float64Slice) Less(i, j int) bool

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort()
func (x Float64Slice) Swap(i, j int)

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort()
func (x IntSlice) Swap(i, j int)

// An implementation of Interface can be sorted by the routines in this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort()
func (x StringSlice) Swap(i, j int)
