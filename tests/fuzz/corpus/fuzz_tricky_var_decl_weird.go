package main
var a, b = 1
var c int, d
var (e = f; f = e)
var g = g
func main() {}
