package main
func main() { x := 1; _ = x << 1000; _ = 1 << 64; var u uint64 = 1 << 64 - 1; _ = u >> 1000; _ = 1.5 << 2 }
