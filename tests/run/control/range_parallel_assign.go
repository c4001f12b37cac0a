// run

package main

import "fmt"

// A range clause that assigns (not declares) its iteration values assigns
// them as a tuple: `for i, x[i] = range y` evaluates x[i] with the old i.
func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "c" {
		break
	}
	fmt.Println(j, string(r))

	var arr [3]string
	k := 2
	for k, arr[k] = range [1]string{"z"} {
	}
	fmt.Println(k, arr)

	m := map[string]int{"only": 7}
	out := map[string]int{}
	key := "before"
	for key, out[key] = range m {
	}
	fmt.Println(key, out)
}
