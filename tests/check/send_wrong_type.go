// errorcheck

package main

func main() {
	ch := make(chan int, 1)
	ch <- "hi" // ERROR "cannot use .hi. \(untyped string constant\) as int value in send"
}
