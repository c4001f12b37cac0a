appendcopy.go:15:2: moved to heap: x
appendcopy.go:15:5: moved to heap: y
appendcopy.go:22:2: moved to heap: z
appendcopy.go:26:18: leaking param: a to result ~r0 level=0
appendcopy.go:26:21: b does not escape
appendcopy.go:31:12: []int{...} does not escape
appendcopy.go:36:15: dst does not escape
appendcopy.go:36:20: src does not escape
appendcopy.go:40:15: dst does not escape
appendcopy.go:40:20: leaking param content: src
appendcopy.go:44:14: b does not escape
appendcopy.go:44:24: s does not escape
appendcopy.go:48:16: leaking param: b to result ~r0 level=0
appendcopy.go:48:26: s does not escape
appendcopy.go:57:2: moved to heap: w
appendcopy.go:53:12: []int{...} does not escape
appendcopy.go:54:12: []int{...} does not escape
appendcopy.go:56:11: make([]int, 3) does not escape
appendcopy.go:58:13: []*int{...} does not escape
appendcopy.go:59:11: make([]*int, 1) does not escape
appendcopy.go:60:13: make([]byte, 8) does not escape
