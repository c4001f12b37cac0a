package main
func main() { var x struct{}; _ = x == x; var f func(); _ = f == f; _ = f == nil; var i interface{}; _ = i == 1; _ = nil == nil; _ = 1 + "a"; _ = "a" < "b"; _ = 1 &^ 1.5; _ = ^1.0; _ = -"x"; _ = !1; _ = &1; _ = *nil; var p *int; _ = p + 1 }
