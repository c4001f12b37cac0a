// run

// sort.Slice panics as go's reflect does when its argument is not a slice.

package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println(sort.SliceIsSorted([]int{1, 2}, func(i, j int) bool { return i < j }))
	sort.Slice(42, func(i, j int) bool { return false })
	fmt.Println("unreachable")
}
