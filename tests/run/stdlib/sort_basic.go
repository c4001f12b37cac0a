// run

// The plain API of package sort: the convenience wrappers, the slice types
// and their methods, the searches, Reverse and IsSorted.

package main

import (
	"fmt"
	"sort"
)

// NaN and infinities without package math.
var zero float64

func nan() float64      { return zero / zero }
func inf(s int) float64 { return float64(s) / zero }

func main() {
	ints := []int{5, -2, 8, 0, 1, 9, 3, 3, -7, 100, 42}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, v := range []int{-10, -7, 3, 4, 100, 101} {
		fmt.Print(sort.SearchInts(ints, v), " ", sort.IntSlice(ints).Search(v), "; ")
	}
	fmt.Println()

	strs := []string{"pear", "apple", "fig", "", "banana", "Apple", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fmt.Println(sort.SearchStrings(strs, "apple"), sort.SearchStrings(strs, "zzz"), sort.StringSlice(strs).Search("b"))

	fl := []float64{2.5, nan(), -1, inf(1), 0, inf(-1), nan(), 1e-300}
	fmt.Println(sort.Float64sAreSorted(fl))
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.SearchFloat64s(fl, 0), sort.Float64Slice(fl).Search(2.5), sort.SearchFloat64s(fl, 3))

	// The slice types and their methods.
	is := sort.IntSlice{3, 1, 2}
	fmt.Println(is.Len(), is.Less(0, 1), is.Less(1, 0))
	is.Swap(0, 2)
	fmt.Println(is)
	is.Sort()
	fmt.Println(is)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Len())
	fs := sort.Float64Slice{nan(), 1, nan()}
	fmt.Println(fs.Less(0, 1), fs.Less(1, 0), fs.Less(0, 2))
	fs.Sort()
	fmt.Println(fs)

	// Reverse and IsSorted.
	r := []int{4, 1, 3, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r, sort.IsSorted(sort.Reverse(sort.IntSlice(r))), sort.IsSorted(sort.IntSlice(r)))
	rs := sort.Reverse(sort.StringSlice{"x", "y"})
	fmt.Println(rs.Len(), rs.Less(0, 1))

	// Search and Find.
	data := []int{1, 3, 5, 7, 9, 11}
	i := sort.Search(len(data), func(i int) bool { return data[i] >= 6 })
	fmt.Println(i, sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	for _, want := range []int{0, 5, 6, 11, 12} {
		idx, found := sort.Find(len(data), func(i int) int { return want - data[i] })
		fmt.Print(idx, found, " ")
	}
	fmt.Println()

	// Empty and one-element inputs.
	var none []int
	sort.Ints(none)
	sort.Stable(sort.IntSlice(none))
	sort.Slice(none, func(i, j int) bool { return none[i] < none[j] })
	one := []string{"only"}
	sort.Strings(one)
	sort.SliceStable(one, func(i, j int) bool { return false })
	fmt.Println(none == nil, one, sort.IntsAreSorted(none), sort.SliceIsSorted(one, func(i, j int) bool { return true }))
}
