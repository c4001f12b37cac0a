package main
func main() { ; ;; {}; if x := 1; x {}; for i := 0; i < 10; i, j := i+1, 0 {}; for ; ; {}; go; defer; return 1 }
