// errorcheck

package main

func main() {
	goto out // ERROR "goto out jumps over declaration of y at .*LINE+3:6"
	x := 1
	println(x)
	var y = x + 1
	println(y)
out:
	println("out")
}
