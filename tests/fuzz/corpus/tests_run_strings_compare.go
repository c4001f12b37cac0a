// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "", "banana2", "éclair", "Zebra", "a", "ab"}
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	fmt.Printf("%q\n", sorted)
	fmt.Println(sort.StringsAreSorted(sorted), sort.StringsAreSorted(words))
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		fmt.Printf("%-8q %-8q < %-5v == %-5v > %-5v cmp=%d\n", a, b, a < b, a == b, a > b, strings.Compare(a, b))
	}
	idx := sort.SearchStrings(sorted, "banana")
	fmt.Println("banana at", idx, sorted[idx])
	idx = sort.SearchStrings(sorted, "blueberry")
	fmt.Println("blueberry would go at", idx)
	byLen := append([]string(nil), words...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) })
	fmt.Printf("%q\n", byLen)
	ci := append([]string(nil), words...)
	sort.Slice(ci, func(i, j int) bool {
		li, lj := strings.ToLower(ci[i]), strings.ToLower(ci[j])
		if li != lj {
			return li < lj
		}
		return ci[i] < ci[j]
	})
	fmt.Printf("%q\n", ci)
	fmt.Println("\x00" < "\x01", "a\x00" > "a", "\xff" > "\u00ff", "\u00ff"[0])
	x, y := "prefix", "prefix-longer"
	fmt.Println(x < y, y[:len(x)] == x)
}
