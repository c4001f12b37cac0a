// run

package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 3, 3, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1].Age)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	rev := []int{1, 2, 3, 4, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	// pseudo-random data sorted three ways
	data := make([]int, 40)
	x := uint32(7)
	for i := range data {
		x = x*1664525 + 1013904223
		data[i] = int(x>>16) % 1000
	}
	a := append([]int(nil), data...)
	b := append([]int(nil), data...)
	c := append([]int(nil), data...)
	insertionSort(a)
	quickSort(b)
	sort.Ints(c)
	same := true
	for i := range a {
		if a[i] != b[i] || b[i] != c[i] {
			same = false
		}
	}
	fmt.Println(same)
	fmt.Println(a[:10], a[30:])
	i := sort.Search(len(c), func(i int) bool { return c[i] >= 500 })
	fmt.Println("first >= 500 at", i, c[i])
	strs := sort.StringSlice{"pear", "fig", "apple"}
	strs.Sort()
	fmt.Println(strs, strs.Len(), strs.Search("fig"))
}
