levels.go:9:11: leaking param: p to result ~r0 level=0
levels.go:10:11: leaking param: pp to result ~r0 level=1
levels.go:11:11: leaking param: ppp to result ~r0 level=2
levels.go:12:11: moved to heap: p
levels.go:13:12: leaking param: b to result ~r0 level=1
levels.go:14:13: leaking param: b to result ~r0 level=0
levels.go:15:12: leaking param: p
levels.go:15:37: &box{...} escapes to heap
levels.go:16:15: leaking param: p to result ~r0 level=0
levels.go:17:16: leaking param content: pp
levels.go:18:14: leaking param: pp
levels.go:19:18: moved to heap: r
levels.go:20:13: leaking param: p to result b level=0
levels.go:20:16: leaking param: q to result a level=0
levels.go:27:14: moved to heap: x4
levels.go:27:26: moved to heap: x7
levels.go:27:34: moved to heap: x9
levels.go:41:2: moved to heap: y
levels.go:42:2: moved to heap: py
levels.go:35:14: &box{...} does not escape
