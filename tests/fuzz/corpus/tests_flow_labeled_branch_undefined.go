// errorcheck

package main

func main() {
	for i := 0; i < 2; i++ {
		if i == 0 {
			continue next // ERROR "continue label not defined: next"
		}
		break done // ERROR "break label not defined: done"
	}
}
