package main
var a chan<- chan int
var b chan (<-chan int)
var c <-chan <-chan int
var d chan<- <-chan int
func main() { _ = (<-chan int)(nil); _ = (chan<- int)(nil) }
