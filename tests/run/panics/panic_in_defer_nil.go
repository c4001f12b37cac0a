// run

package main

import "fmt"

type conn struct{ open bool }

func (c *conn) close() { c.open = false }

func main() {
	var c *conn
	defer c.close()
	fmt.Println("working")
	panic("work failed")
}
