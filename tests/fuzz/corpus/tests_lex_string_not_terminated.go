// errorcheck

package main

func main() {
	println("the string runs to the end of the file")
}

var s = "never closed // ERROR `string not terminated`