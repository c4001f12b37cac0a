// errorcheck

package main

func main() {
	n := 1
	if n > 0 {
		goto out // ERROR "goto out jumps over declaration of m at .*LINE+2:4"
	}
	m := n * 2
	println(m)
out:
	println("out")
}
