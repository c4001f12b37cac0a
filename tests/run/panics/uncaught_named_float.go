// run

package main

type celsius float64

func main() {
	panic(celsius(-40))
}
