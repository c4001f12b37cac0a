params_slice.go:9:15: s does not escape
params_slice.go:17:16: leaking param: s
params_slice.go:21:16: leaking param: s to result ~r0 level=0
params_slice.go:25:13: m does not escape
params_slice.go:25:31: k does not escape
params_slice.go:29:14: leaking param: m
params_slice.go:33:13: s does not escape
params_slice.go:37:14: leaking param: s
params_slice.go:41:10: leaking param: s to result ~r0 level=0
params_slice.go:45:15: leaking param: s to result ~r0 level=1
params_slice.go:49:16: leaking param: b
params_slice.go:54:12: []int{...} does not escape
params_slice.go:55:12: []int{...} escapes to heap
params_slice.go:56:12: []int{...} does not escape
params_slice.go:57:21: map[string]int{...} does not escape
params_slice.go:58:22: map[string]int{...} escapes to heap
params_slice.go:64:14: []*int{...} does not escape
params_slice.go:65:16: make([]byte, 4) escapes to heap
