// errorcheck

package main

func main() {
L:
	switch {
	case true:
		for {
			continue L // ERROR "invalid continue label L"
		}
	}
}
