// run

// Methods called back from fmt (a nested interpreter entry) use the frame
// region too; deferred closures see frame-allocated variables.
package main

import "fmt"

type P struct{ x, y int }

func (p P) String() string {
	parts := []int{p.x, p.y}
	q := &P{parts[0] * 2, parts[1] * 2}
	return fmt.Sprintf("(%d,%d)", q.x, q.y)
}

func named() (out int) {
	v := P{3, 4}
	pv := &v
	defer func() { out += pv.x * pv.y }()
	pv.x++
	return 1
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(P{i, i + 1})
	}
	fmt.Println(named())
	arr := []fmt.Stringer{P{1, 2}, &P{5, 6}}
	fmt.Println(arr[0], arr[1])
}
