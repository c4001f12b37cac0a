// run

package main

func main() {
	var b byte = 'A'
	panic(b)
}
