package main
func main() { L: L: for { break L; continue M } }
