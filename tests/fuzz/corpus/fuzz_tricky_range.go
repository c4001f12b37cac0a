package main
func main() { for i, v, w := range []int{} {}; for k := range 10 {}; for i := range "abc" { _ = i }; var m map[string]int; for k, v := range m { _, _ = k, v }; for a[0] = range m {}; var ch chan int; for x, y := range ch {} }
