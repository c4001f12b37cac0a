package main
func f(...int) {}
func g(a ...int, b int) {}
func h() (int, string) { return 1, "" }
func main() { f(h()); f(1, 2, []int{}...); f([]int{}...); g(1); var x, y, z = h(); _ = x; _ = y; _ = z }
