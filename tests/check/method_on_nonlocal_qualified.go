// errorcheck

package main

import "strings"

func (b *strings.Builder) Twice() {} // ERROR "cannot define new methods on non-local type strings.Builder"

func main() {}
