// errorcheck

package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		{
			fallthrough // ERROR "cannot fallthrough in type switch"
		}
	default:
		println("other")
	}
}
