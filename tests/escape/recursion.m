recursion.go:11:13: l does not escape
recursion.go:18:11: leaking param: l to result ~r0 level=0
recursion.go:25:11: p does not escape
recursion.go:32:10: p does not escape
recursion.go:39:11: p does not escape
recursion.go:47:11: p does not escape
recursion.go:41:11: &list{...} escapes to heap
recursion.go:55:9: &list{...} escapes to heap
recursion.go:58:11: leaking param: p
recursion.go:65:11: leaking param: p
recursion.go:74:2: moved to heap: z
