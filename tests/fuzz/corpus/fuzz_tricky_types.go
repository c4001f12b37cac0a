package main
type A = B
type B = A
type C = []C
type D *D
type E func(E) E
type F map[F]int
type G chan G
type H [1]H
func main() {}
