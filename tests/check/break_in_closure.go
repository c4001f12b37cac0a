// errorcheck

package main

func main() {
	for i := 0; i < 3; i++ {
		func() {
			break // ERROR "break is not in a loop, switch, or select"
		}()
	}
}
