// run

// sort.Slice swaps the elements of any kind of slice passed as an interface:
// elements of every size, pointers, interfaces, strings, nested slices, and
// large structs.

package main

import (
	"fmt"
	"sort"
)

type big struct {
	k   int
	pad [40]int64
	tag string
}

type named []uint16

func main() {
	b := []byte("interpreter")
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	fmt.Println(string(b))

	i8 := []int8{3, -1, 127, -128, 0}
	sort.Slice(i8, func(i, j int) bool { return i8[i] < i8[j] })
	fmt.Println(i8)

	u16 := named{500, 3, 65535, 0}
	sort.Slice(u16, func(i, j int) bool { return u16[i] < u16[j] })
	fmt.Println(u16)

	f32 := []float32{2.5, -1, 0.25}
	sort.SliceStable(f32, func(i, j int) bool { return f32[i] < f32[j] })
	fmt.Println(f32)

	bs := []bool{true, false, true, false}
	sort.Slice(bs, func(i, j int) bool { return !bs[i] && bs[j] })
	fmt.Println(bs)

	arr := [][3]int64{{3, 0, 0}, {1, 2, 3}, {2, 9, 9}}
	sort.Slice(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	fmt.Println(arr)

	strs := []string{"delta", "alpha", "charlie", "bravo"}
	sort.Slice(strs, func(i, j int) bool { return strs[i] < strs[j] })
	fmt.Println(strs)

	nested := [][]int{{3, 1}, {1}, {2, 2, 2}}
	sort.Slice(nested, func(i, j int) bool { return len(nested[i]) > len(nested[j]) })
	fmt.Println(nested)

	x, y, z := 3, 1, 2
	ptrs := []*int{&x, &y, &z}
	sort.Slice(ptrs, func(i, j int) bool { return *ptrs[i] < *ptrs[j] })
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	anys := []any{3, "x", 1.5, nil, 2}
	rank := func(v any) int {
		switch v := v.(type) {
		case int:
			return v
		case float64:
			return int(v * 10)
		case string:
			return -1
		}
		return -2
	}
	sort.Slice(anys, func(i, j int) bool { return rank(anys[i]) < rank(anys[j]) })
	fmt.Println(anys)

	bigs := make([]big, 30)
	for i := range bigs {
		bigs[i].k = (i * 7) % 30
		bigs[i].pad[39] = int64(bigs[i].k)
		bigs[i].tag = fmt.Sprint("t", bigs[i].k)
	}
	sort.Slice(bigs, func(i, j int) bool { return bigs[i].k < bigs[j].k })
	ok := true
	for i, v := range bigs {
		if v.k != i || v.pad[39] != int64(i) || v.tag != fmt.Sprint("t", i) {
			ok = false
		}
	}
	fmt.Println(ok, bigs[0].k, bigs[29].tag)

	empty := []struct{}{{}, {}, {}}
	sort.Slice(empty, func(i, j int) bool { return i > j })
	fmt.Println(len(empty))

	// A sub-slice: only its elements move.
	all := []int{9, 8, 7, 6, 5, 4}
	sub := all[1:4]
	sort.Slice(sub, func(i, j int) bool { return sub[i] < sub[j] })
	fmt.Println(all)
}
