package main
func f() (x int, y int) { { x := 1; _ = x; return }; return 1 }
func g() int { for {} }
func h() int { switch {} }
func main() {}
