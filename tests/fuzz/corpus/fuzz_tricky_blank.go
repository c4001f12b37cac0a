package main
var _ = 1
func _() {}
type _ int
const _ = 1
func main() { _ = _; var _ int = "x"; _ := 1 }
