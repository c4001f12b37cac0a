package main
const (
 a, b = iota, iota * 2
 c
 d, e, f
 g = iota + "x"
)
func main() { _ = iota }
