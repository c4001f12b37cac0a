// errorcheck

package main

import "strings"

type A1 = int
type A2 = struct{}
type A3 = strings.Builder

func (A1) m() {} // ERROR "cannot define new methods on non-local type int"
func (A2) m() {} // ERROR "invalid receiver type struct{}"
func (A3) m() {} // ERROR "cannot define new methods on non-local type strings.Builder"

func main() {}
