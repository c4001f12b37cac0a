// errorcheck

package main

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
}
