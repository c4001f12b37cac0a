// errorcheck

package main

func main() {
	x := 1
	if x > 0 // ERROR "syntax error: unexpected newline, expecting { after if clause"
	{
		println(x)
	}
}
