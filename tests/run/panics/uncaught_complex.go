// run

package main

func main() {
	c := complex(1, -2)
	panic(c)
}
