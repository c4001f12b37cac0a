package main
func main() { var c <-chan int; c <- 1; var d chan<- int; <-d; close(c); for range d {}; var e chan<- <-chan int; _ = e }
