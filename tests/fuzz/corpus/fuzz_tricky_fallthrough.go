package main
func main() { switch { case true: fallthrough; default: }; switch { default: fallthrough }; for { fallthrough }; fallthrough }
