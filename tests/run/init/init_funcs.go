// run

package main

import "fmt"

var log []string
var counter = start()

func start() int {
	log = append(log, "var counter")
	return 100
}

func init() {
	log = append(log, fmt.Sprint("init #1 sees counter=", counter))
	counter++
}

var table [5]int

func init() {
	for i := range table {
		table[i] = i * counter
	}
	log = append(log, "init #2 filled table")
}

func main() {
	log = append(log, "main")
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(counter, table, registry)
}

func init() {
	log = append(log, "init #3 after main in source")
	register("c")
}

var registry []string

func register(name string) {
	registry = append(registry, name)
}

func init() {
	register("d")
	log = append(log, fmt.Sprint("init #4 registry ", registry))
}

var _ = register2("a")
var _ = register2("b")

func register2(name string) int {
	register(name)
	log = append(log, "blank var "+name)
	return 0
}
