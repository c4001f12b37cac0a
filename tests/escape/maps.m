maps.go:7:21: map[string]int{} does not escape
maps.go:13:2: moved to heap: x
maps.go:14:22: map[string]*int{...} does not escape
maps.go:19:2: moved to heap: y
maps.go:23:15: m does not escape
maps.go:24:2: moved to heap: z
maps.go:28:17: leaking param: m to result ~r0 level=1
maps.go:36:11: make(map[int][]int) escapes to heap
maps.go:37:14: []int{...} escapes to heap
maps.go:41:16: m does not escape
maps.go:41:35: k does not escape
maps.go:46:11: make(map[*int]int) escapes to heap
maps.go:49:22: map[string]*int{} does not escape
