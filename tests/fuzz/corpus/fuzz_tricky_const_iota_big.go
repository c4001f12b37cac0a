package main
const (
 a = 1 << (iota * 1000)
 b
 c
 d
)
func main() { println(a, b) }
