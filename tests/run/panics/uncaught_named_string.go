// run

package main

type reason string

func main() {
	panic(reason("disk full"))
}
