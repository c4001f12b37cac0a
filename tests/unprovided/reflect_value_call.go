// unprovided
package main

// reflect's Value methods golite does not provide are compile errors at
// their use, in go's words for an unknown name.

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf(fmt.Println)
	fmt.Println(v.Kind())
	v.Call(nil)                // ERROR "undefined: reflect.Value.Call \(not provided by golite\)"
	reflect.ValueOf(1).SetInt(2) // ERROR "undefined: reflect.Value.SetInt \(not provided by golite\)"
}
