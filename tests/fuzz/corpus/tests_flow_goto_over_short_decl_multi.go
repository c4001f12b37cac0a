// errorcheck

package main

func main() {
	goto out // ERROR "goto out jumps over declaration of a, b at .*LINE+1:7"
	a, b := 1, 2
	println(a, b)
out:
	println("out")
}
