package main
func f(a, b int, c ...string) (d, e int, f ...int) {}
func g(int, string, ...) {}
func h((a) int) {}
func main() {}
