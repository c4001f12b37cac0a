bigvars.go:13:6: moved to heap: a
bigvars.go:25:10: new([80000]byte) escapes to heap
bigvars.go:27:7: &[100]int{} does not escape
bigvars.go:33:12: []int{...} does not escape
bigvars.go:34:11: make([]int, 65536) escapes to heap
bigvars.go:35:11: make([]int, 65536 / 8) does not escape
