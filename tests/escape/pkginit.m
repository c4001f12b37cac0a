pkginit.go:27:2: moved to heap: v
pkginit.go:15:35: map[string]int{...} escapes to heap
pkginit.go:18:25: "x" + str() escapes to heap
pkginit.go:20:24: new(int) escapes to heap
pkginit.go:21:25: make([]byte, 10) escapes to heap
