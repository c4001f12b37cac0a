// errorcheck

package main

func main() {
	for i := 0; i < 2; i++ {
	top:
		println(i)
	}
	goto top // ERROR "goto top jumps into block starting at .*LINE-4:25"
}
