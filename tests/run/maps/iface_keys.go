// run

package main

import (
	"errors"
	"fmt"
)

type T struct{ A, B int }
type MyInt int
type Str string

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[MyInt(1)] = "MyInt 1"
	m[uint8(1)] = "uint8 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[Str("1")] = "Str 1"
	m[true] = "bool"
	m[T{1, 2}] = "T{1,2}"
	m[[2]int{1, 2}] = "array"
	m[nil] = "nil"
	m['1'] = "rune"
	m[complex(1, 0)] = "complex"
	m[struct{}{}] = "empty struct"
	fmt.Println(len(m))
	keys := []interface{}{1, int64(1), MyInt(1), uint8(1), 1.0, "1", Str("1"), true, T{1, 2},
		[2]int{1, 2}, nil, '1', complex(1, 0), struct{}{}, false, 2, "2", T{2, 1}, int32(1)}
	for _, k := range keys {
		v, ok := m[k]
		fmt.Printf("%T %v -> %q %v\n", k, k, v, ok)
	}
	// overwrite with an equal value of the same dynamic type
	m[MyInt(1)] = "MyInt one"
	m[T{A: 1, B: 2}] = "T one two"
	fmt.Println(len(m), m[MyInt(1)], m[T{1, 2}])
	delete(m, 1)
	delete(m, "1")
	delete(m, nil)
	delete(m, int16(1)) // absent
	fmt.Println(len(m), m[int64(1)], m[1] == "", m[Str("1")])

	// pointers in interfaces: identity
	p := &T{5, 5}
	m[p] = "ptr"
	fmt.Println(m[p], m[&T{5, 5}] == "")

	// errors as keys (pointer identity of *errorString)
	e1 := errors.New("x")
	e2 := errors.New("x")
	me := map[error]int{e1: 1, e2: 2}
	fmt.Println(len(me), me[e1], me[e2], me[errors.New("x")])
	me[nil] = 3
	fmt.Println(len(me), me[nil])

	// non-empty interface keys
	ms := map[Shape]string{}
	r := &Rect{2, 3}
	ms[Sq{2}] = "sq2"
	ms[Sq{3}] = "sq3"
	ms[r] = "rect"
	ms[&Rect{2, 3}] = "other rect"
	fmt.Println(len(ms), ms[Sq{2}], ms[Sq{3}], ms[r], ms[Sq{4}] == "")
	total := 0
	for k := range ms {
		total += k.Area()
	}
	fmt.Println(total)

	// many keys of mixed dynamic types through growth
	big := map[interface{}]int{}
	for i := 0; i < 2000; i++ {
		big[i] = i
		big[fmt.Sprint(i)] = -i
		big[float64(i)] = 2 * i
		big[[1]int{i}] = 3 * i
	}
	fmt.Println(len(big), big[1999], big["1999"], big[1999.0], big[[1]int{1999}], big[int32(5)])
	sum := 0
	for k, v := range big {
		switch k.(type) {
		case int, string, float64, [1]int:
			sum += v
		default:
			fmt.Println("odd key", k)
		}
	}
	fmt.Println(sum)
	for i := 0; i < 2000; i += 2 {
		delete(big, i)
		delete(big, fmt.Sprint(i))
	}
	fmt.Println(len(big))

	// struct keys with interface fields
	type K struct {
		Tag string
		V   interface{}
	}
	mk := map[K]int{}
	mk[K{"a", 1}] = 1
	mk[K{"a", "1"}] = 2
	mk[K{"a", nil}] = 3
	mk[K{"a", 1}] += 10
	fmt.Println(len(mk), mk[K{"a", 1}], mk[K{"a", "1"}], mk[K{"a", nil}], mk[K{Tag: "a"}])
	// array of interfaces as key
	ma := map[[2]interface{}]int{}
	ma[[2]interface{}{1, "x"}] = 1
	ma[[2]interface{}{"x", 1}] = 2
	ma[[2]interface{}{1, "x"}]++
	fmt.Println(len(ma), ma[[2]interface{}{1, "x"}])
}
