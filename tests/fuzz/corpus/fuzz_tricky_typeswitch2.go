package main
func main() { var x interface{}; switch x.(type) { case undefinedT: case x: case 1: } }
