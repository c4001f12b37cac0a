callresult.go:9:9: func literal escapes to heap
callresult.go:14:3: moved to heap: v
callresult.go:13:9: func literal escapes to heap
callresult.go:21:7: leaking param: t
callresult.go:22:9: func literal escapes to heap
callresult.go:28:7: &T{} escapes to heap
callresult.go:33:2: .autotmp_5(7) escapes to heap
callresult.go:35:13: ... argument does not escape
callresult.go:35:22: .autotmp_6(9) escapes to heap
callresult.go:35:28: f(10) escapes to heap
