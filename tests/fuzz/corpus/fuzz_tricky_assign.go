package main
func main() { x, y := 1; a, b = 1, 2, 3; var c, d int = 1; 1 = 2; x++; "s"++; x, x := 1, 2; _ = y; var m map[int]struct{a int}; m[1].a = 2; x += "a"; x <<= 1.5 }
