package main
type A = int
func (A) m() {}
type B = struct{}
func (B) m() {}
func main() {}
