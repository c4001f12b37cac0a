// run

package main

import "fmt"

func search(a []int, x int) (int, int) {
	lo, hi := 0, len(a)-1
	steps := 0
	for lo <= hi {
		steps++
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid, steps
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -(lo + 1), steps
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n && mid <= 1<<32-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	var a []int
	for i := 0; i < 100; i++ {
		a = append(a, i*3+1)
	}
	for _, x := range []int{1, 4, 298, 150, 151, 0, 299, 1000, -7} {
		idx, steps := search(a, x)
		fmt.Println(x, idx, steps, lowerBound(a, x))
	}
	dups := []int{1, 2, 2, 2, 3, 5, 5, 8}
	for x := 0; x <= 9; x++ {
		fmt.Print(lowerBound(dups, x), " ")
	}
	fmt.Println()
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 1<<62 + 12345, 1<<64 - 1} {
		fmt.Println(n, isqrt(n))
	}
}
