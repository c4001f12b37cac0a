// errorcheck

package main

func main() {
	goto out // ERROR "goto out jumps over declaration of p at .*LINE+2:3"
	var (
		p    = 1
		q, r int
	)
	println(p, q, r)
out:
	println("out")
}
