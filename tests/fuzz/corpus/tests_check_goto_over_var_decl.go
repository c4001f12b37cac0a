// errorcheck

package main

func main() {
	goto end // ERROR "goto end jumps over declaration of x at"
	x := 1
	println(x)
end:
	println("end")
}
