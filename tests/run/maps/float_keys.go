// run

package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	negz := math.Copysign(0, -1)
	posz := 0.0
	fmt.Println(negz == posz, math.Signbit(negz))

	// +0 and -0 are the same key; the key stored is the last one written
	m := map[float64]string{}
	m[posz] = "pos"
	m[negz] = "neg"
	fmt.Println(len(m), m[0], m[negz])
	for k := range m {
		fmt.Println("key signbit", math.Signbit(k))
	}
	m2 := map[float64]int{negz: 1}
	m2[posz]++
	for k, v := range m2 {
		fmt.Println(math.Signbit(k), v)
	}
	delete(m2, posz)
	fmt.Println(len(m2))

	// NaN: each insert adds an entry, no lookup finds one
	nan := math.NaN()
	mn := map[float64]int{}
	for i := 0; i < 10; i++ {
		mn[nan] = i
	}
	fmt.Println(len(mn), mn[nan])
	_, ok := mn[nan]
	fmt.Println(ok)
	mn[nan]++ // another new entry, with value 1
	fmt.Println(len(mn))
	delete(mn, nan) // deletes nothing
	fmt.Println(len(mn))
	mn[1.5] = 100
	mn[2.5] = 200
	nans, sum := 0, 0
	for k, v := range mn {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum, len(mn))
	// NaN keys survive growth
	for i := 0; i < 1000; i++ {
		mn[float64(i)+0.25] = 1
		mn[nan] = 1
	}
	nans = 0
	for k := range mn {
		if math.IsNaN(k) {
			nans++
		}
	}
	fmt.Println(nans, len(mn))
	// deleting NaN keys during range is impossible; clearing the rest
	for k := range mn {
		delete(mn, k)
	}
	fmt.Println(len(mn))

	// fmt sorts NaN first, then -Inf .. +Inf
	mf := map[float64]string{math.Inf(1): "+inf", math.Inf(-1): "-inf", 0: "zero", -1.5: "m",
		2.25: "p", 1e300: "big", -1e-300: "tiny"}
	mf[nan] = "nan1"
	mf[nan] = "nan2"
	fmt.Println(len(mf))
	// printing with two NaNs: their relative order depends on the values
	delete(mf, nan)
	vals := []string{}
	for k, v := range mf {
		if k != k {
			vals = append(vals, v)
		}
	}
	sort.Strings(vals)
	fmt.Println(vals)

	// float32 keys
	m32 := map[float32]int{}
	m32[float32(negz)] = 1
	m32[0] += 1
	m32[float32(nan)] = 5
	m32[float32(nan)] = 6
	m32[0.1] = 7
	fmt.Println(len(m32), m32[0], m32[0.1], m32[float32(0.1)])
	var f64 float64 = 0.1
	fmt.Println(m32[float32(f64)])

	// complex keys with signed zeros and NaN parts
	mc := map[complex128]int{}
	mc[complex(negz, 0)] = 1
	mc[complex(0, negz)] += 1
	mc[complex(nan, 0)] = 3
	mc[complex(0, nan)] = 4
	fmt.Println(len(mc), mc[0])

	// interface keys holding floats
	mi := map[interface{}]int{}
	mi[negz] = 1
	mi[posz]++
	mi[nan] = 1
	mi[nan] = 1
	mi[float32(0)] = 10
	fmt.Println(len(mi), mi[0.0], mi[float32(negz)])

	// struct and array keys holding floats
	type P struct{ X, Y float64 }
	mp := map[P]int{}
	mp[P{negz, 1}] = 1
	mp[P{0, 1}]++
	mp[P{nan, 1}] = 1
	mp[P{nan, 1}] = 1
	fmt.Println(len(mp), mp[P{0, 1}])
	ma := map[[2]float64]int{}
	ma[[2]float64{nan, nan}] = 1
	ma[[2]float64{nan, nan}] = 1
	ma[[2]float64{negz, 0}] = 1
	ma[[2]float64{0, negz}] = 2
	fmt.Println(len(ma), ma[[2]float64{0, 0}])
}
