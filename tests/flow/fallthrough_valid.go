// compile

package main

func f(n int) (r int) {
	switch n {
	case 0:
		r++
		fallthrough;
	case 1:
	two:
		r++
		if r < 0 {
			goto two
		}
		fallthrough
	default:
		r++
	}
	return
}

func main() {
	println(f(0))
}
