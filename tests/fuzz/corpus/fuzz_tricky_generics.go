package main
func f[T any](x T) T { return x }
type L[T any] []T
func main() { _ = f[int](1); var l L[int]; _ = l }
