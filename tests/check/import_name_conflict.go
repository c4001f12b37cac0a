// errorcheck

package main

import "fmt"

var _ = fmt.Println

var fmt int // ERROR "fmt already declared through import of package fmt \(\"fmt\"\)"

func main() {}
