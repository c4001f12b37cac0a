package main
type S struct{ T }
type T struct{ S }
func main() { var x S; _ = x.T }
