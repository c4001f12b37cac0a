package main
type T int
func (T) m() {}
func (*T) m() {}
func (t T) n(x, x int) {}
func (t **T) o() {}
func (undefined) p() {}
func main() { T.m(1); (*T).m(nil); T(1).m }
