newmake.go:8:10: new(int) does not escape
newmake.go:14:12: new(int) escapes to heap
newmake.go:18:10: new(int) escapes to heap
newmake.go:22:11: make([]int, 10) does not escape
newmake.go:23:11: make([]int, 5, 20) does not escape
newmake.go:24:11: make(map[int]int) does not escape
newmake.go:25:12: make(map[int]int, 100) does not escape
newmake.go:34:11: make([]int, n) escapes to heap
newmake.go:35:11: make([]byte, 1, n) escapes to heap
newmake.go:40:11: make([]byte, 70000) escapes to heap
newmake.go:41:11: make([]int, 8192) does not escape
newmake.go:42:11: make([]int, 8193) escapes to heap
newmake.go:47:11: make([]int, 3) escapes to heap
