package main
import ""
import "fmt\x00"
import `fmt`
func main() {}
