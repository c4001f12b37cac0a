package main
const n = -1
var a [n]int
var b [1.5]int
var c [1<<63]int
var d ["x"]int
var e [1 << 70]int
var f [n + 1]int
func main() { _ = a; _ = b; _ = c }
