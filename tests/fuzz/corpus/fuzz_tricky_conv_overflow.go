package main
func main() { _ = int8(128); _ = uint(-1); _ = float32(1e300); _ = int(1e100); _ = complex64(1e300i) }
