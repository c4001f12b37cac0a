// escape
package main

var gf func() int

func direct() int {
	x := 1
	return func() int { return x + 1 }()
}

func assigned() int {
	x := 2
	f := func() int { x++; return x }
	f()
	return f()
}

func returned() func() int {
	y := 3
	return func() int { return y }
}

func global() {
	z := 4
	gf = func() int { return z }
}

func apply(f func() int) int {
	return f()
}

var kept func() int

func keepFn(f func() int) {
	kept = f
}

func passed() int {
	w := 5
	v := 6
	keepFn(func() int { return v })
	return apply(func() int { return w })
}

func nested() int {
	a := 7
	f := func() func() int {
		b := 8
		return func() int { return a + b }
	}
	return f()()
}

func byRef() int {
	big := [10]int{}
	f := func() { big[0] = 1 }
	f()
	return big[0]
}

func main() {
	println(direct(), assigned(), returned()(), passed(), nested(), byRef())
	global()
	println(gf(), kept())
}
