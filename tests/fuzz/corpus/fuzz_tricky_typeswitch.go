package main
func main() { var x interface{}; switch y := x.(type) { case nil, nil: case int, int: case []int: _ = y; default: } }
