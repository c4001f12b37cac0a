slicing.go:14:6: moved to heap: a
slicing.go:19:6: moved to heap: a
slicing.go:23:20: leaking param: p to result ~r0 level=0
slicing.go:27:19: leaking param: s to result ~r0 level=0
slicing.go:31:16: leaking param: s to result ~r0 level=0
slicing.go:36:2: moved to heap: a
slicing.go:45:22: leaking param: s to result ~r0 level=0
slicing.go:53:12: []int{...} does not escape
