// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var zero float64
	nan := zero / zero
	vals := []float64{3, nan, -1, math.Inf(1), nan, 0, math.Inf(-1), 2.5}
	// every comparison with NaN is false except !=
	for _, v := range vals {
		fmt.Println(v, v == nan, v != nan, v < nan, v > nan, v <= nan, v >= nan, v == v)
	}
	// a naive max is order-sensitive with NaN
	max1 := vals[0]
	for _, v := range vals {
		if v > max1 {
			max1 = v
		}
	}
	max2 := math.Inf(-1)
	for _, v := range vals {
		max2 = math.Max(max2, v)
	}
	fmt.Println(max1, max2)
	// insertion sort treating NaN specially: NaNs go first
	s := append([]float64(nil), vals...)
	less := func(a, b float64) bool {
		return a < b || (math.IsNaN(a) && !math.IsNaN(b))
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	fmt.Println(s)
	// arrays and structs containing NaN are not equal to themselves
	a := [2]float64{1, nan}
	b := a
	fmt.Println(a == b, a != b)
	type pt struct{ x, y float64 }
	p := pt{nan, 1}
	fmt.Println(p == p, p != p)
	// NaN from operations
	inf := math.Inf(1)
	fmt.Println(inf-inf, 0*inf, math.Sqrt(-4), math.Log(-1), math.Acos(2))
	// float32 NaN
	n32 := float32(nan)
	fmt.Println(n32, n32 == n32, float64(n32) == float64(n32), math.IsNaN(float64(n32)))
	// counting NaN in a slice
	count := 0
	for _, v := range vals {
		if v != v {
			count++
		}
	}
	fmt.Println("NaNs:", count)
	// converting NaN and Inf through min/max helpers
	fmt.Println(math.Min(nan, 1), math.Min(math.Inf(-1), nan), math.Max(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
}
