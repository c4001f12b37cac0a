package main
func main() { _ = "\400"; _ = "\uD800"; _ = "\U00110000"; _ = "\xZZ"; _ = "\q"; _ = `a
b` }
