params_struct.go:16:14: leaking param: n to result ~r0 level=0
params_struct.go:20:11: leaking param: p to result ~r0 level=0
params_struct.go:24:12: leaking param: p
params_struct.go:28:15: leaking param: n
params_struct.go:32:12: n does not escape
params_struct.go:36:13: leaking param: n to result ~r0 level=1
params_struct.go:40:14: n does not escape
params_struct.go:40:17: leaking param: m
params_struct.go:45:2: moved to heap: x
params_struct.go:45:5: moved to heap: y
params_struct.go:52:8: &node{...} escapes to heap
params_struct.go:54:8: &node{...} does not escape
params_struct.go:55:8: &node{...} escapes to heap
