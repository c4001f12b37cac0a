// run

package main

import "fmt"

type Op func(int, int) int

const (
	Mon = iota
	Tue
	Wed
	Thu
	Fri
	NumDays
)

func main() {
	days := [NumDays]string{Mon: "Monday", Fri: "Friday", Wed: "Wednesday"}
	for i, d := range days {
		fmt.Printf("%d %q\n", i, d)
	}
	sq := [...]int{0, 1, 4, 9, 16, 25}
	fmt.Println(len(sq), sq[len(sq)-1])
	ops := [4]Op{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a - b },
		func(a, b int) int { return a * b },
		func(a, b int) int { return a / b },
	}
	names := [4]string{"+", "-", "*", "/"}
	for i, op := range ops {
		fmt.Println(20, names[i], 6, "=", op(20, 6))
	}
	var ascii [128]byte
	for i := range ascii {
		ascii[i] = byte(i)
	}
	fmt.Println(string(ascii[65:91]), string(ascii['a':'a'+5]))
	var counts [26]int
	for _, r := range "the quick brown fox jumps over the lazy dog" {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	fmt.Println(counts)
	mat := [3][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	var tr [4][3]int
	for i, row := range mat {
		for j, v := range row {
			tr[j][i] = v
		}
	}
	fmt.Println(tr)
	sparse := [10]float64{2: 1.5, 7: -2, 9: 3}
	fmt.Println(sparse)
	type pt struct{ x, y int }
	pts := [...]pt{{1, 2}, {x: 5}, {}}
	fmt.Printf("%v %+v %d\n", pts, pts, len(pts))
	bools := [5]bool{1: true, 3: true}
	fmt.Println(bools)
	idx := 2
	fmt.Println([3]string{"zero", "one", "two"}[idx], len([...]int{5, 6, 7}), [...]int{5, 6, 7}[1])
	const size = 2 * 3
	var fixed [size]int
	fmt.Println(len(fixed), fixed)
}
