// run

package main

import (
	"fmt"
	"strconv"
)

// Random operations on maps of several key types, checked against a model
// indexed by key id. Only order-independent results are printed.

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

type SK struct {
	A int16
	B string
	C bool
}

const D = 700 // key domain

type model struct {
	val     [D]int
	present [D]bool
	n       int
}

func (m *model) sum() (s int) {
	for i := 0; i < D; i++ {
		if m.present[i] {
			s += m.val[i] * (i + 1)
		}
	}
	return
}

func keyInt(i int) int           { return i*2654435761 - 1000000 }
func keyI32(i int) int32         { return int32(i*7 - 2000) }
func keyU8(i int) uint8          { return uint8(i) }
func keyStr(i int) string        { return "k" + strconv.Itoa(i*31) }
func keySK(i int) SK             { return SK{int16(i / 3), strconv.Itoa(i % 3), i%2 == 0} }
func keyF(i int) float64         { return float64(i)/4 - 50 }
func keyAny(i int) interface{} {
	switch i % 4 {
	case 0:
		return i
	case 1:
		return strconv.Itoa(i)
	case 2:
		return float64(i)
	}
	return [2]int{i, -i}
}

func run(name string, seed rng, dom int,
	set func(i, v int), get func(i int) (int, bool), del func(i int), inc func(i, v int),
	length func() int, sum func() int) {
	var m model
	r := seed
	errs := 0
	for step := 0; step < 30000; step++ {
		i := int(r.next() % uint64(dom))
		switch op := r.next() % 10; {
		case op < 4:
			v := int(r.next() % 1000)
			set(i, v)
			if !m.present[i] {
				m.n++
			}
			m.present[i], m.val[i] = true, v
		case op < 6:
			del(i)
			if m.present[i] {
				m.n--
			}
			m.present[i], m.val[i] = false, 0
		case op < 7:
			inc(i, 3)
			if !m.present[i] {
				m.n++
			}
			m.present[i] = true
			m.val[i] += 3
		default:
			v, ok := get(i)
			if ok != m.present[i] || v != m.val[i] {
				errs++
			}
		}
		if step%997 == 0 && length() != m.n {
			errs++
		}
	}
	if sum() != m.sum() {
		errs++
	}
	fmt.Println(name, length(), m.n, errs)
}

func main() {
	{
		mp := map[int]int{}
		run("int", 1, D, func(i, v int) { mp[keyInt(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyInt(i)]; return v, ok },
			func(i int) { delete(mp, keyInt(i)) }, func(i, v int) { mp[keyInt(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for i := 0; i < D; i++ {
					s += mp[keyInt(i)] * (i + 1)
				}
				return
			})
	}
	{
		mp := map[int32]int{}
		run("int32", 2, D, func(i, v int) { mp[keyI32(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyI32(i)]; return v, ok },
			func(i int) { delete(mp, keyI32(i)) }, func(i, v int) { mp[keyI32(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for k, v := range mp {
					s += v * (int(k)+2000)/7 + v
				}
				return
			})
	}
	{
		mp := map[uint8]int{}
		run("uint8", 3, 256, func(i, v int) { mp[keyU8(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyU8(i)]; return v, ok },
			func(i int) { delete(mp, keyU8(i)) }, func(i, v int) { mp[keyU8(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for k, v := range mp {
					s += v * (int(k) + 1)
				}
				return
			})
	}
	{
		mp := map[string]int{}
		run("string", 4, D, func(i, v int) { mp[keyStr(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyStr(i)]; return v, ok },
			func(i int) { delete(mp, keyStr(i)) }, func(i, v int) { mp[keyStr(i)]++; mp[keyStr(i)] += v - 1 },
			func() int { return len(mp) },
			func() (s int) {
				for k, v := range mp {
					n, _ := strconv.Atoi(k[1:])
					s += v * (n/31 + 1)
				}
				return
			})
	}
	{
		mp := map[SK]int{}
		run("struct", 5, D, func(i, v int) { mp[keySK(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keySK(i)]; return v, ok },
			func(i int) { delete(mp, keySK(i)) }, func(i, v int) { mp[keySK(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for i := 0; i < D; i++ {
					s += mp[keySK(i)] * (i + 1)
				}
				return
			})
	}
	{
		mp := map[float64]int{}
		run("float64", 6, D, func(i, v int) { mp[keyF(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyF(i)]; return v, ok },
			func(i int) { delete(mp, keyF(i)) }, func(i, v int) { mp[keyF(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for k, v := range mp {
					s += v * (int((k+50)*4) + 1)
				}
				return
			})
	}
	{
		mp := map[interface{}]int{}
		run("interface", 7, D, func(i, v int) { mp[keyAny(i)] = v },
			func(i int) (int, bool) { v, ok := mp[keyAny(i)]; return v, ok },
			func(i int) { delete(mp, keyAny(i)) }, func(i, v int) { mp[keyAny(i)] += v },
			func() int { return len(mp) },
			func() (s int) {
				for i := 0; i < D; i++ {
					s += mp[keyAny(i)] * (i + 1)
				}
				return
			})
	}
	{
		// big values, stored indirectly
		type big [20]int
		mp := map[int]big{}
		run("bigval", 8, D, func(i, v int) { mp[i] = big{19: v} },
			func(i int) (int, bool) { v, ok := mp[i]; return v[19], ok },
			func(i int) { delete(mp, i) }, func(i, v int) { b := mp[i]; b[19] += v; mp[i] = b },
			func() int { return len(mp) },
			func() (s int) {
				for k, v := range mp {
					s += v[19] * (k + 1)
				}
				return
			})
	}
}
