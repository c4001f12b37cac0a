package main
func main() { switch x := 1; x { case 1, 1: case "a": case 1.5: }; switch { case 1: case true: }; switch f := func(){}; f {}; var s []int; switch s { case nil: case s: } }
