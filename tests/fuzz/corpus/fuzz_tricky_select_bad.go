package main
func main() { var c chan int; select { case 1: case c: case x := 1: case f(): } }
