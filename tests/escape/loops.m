loops.go:7:3: moved to heap: x
loops.go:23:16: leaking param content: xs
loops.go:25:9: moved to heap: v
loops.go:33:21: leaking param: xs to result ~r0 level=0
loops.go:46:2: moved to heap: x
loops.go:57:6: moved to heap: i
loops.go:64:13: []int{...} does not escape
