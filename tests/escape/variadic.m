variadic.go:6:10: xs does not escape
variadic.go:14:14: leaking param: ps
variadic.go:18:16: leaking param: ps to result ~r0 level=1
variadic.go:22:12: xs does not escape
variadic.go:26:14: xs does not escape
variadic.go:34:2: moved to heap: a
variadic.go:34:5: moved to heap: b
variadic.go:31:13: ... argument does not escape
variadic.go:31:36: ... argument does not escape
variadic.go:32:12: []int{...} does not escape
variadic.go:33:28: ... argument does not escape
variadic.go:35:9: ... argument escapes to heap
variadic.go:37:20: ... argument does not escape
