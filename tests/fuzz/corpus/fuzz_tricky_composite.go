package main
type T struct{ a, b int }
func main() { _ = T{1}; _ = T{a: 1, 2}; _ = T{c: 1}; _ = [2]int{1,2,3}; _ = [...]int{-1: 1}; _ = map[int]int{1:1, 1:2}; _ = []int{1: 1, 1: 2}; _ = &[]int{}; _ = map[[]int]int{}; _ = T{a: 1, a: 2} }
