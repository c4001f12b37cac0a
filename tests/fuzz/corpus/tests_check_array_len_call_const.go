// errorcheck

package main

func f() int { return 1 }

const c = len([f()]int{}) // ERROR "array length f\(\) \(value of type int\) must be constant"

func main() {}
