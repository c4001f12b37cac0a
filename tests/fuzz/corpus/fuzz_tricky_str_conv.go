package main
func main() { _ = string(rune(0x10ffff+1)); _ = string(-1); _ = string(1<<40); const s = string(65); println(s) }
