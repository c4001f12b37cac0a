package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

var Default = &Counter{n: 10}

func hello(name string) string { return fmt.Sprintf("hello, %s", name) }

func main() { fmt.Println(hello("main")) }
