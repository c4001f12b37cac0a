package main
type T struct{}
func (T) m(int) int { return 0 }
func main() { f := T.m; _ = f(T{}, 1); g := (*T).m; _ = g; _ = T.x; _ = interface{m()}.m }
