package main
func main() { var c chan int; select { case c <- 1: case x := <-c: _ = x; case x, ok := <-c: _, _ = x, ok; case <-c: default: default: } }
