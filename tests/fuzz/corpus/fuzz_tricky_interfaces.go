package main
type I interface { m(); m() }
type J interface { I; n() int; int }
type K interface { comparable }
type T struct{}
func (*T) m() {}
func main() { var i I = T{}; var j J; i = j; _ = i.(T); _ = i.(*T); _ = i.(int) }
