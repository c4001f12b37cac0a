// escape
package main

func implicitBig() int {
	var a [70000]byte
	a[0] = 1
	b := [20000]int{}
	b[1] = 2
	return int(a[0]) + b[1]
}

func explicitBig() int {
	var a [11 << 20]byte
	a[5] = 3
	return int(a[5])
}

func medium() int {
	var a [60000]byte
	a[2] = 4
	return int(a[2])
}

func bigNew() int {
	p := new([80000]byte)
	p[0] = 1
	q := &[100]int{}
	q[1] = 2
	return int(p[0]) + q[1]
}

func bigLit() int {
	s := []int{1, 2, 3}
	t := make([]int, 65536)
	u := make([]int, 65536/8)
	return len(s) + len(t) + len(u)
}

func main() {
	println(implicitBig(), explicitBig(), medium(), bigNew(), bigLit())
}
