methods.go:12:7: t does not escape
methods.go:13:7: t does not escape
methods.go:14:7: leaking param: t to result ~r0 level=1
methods.go:15:7: leaking param: t to result ~r0 level=0
methods.go:16:7: leaking param: t
methods.go:17:7: t does not escape
methods.go:17:17: leaking param: p
methods.go:18:7: leaking param: t to result ~r0 level=0
methods.go:19:7: leaking param: t
methods.go:31:5: moved to heap: y
methods.go:31:8: moved to heap: z
methods.go:34:8: &T{...} escapes to heap
methods.go:42:15: &T{...} does not escape
methods.go:45:9: t4.Get does not escape
methods.go:48:9: t5.GetV does not escape
