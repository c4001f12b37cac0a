package main
func init() {}
func init() {}
var init = 1
func main() { init() }
