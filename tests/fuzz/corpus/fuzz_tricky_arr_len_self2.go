package main
var x [len(x)]int
func main() {}
