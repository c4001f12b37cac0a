// errorcheck

package main

func main() {
	var v interface{} = 1
	switch x := v.(type) { // ERROR "x declared but not used"
	case int:
	case string:
	}
}
