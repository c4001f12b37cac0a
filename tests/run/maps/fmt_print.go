// run

package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	Y string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Inner struct{ A, B int }
type Outer struct {
	Name string
	M    map[string]int
	In   map[Inner]bool
}

func main() {
	ints := map[int]string{10: "ten", -5: "minus five", 0: "zero", 3: "three", -100: "x", 7: "seven"}
	fmt.Println(ints)
	fmt.Printf("%v\n%+v\n%#v\n", ints, ints, ints)
	uints := map[uint8]bool{255: true, 0: false, 128: true, 1: false}
	fmt.Println(uints)
	fmt.Printf("%#v\n", uints)
	i64 := map[int64]int32{math.MinInt64: 1, math.MaxInt64: 2, 0: 3}
	fmt.Println(i64)
	u64 := map[uint64]uint{math.MaxUint64: 1, 0: 2, 1 << 63: 3}
	fmt.Println(u64)
	fmt.Printf("%x %X %o %d\n", map[int]int{255: 16, 10: 11}, map[int]int{255: 16}, map[int]int{8: 9}, map[uint]int{3: 4})

	strs := map[string]int{"banana": 3, "apple": 1, "cherry": 7, "": 0, "Apple": 2, "app": 9, "ä": 5}
	fmt.Println(strs)
	fmt.Printf("%v\n%+v\n%#v\n%q\n", strs, strs, strs, strs)

	nan := math.NaN()
	floats := map[float64]string{2.5: "a", -1: "b", math.Inf(1): "inf", math.Inf(-1): "-inf", 0: "z", 1e-9: "tiny"}
	fmt.Println(floats)
	fmt.Printf("%#v\n", floats)
	withNaN := map[float64]int{nan: 1, 1: 2, -1: 3}
	withNaN[nan] = 1
	withNaN[nan] = 1
	fmt.Println(withNaN, len(withNaN))
	fmt.Printf("%v %.2f %#v\n", withNaN, map[float64]float64{1.0 / 3: 2.0 / 3}, map[float32]int{1.5: 1, nan32(): 2})
	cplx := map[complex128]int{complex(1, 2): 1, complex(1, -2): 2, complex(-1, 5): 3, complex(0, 0): 4}
	fmt.Println(cplx)

	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools)
	fmt.Printf("%#v %t\n", bools, map[bool]bool{true: false, false: true})

	structs := map[P]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3, {0, ""}: 4, {-1, "q"}: 5}
	fmt.Println(structs)
	fmt.Printf("%+v\n%#v\n", structs, structs)

	arrays := map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a", {-1, 9}: "z"}
	fmt.Println(arrays)
	fmt.Printf("%#v\n", arrays)
	sarr := map[[2]string]int{{"b", "a"}: 1, {"a", "b"}: 2, {"a", "a"}: 3}
	fmt.Println(sarr)

	// interface keys of one dynamic type, and nil first
	ifInts := map[interface{}]int{3: 1, 1: 2, 2: 3, nil: 0}
	fmt.Println(ifInts)
	fmt.Printf("%#v\n", ifInts)
	ifStrs := map[interface{}]string{"b": "B", "a": "A", "c": "C"}
	fmt.Println(ifStrs)
	ifStructs := map[interface{}]bool{P{2, "x"}: true, P{1, "y"}: false}
	fmt.Printf("%v %+v\n", ifStructs, ifStructs)

	// keys and values with String and Error methods
	colors := map[Color]int{2: 20, 0: 0, 1: 10}
	fmt.Println(colors)
	fmt.Printf("%v %d %#v\n", colors, colors, colors)
	errs := map[E]Color{{3}: 1, {1}: 2}
	fmt.Println(errs)
	fmt.Printf("%+v\n", errs)

	// values of every shape
	vals := map[string]interface{}{"i": 1, "s": "str", "f": 1.5, "n": nil, "sl": []int{1, 2}, "m": map[string]int{"x": 1}, "p": P{1, "a"}}
	fmt.Println(vals)
	fmt.Printf("%+v\n%#v\n", vals, vals)
	sl := map[string][]string{"b": {"x", "y"}, "a": nil, "c": {}}
	fmt.Println(sl)
	fmt.Printf("%#v %q\n", sl, sl)
	nested := map[string]map[string]int{"o": {"b": 2, "a": 1}, "e": {}, "n": nil}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)
	ptrVals := map[int]*int{1: nil}
	fmt.Println(ptrVals)
	emptyS := map[struct{}]struct{}{{}: {}}
	fmt.Println(emptyS)
	fmt.Printf("%#v\n", emptyS)

	// maps inside structs, slices, arrays, pointers
	o := Outer{"o", map[string]int{"z": 26, "a": 1}, map[Inner]bool{{2, 1}: true, {1, 2}: false}}
	fmt.Println(o)
	fmt.Printf("%+v\n%#v\n", o, o)
	fmt.Println([]map[int]int{{2: 1, 1: 2}, nil, {}})
	fmt.Println([2]map[string]bool{{"t": true}})
	pm := &map[string]int{"b": 1, "a": 2}
	fmt.Println(pm)
	fmt.Printf("%v %+v\n", pm, pm)

	// empty and nil maps
	var nilm map[string]int
	empty := map[string]int{}
	fmt.Println(nilm, empty)
	fmt.Printf("%v %v %+v %#v %#v\n", nilm, empty, nilm, nilm, empty)
	fmt.Printf("%T %T %T\n", nilm, map[P][]map[int]string{}, map[interface{}]error{})

	// Sprint, widths, Print
	s := fmt.Sprint(map[int]int{2: 4, 1: 1})
	fmt.Println(s, len(s))
	fmt.Printf("[%6v] [%-4v] [%04d]\n", map[int]int{1: 2}, map[string]int{"a": 1}, map[int]int{3: 7})
	fmt.Print(map[int]bool{1: true}, map[int]bool{0: false}, "\n")
	println(len(s))

	// a big map prints sorted
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[(i*37)%100] = i
	}
	fmt.Println(big)
}

func nan32() float32 { return float32(math.NaN()) }
